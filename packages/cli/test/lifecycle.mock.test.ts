/**
 * A key's whole life through the built bin, against `@modelgates/mock`'s real HTTP server: unlike
 * Prism (the same canned example for every call) the mock keeps state, so a created key is in the
 * next list, an update sticks and a deleted key is 404. Also a fault injected into the mock
 * (`failNext`), seen through `--retries 0`. Every run's stderr is checked for the API key (by
 * `runCli`) and for the secret the mock created.
 */
import { LIFECYCLE_CALLS } from '@modelgates/test-utils';
import { describe, expect, it } from 'vitest';
import { type CliResult, expectNoSecrets, okJson as json, withMockServer } from './helpers.js';

/** The mock, back to its seed before each test; `cli` runs `modelgates ...args` against it (the API
 * key never reaches stderr: checked by `runCli`). */
const { server: mockServer, cli } = withMockServer();

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
    expect(mockServer().mock.key(hash)).toMatchObject({ name: 'CI key', limit: 25, limit_remaining: 25 });

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
    expect(mockServer().mock.key(hash)).toBeUndefined();

    const gone = await run('keys', 'get', hash);
    expect(gone.code).toBe(3);
    expect(gone.stdout).toBe('');
    expect(gone.stderr).toMatch(
      new RegExp(
        `^error: GET ${mockServer().url}/keys/${hash} failed with HTTP 404: Resource not found \\(request id: \\S+\\)$`,
        'm',
      ),
    );

    for (const { stderr } of runs) expectNoSecrets(stderr, [secret]);
    expect(mockServer().mock.calls.map((c) => `${c.operation} ${c.status}`)).toEqual(LIFECYCLE_CALLS);
  });
});

describe('a fault injected into the mock, with --retries 0', () => {
  it.each([
    [429, 'Rate limit exceeded'],
    [503, 'Service Unavailable'],
  ] as const)(
    'failNext %i: exit 5 (try again later) naming the status and the message, one attempt',
    async (status, message) => {
      mockServer().mock.failNext({ status, retryAfter: 7 });
      const { code, stdout, stderr } = await cli('keys', 'list', '--retries', '0');
      expect(code).toBe(5);
      expect(stdout).toBe('');
      expect(stderr).toMatch(
        new RegExp(
          `^error: GET ${mockServer().url}/keys failed with HTTP ${status}: ${message} \\(request id: \\S+\\)$`,
          'm',
        ),
      );
      expect(mockServer().mock.calls.map((c) => c.status)).toEqual([status]);

      // The fault was used up: the next run succeeds.
      expect(json<{ data: Key[] }>(await cli('keys', 'list', '--json')).data.length).toBeGreaterThan(0);
    },
  );
});
