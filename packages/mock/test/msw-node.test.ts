/** The MSW handlers under msw/node: the sdk with its default base URL, intercepted in-process. */
import { ConnectionError, InternalServerResponseError, ModelGates } from '@modelgates/sdk';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { createMock } from '../src/index.js';
import { createHandlers } from '../src/msw.js';

const mock = createMock();
const server = setupServer(...createHandlers(mock));
const mg = new ModelGates({ apiKey: 'sk-or-v1-msw-node', retries: { strategy: 'none' } });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  mock.reset();
  server.resetHandlers();
});
afterAll(() => server.close());

it('keeps state across calls: a created key is listed, a deleted one is gone', async () => {
  const created = await mg.apiKeys.create({ name: 'My CI key', limit: 25 });
  expect(created.data).toMatchObject({ name: 'My CI key', limit: 25, limit_remaining: 25 });
  expect((await mg.apiKeys.list()).data.map((k) => k.name)).toEqual([
    'Production Key',
    'Staging Key',
    'My CI key',
  ]);
  await mg.apiKeys.delete(created.data.hash);
  expect((await mg.apiKeys.list()).data.map((k) => k.name)).toEqual(['Production Key', 'Staging Key']);
  expect(mock.calls.map((c) => c.operation)).toEqual(['createKeys', 'list', 'deleteKeys', 'list']);
});

it('faults reach the sdk: 500 and a dropped connection (HttpResponse.error())', async () => {
  mock.failNext({ status: 500, operation: 'list' });
  await expect(mg.apiKeys.list()).rejects.toBeInstanceOf(InternalServerResponseError);
  mock.dropNext();
  await expect(mg.apiKeys.getCurrentKeyMetadata()).rejects.toBeInstanceOf(ConnectionError);
});

it('takes another base URL, and the user’s own handlers can still override one call', async () => {
  const local = createMock();
  server.use(...createHandlers(local, { baseUrl: 'http://127.0.0.1:9/api/v1/' }));
  const other = new ModelGates({ apiKey: 'k', baseUrl: 'http://127.0.0.1:9/api/v1' });
  await other.apiKeys.create({ name: 'elsewhere' });
  expect(local.keys.map((k) => k.name)).toContain('elsewhere');
  expect(mock.keys.map((k) => k.name)).not.toContain('elsewhere');
  server.use(http.get('https://modelgates.ai/api/v1/keys', () => HttpResponse.json({ data: [] })));
  expect((await mg.apiKeys.list()).data).toEqual([]);
});
