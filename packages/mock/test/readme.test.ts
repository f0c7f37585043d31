/** The README's "Injecting fetch" and "Fault injection" examples, as written there. */
import {
  ConnectionError,
  InternalServerResponseError,
  ModelGates,
  ModelGatesDefaultError,
  NotFoundResponseError,
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
