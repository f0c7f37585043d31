/**
 * A key's whole life through the built bin and the official MCP client, against
 * `@modelgates/mock`'s real HTTP server: unlike Prism (the same canned example for every call)
 * the mock keeps state, so a created key is in the next list, an update sticks and a deleted key
 * is 404. Also faults injected into the mock (`failNext`): a tool error, and the process keeps
 * serving. The server runs with --debug, and its stderr is checked for the API key and the secret.
 */
import { listen, type MockServer } from '@modelgates/mock/server';
import { testApiKey } from '@modelgates/test-utils';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { callsOf, LIFECYCLE_CALLS, type Running, startServer, textOf } from './helpers.js';

interface Key {
  hash: string;
  name: string;
  disabled: boolean;
}

let api: MockServer;
let server: Running;
beforeAll(async () => {
  api = await listen({ log: false });
  server = await startServer({
    args: ['--allow-write', '--debug'],
    env: { MODELGATES_API_KEY: testApiKey, MODELGATES_BASE_URL: api.url },
  });
  // Caches the output schemas: from here on the client checks every structuredContent against them.
  await server.client.listTools();
});
afterAll(async () => {
  await server.close();
  await api.close();
});
// Back to the seed, with no faults and no calls recorded.
beforeEach(() => api.mock.reset());

/** Calls a tool that must succeed, and returns its structured content. */
async function ok<T>(name: string, args: Record<string, unknown> = {}): Promise<T> {
  const result = await server.call(name, args);
  expect(result.isError, textOf(result)).toBeFalsy();
  return result.structuredContent as T;
}

describe('a key created, listed, disabled, deleted: the mock keeps the state between calls', () => {
  test('createKeys → list → updateKeys → getKey → deleteKeys → getKey is a 404 tool error', async () => {
    const created = await ok<{ data: Key & { limit: number }; key: string }>('createKeys', {
      name: 'agent key',
      limit: 25,
    });
    const { hash } = created.data;
    const secret = created.key;
    expect(secret).toMatch(/^sk-or-v1-[0-9a-f]{64}$/);
    expect(created.data).toMatchObject({ name: 'agent key', limit: 25, disabled: false });
    expect(api.mock.key(hash)).toMatchObject({ name: 'agent key', limit_remaining: 25 });

    const asked = server.questions.length;
    const listed = await ok<{ data: Key[] }>('list');
    expect(listed.data.filter((k) => k.hash === hash)).toEqual([
      expect.objectContaining({ hash, name: 'agent key', disabled: false }),
    ]);

    const updated = await ok<{ data: Key }>('updateKeys', { hash, disabled: true });
    expect(updated.data).toMatchObject({ hash, disabled: true });
    expect((await ok<{ data: Key }>('getKey', { hash })).data).toMatchObject({
      hash,
      name: 'agent key',
      disabled: true,
    });

    await ok('deleteKeys', { hash });
    expect(api.mock.key(hash)).toBeUndefined();
    // Disabling and deleting were each confirmed by the user (elicitation) first; nothing else was.
    expect(server.questions.slice(asked)).toEqual([
      `Confirm: Update an API key, setting disabled (${hash}). Nothing is sent unless you say yes.`,
      `Confirm: Delete an API key (${hash}). Nothing is sent unless you say yes.`,
    ]);

    const gone = await server.call('getKey', { hash });
    expect(gone.isError).toBe(true);
    expect(gone.structuredContent).toBeUndefined();
    expect(textOf(gone)).toMatch(
      /^getKey failed: the API answered GET \/keys\/\{hash\} with HTTP 404: Resource not found\. Request id: \S+\.$/,
    );

    expect(callsOf(api)).toEqual(LIFECYCLE_CALLS);
    const stderr = server.stderr();
    // The --debug log is really there, so the absence of secrets in it means something.
    expect(stderr).toContain('call createKeys: ok');
    expect(stderr).not.toContain(testApiKey);
    expect(stderr).not.toContain(secret);
  });
});

describe('faults injected into the mock: a tool error, then the process keeps serving', () => {
  test('failNext 500 on createKeys: isError with HTTP 500, not replayed; the next create succeeds', async () => {
    api.mock.failNext({ status: 500, operation: 'createKeys' });
    const failed = await server.call('createKeys', { name: 'flaky' });
    expect(failed.isError).toBe(true);
    expect(textOf(failed)).toMatch(
      /^createKeys failed: the API answered POST \/keys with HTTP 500: Internal Server Error\. Request id: \S+\.$/,
    );
    // A create is not retried (it could create the key twice): one attempt, and no key.
    expect(api.mock.calls.map((c) => c.status)).toEqual([500]);
    expect(api.mock.keys.some((k) => k.name === 'flaky')).toBe(false);

    const created = await ok<{ data: Key }>('createKeys', { name: 'flaky' });
    expect(api.mock.key(created.data.hash)).toMatchObject({ name: 'flaky' });
  });

  test('failNext 500 on every attempt of a read: isError after the retries; the next list succeeds', async () => {
    // Three: the sdk's default attempts (a read is retried on a 5xx).
    api.mock.failNext({ status: 500, times: 3, operation: 'list' });
    const failed = await server.call('list');
    expect(failed.isError).toBe(true);
    expect(textOf(failed)).toMatch(
      /^list failed: the API answered GET \/keys with HTTP 500: Internal Server Error\./,
    );
    expect(api.mock.calls.map((c) => c.status)).toEqual([500, 500, 500]);

    expect((await ok<{ data: Key[] }>('list')).data.length).toBeGreaterThan(0);
  });
});
