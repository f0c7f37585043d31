/** The README's "Injecting fetch" and "Fault injection" examples, as written there. */
import {
  ConnectionError,
  InternalServerResponseError,
  ModelGates,
  ModelGatesDefaultError,
  NotFoundResponseError,
  RequestTimeoutError,
} from '@modelgates/sdk';
import { expect, it } from 'vitest';
import { apiKeyFixtures, createMock } from '../src/index.js';

it('pages and deletes', async () => {
  const mock = createMock({ keys: apiKeyFixtures(250) }); // typed, checked fixtures
  const mg = new ModelGates({ apiKey: 'test', fetch: mock.fetch });
  expect((await mg.apiKeys.list({ offset: 200 })).data).toHaveLength(50);

  const { data: key } = await mg.apiKeys.create({ name: 'tmp' });
  await mg.apiKeys.delete(key.hash);
  await expect(mg.apiKeys.get(key.hash)).rejects.toBeInstanceOf(NotFoundResponseError);
});

const once = { retries: { strategy: 'none' } } as const; // see the first failure

it('shows the error paths', async () => {
  const mock = createMock();
  const mg = new ModelGates({ apiKey: 'test', fetch: mock.fetch });

  mock.failNext({ status: 429, retryAfter: 7 });
  await expect(mg.apiKeys.list(undefined, once)).rejects.toMatchObject({ retryAfterMs: 7000 });

  mock.failNext({ status: 500, operation: 'createKeys' }); // only creates fail
  await expect(mg.apiKeys.create({ name: 'x' }, once)).rejects.toBeInstanceOf(InternalServerResponseError);

  mock.failNext({ status: 503 });
  await expect(mg.apiKeys.getCurrentKeyMetadata(once)).rejects.toBeInstanceOf(ModelGatesDefaultError);

  mock.dropNext(); // the connection closes without an answer (server mode destroys the socket)
  await expect(mg.apiKeys.list(undefined, once)).rejects.toBeInstanceOf(ConnectionError);

  mock.failNext({ status: 500, times: 2, operation: 'list' });
  await mg.apiKeys.list(); // the sdk's default retries recover on the third attempt
  expect(mock.calls.slice(-3).map((c) => c.status)).toEqual([500, 500, 200]);
});

it('covers the rest', async () => {
  const mock = createMock();
  const mg = new ModelGates({ apiKey: 'test', fetch: mock.fetch, retries: { strategy: 'none' } });

  mock.failNext({ status: 404, operation: 'getKey' }); // the spec's 404 body
  await expect(mg.apiKeys.get('f'.repeat(64))).rejects.toBeInstanceOf(NotFoundResponseError);

  mock.failNext({ status: 502, html: true }); // a load balancer's HTML page
  await expect(mg.apiKeys.list()).rejects.toBeInstanceOf(ModelGatesDefaultError);

  mock.stallNext({ operation: 'list' }); // headers, then a body that never comes
  await expect(mg.apiKeys.list(undefined, { timeoutMs: 200 })).rejects.toBeInstanceOf(RequestTimeoutError);

  const restore = mock.use('list', () => Response.json({ data: [] })); // until restore() or reset()
  expect((await mg.apiKeys.list()).data).toEqual([]);
  restore();
  expect((await mg.apiKeys.list()).data).toHaveLength(2);
});
