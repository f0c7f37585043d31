/**
 * A key's whole life through the built bin, against `@modelgates/mock`'s real HTTP server: unlike
 * Prism (the same canned example for every call) the mock keeps state, so a created key is in the
 * next list, an update sticks and a deleted key is 404. Also a fault injected into the mock
 * (`failNext`), seen through `--retries 0`. Every run's stderr is checked for the API key (by
 * `runCli`) and for the secret the mock created.
 */
import { listen, type MockServer } from '@modelgates/mock/server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type CliResult, expectNoSecrets, runCli } from './helpers.js';

let server: MockServer;
beforeAll(async () => {
  server = await listen({ log: false });
});
afterAll(() => server.close());
// Back to the seed, with no faults and no calls recorded.
beforeEach(() => server.mock.reset());

/** `modelgates ...args` against the mock; the API key never reaches stderr (checked by `runCli`). */
const cli = (...args: string[]) => runCli(args, { baseUrl: server.url });

/** The run's stdout as JSON, after checking it exited 0. */
function json<T>(result: CliResult): T {
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as T;
}

interface Key {
  hash: string;
  name: string;
  disabled: boolean;
  limit: number | null;
}

describe('a key created, listed, disabled, deleted: the mock keeps the state between runs', () => {
  it('create → list → update --disable → get → delete → get is 404', async () => {
    const runs: CliResult[] = [];
    const run = async (...args: string[]) => {
      const result = await cli(...args);
      runs.push(result);
      return result;
    };

    const created = json<{ data: Key; key: string }>(
      await run('keys', 'create', '--name', 'CI key', '--limit', '25', '--json'),
    );
    const { hash } = created.data;
    const secret = created.key;
    expect(secret).toMatch(/^sk-or-v1-[0-9a-f]{64}$/);
    expect(created.data).toMatchObject({ name: 'CI key', limit: 25, disabled: false });
    expect(server.mock.key(hash)).toMatchObject({ name: 'CI key', limit: 25, limit_remaining: 25 });

    const listed = json<{ data: Key[] }>(await run('keys', 'list', '--json'));
    expect(listed.data.filter((k) => k.hash === hash)).toEqual([
      expect.objectContaining({ hash, name: 'CI key', disabled: false }),
    ]);
    // The seed's keys are there too: the same server, the same state.
    expect(listed.data.length).toBeGreaterThan(1);

    const updated = json<{ data: Key }>(await run('keys', 'update', hash, '--disable', '--json'));
    expect(updated.data).toMatchObject({ hash, disabled: true });

    const got = json<{ data: Key }>(await run('keys', 'get', hash, '--json'));
    expect(got.data).toMatchObject({ hash, name: 'CI key', disabled: true });

    const deleted = await run('keys', 'delete', hash, '--yes');
    expect(deleted.code).toBe(0);
    expect(deleted.stderr).toBe('');
    expect(server.mock.key(hash)).toBeUndefined();

    const gone = await run('keys', 'get', hash);
    expect(gone.code).toBe(1);
    expect(gone.stdout).toBe('');
    expect(gone.stderr).toMatch(
      new RegExp(
        `^error: GET ${server.url}/keys/${hash} failed with HTTP 404: Resource not found \\(request id: \\S+\\)$`,
        'm',
      ),
    );

    for (const { stderr } of runs) expectNoSecrets(stderr, [secret]);
    expect(server.mock.calls.map((c) => `${c.operation} ${c.status}`)).toEqual([
      'createKeys 201',
      'list 200',
      'updateKeys 200',
      'getKey 200',
      'deleteKeys 200',
      'getKey 404',
    ]);
  });
});

describe('a fault injected into the mock, with --retries 0', () => {
  it.each([
    [429, 'Rate limit exceeded'],
    [503, 'Service Unavailable'],
  ] as const)(
    'failNext %i: exit 1 naming the status and the message, one attempt',
    async (status, message) => {
      server.mock.failNext({ status, retryAfter: 7 });
      const { code, stdout, stderr } = await cli('keys', 'list', '--retries', '0');
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toMatch(
        new RegExp(
          `^error: GET ${server.url}/keys failed with HTTP ${status}: ${message} \\(request id: \\S+\\)$`,
          'm',
        ),
      );
      expect(server.mock.calls.map((c) => c.status)).toEqual([status]);

      // The fault was used up: the next run succeeds.
      expect(json<{ data: Key[] }>(await cli('keys', 'list', '--json')).data.length).toBeGreaterThan(0);
    },
  );
});
