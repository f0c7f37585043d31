/**
 * Exit codes and error messages (the table is in the README and usage-error.ts). 2: a usage error,
 * checked before anything is sent (the recording proxy in front of Prism sees no request), naming
 * the flag and the API field, once. 1, 3, 4, 5: an API or network error by kind (other, not found,
 * auth, try again later), naming the status, the server's message and the request id, as JSON on
 * stderr with --json: from Prism (`Prefer: code=...` added by the proxy makes it answer with that
 * status's example) and from a tiny local server for what Prism cannot do (request ids, 5xx then
 * success, slowness, a refused connection, bad bodies).
 */
import { exampleHash, testApiKey } from '@modelgates/test-utils';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import {
  createdSecret,
  expectNoSecrets,
  forwardTo,
  listen,
  reply,
  runCli,
  type Recorded,
  type TestServer,
  withServer,
} from './helpers.js';
import type { ServerResponse } from 'node:http';

const prismUrl = inject('prismUrl');

describe('exit 2: usage errors, caught before anything is sent', () => {
  let proxy: TestServer;
  beforeAll(async () => {
    proxy = await listen(forwardTo(prismUrl));
  });
  afterAll(() => proxy.close());
  beforeEach(() => {
    proxy.requests.length = 0;
  });

  const cases: [string, string[], RegExp][] = [
    ['an unknown flag', ['keys', 'list', '--bogus'], /^error: unknown flag --bogus$/m],
    ['an unknown flag without a command', ['--frob'], /^error: unknown flag --frob$/m],
    ['an unknown flag after `keys`', ['keys', '--frob'], /^error: unknown flag --frob$/m],
    [
      'an expiry that is not a date',
      ['keys', 'create', '--name', 'x', '--expires', 'notadate'],
      /^error: --expires \(expires_at\): must be an ISO 8601 UTC date-time/m,
    ],
    ['a blank name', ['keys', 'create', '--name', '   '], /^error: --name \(name\): must not be blank$/m],
    [
      'a blank new name',
      ['keys', 'update', exampleHash, '--name', ' \t '],
      /^error: --name \(name\): must not be blank$/m,
    ],
    [
      'an unknown --status',
      ['keys', 'list', '--status', 'gone'],
      /^error: --status: must be one of active, disabled, expired$/m,
    ],
    [
      'an unknown --sort',
      ['keys', 'list', '--sort', 'size'],
      /^error: --sort: must be one of name, usage, created$/m,
    ],
    [
      'a bad --expiring-within',
      ['keys', 'list', '--expiring-within', '7'],
      /^error: --expiring-within: must be a number of hours, days or weeks/m,
    ],
    ['an unknown shell', ['completion', 'tcsh'], /^error: SHELL: must be one of bash, zsh, fish$/m],
    ['a flag of another command', ['keys', 'get', exampleHash, '--all'], /^error: unknown flag --all$/m],
    ['an unknown command', ['keys', 'rotate'], /^error: unknown command "keys rotate"$/m],
    ['a missing argument', ['keys', 'get'], /^error: missing argument KEY$/m],
    ['an extra argument', ['keys', 'get', exampleHash, 'extra'], /^error: unexpected argument "extra"$/m],
    ['an empty KEY', ['keys', 'delete', '', '--yes'], /^error: KEY \(hash\): must not be empty$/m],
    ['a flag without its value', ['keys', 'create', '--name'], /^error: --name needs a value/m],
    ['a missing --name', ['keys', 'create', '--limit', '5'], /^error: --name \(name\) is required$/m],
    // The SDK's own validation, reported with the flag and the API field it sets:
    ['an empty name', ['keys', 'create', '--name', ''], /^error: --name \(name\): must not be empty$/m],
    [
      'a non-UTC expiry',
      ['keys', 'create', '--name', 'x', '--expires', '2027-12-31T23:59:59+02:00'],
      /^error: --expires \(expires_at\): must be an ISO 8601 UTC date-time/m,
    ],
    [
      'an expiry without a zone',
      ['keys', 'create', '--name', 'x', '--expires', '2027-12-31T23:59:59'],
      /^error: --expires \(expires_at\): must be an ISO 8601 UTC/m,
    ],
    [
      'an unknown reset',
      ['keys', 'create', '--name', 'x', '--reset', 'yearly'],
      /^error: --reset \(limit_reset\): must be one of "daily", "weekly", "monthly"/m,
    ],
    [
      'an unknown reset on update',
      ['keys', 'update', exampleHash, '--reset', 'hourly'],
      /^error: --reset \(limit_reset\): must be one of/m,
    ],
    [
      'a workspace that is not a uuid',
      ['keys', 'list', '--workspace', 'ws-1'],
      /^error: --workspace \(workspace_id\): must be a UUID/m,
    ],
    [
      'a negative offset',
      ['keys', 'list', '--offset', '-1'],
      /^error: --offset \(offset\): must be at least 0$/m,
    ],
    ['a fractional offset', ['keys', 'list', '--offset', '1.5'], /^error: --offset \(offset\): /m],
    [
      'a base URL that is not http(s)',
      ['key', '--base-url', 'ftp://example.com'],
      /^error: --base-url \(baseUrl\): must be an absolute http\(s\) URL$/m,
    ],
    // The CLI's own value parsing:
    [
      'a negative limit',
      ['keys', 'create', '--name', 'x', '--limit', '-5'],
      /^error: --limit \(limit\): must not be negative/m,
    ],
    [
      'a negative limit written --limit=-5',
      ['keys', 'update', exampleHash, '--limit=-0.5'],
      /^error: --limit \(limit\): must not be negative/m,
    ],
    [
      'a limit that is not a number',
      ['keys', 'create', '--name', 'x', '--limit', '50usd'],
      /^error: --limit \(limit\): must be a number/m,
    ],
    [
      'a date that does not exist',
      ['keys', 'create', '--name', 'x', '--expires', '2027-02-30'],
      /^error: --expires \(expires_at\): not a calendar date/m,
    ],
    [
      'an offset that is not a number',
      ['keys', 'list', '--offset', 'ten'],
      /^error: --offset \(offset\): must be a whole number >= 0$/m,
    ],
    ['an update with nothing to change', ['keys', 'update', exampleHash], /^error: nothing to change/m],
    [
      '--disable with --enable',
      ['keys', 'update', exampleHash, '--disable', '--enable'],
      /^error: --disable and --enable cannot be used together$/m,
    ],
    [
      'an empty new name',
      ['keys', 'update', exampleHash, '--name', ''],
      /^error: --name \(name\): must not be blank$/m,
    ],
    ['a bad --timeout', ['key', '--timeout', '5m'], /^error: --timeout: must be a number of seconds/m],
    ['a bad --retries', ['key', '--retries', '-1'], /^error: --retries: must be a whole number/m],
  ];

  it.each(cases)('%s', async (_, args, message) => {
    const { code, stdout, stderr } = await runCli(args, { baseUrl: proxy.url });
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    // Said once: one error line, naming the flag or the command.
    expect(stderr.match(/^error:/gm)).toHaveLength(1);
    expect(stderr).toMatch(/Run "modelgates .*--help" for usage\.$/m);
    expect(stdout).toBe('');
    expect(proxy.requests).toHaveLength(0);
  });

  it('with --json, a usage error is JSON on stderr', async () => {
    const { code, stdout, stderr } = await runCli(['keys', 'create', '--name', 'x', '--quiet', '--json'], {
      baseUrl: proxy.url,
    });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(JSON.parse(stderr)).toEqual({
      error: {
        status: null,
        message: '--quiet and --json cannot be used together',
        request_id: null,
        exit_code: 2,
      },
    });
    expect(proxy.requests).toHaveLength(0);
  });

  it('--api-key is refused, without repeating its value', async () => {
    const key = 'sk-or-v1-typed-2222222222222222222222222222222222222222222222222222222222';
    for (const args of [
      ['--api-key', key, 'key'],
      [`--api-key=${key}`, 'key'],
    ]) {
      const { code, stderr } = await runCli(args, { baseUrl: proxy.url });
      expect(code).toBe(2);
      expect(stderr).toMatch(
        /^error: unknown flag --api-key: a key on the command line ends up in your shell history/m,
      );
      expectNoSecrets(stderr, [key]);
    }
    expect(proxy.requests).toHaveLength(0);
  });

  it('no API key at all', async () => {
    const { code, stderr } = await runCli(['key'], {
      baseUrl: proxy.url,
      env: { MODELGATES_API_KEY: undefined },
    });
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /^error: no API key: set MODELGATES_API_KEY, or pipe it in with --api-key-stdin$/m,
    );
    expect(proxy.requests).toHaveLength(0);
  });

  it('--api-key-stdin with nothing on stdin', async () => {
    const { code, stderr } = await runCli(['key', '--api-key-stdin'], { baseUrl: proxy.url, stdin: '\n' });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^error: --api-key-stdin: stdin held no key$/m);
    expect(proxy.requests).toHaveLength(0);
  });

  it('a bare `modelgates` prints the help to stderr', async () => {
    const { code, stdout, stderr } = await runCli([], { baseUrl: proxy.url });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^Usage: modelgates <command> \[flags\]$/m);
  });
});

describe('API errors from Prism: the exit code of the status; the status, server message and request id', () => {
  const h = `/keys/${exampleHash}`;
  // [command, status Prism answers, the exit code, the request, the server's message]
  const cases: [string, number, number, string, string][] = [
    ['key', 401, 4, 'GET /key', 'Missing Authentication header'],
    ['keys list', 400, 1, 'GET /keys', 'Invalid request parameters'],
    ['keys list', 429, 5, 'GET /keys', 'Rate limit exceeded'],
    ['keys create --name x', 403, 4, 'POST /keys', 'Only management keys can perform this operation'],
    [`keys get ${exampleHash}`, 404, 3, `GET ${h}`, 'Resource not found'],
    [`keys update ${exampleHash} --disable`, 404, 3, `PATCH ${h}`, 'Resource not found'],
    [`keys delete ${exampleHash} --yes`, 404, 3, `DELETE ${h}`, 'Resource not found'],
    [`keys get ${exampleHash}`, 500, 1, `GET ${h}`, 'Internal Server Error'],
  ];

  it.each(cases)('%s, Prism answering %i: exit %i', async (command, status, exit, request, message) => {
    await withServer(forwardTo(prismUrl, `code=${status}`), async (proxy) => {
      const { code, stdout, stderr } = await runCli([...command.split(' '), '--retries', '0'], {
        baseUrl: proxy.url,
      });
      const [method, path] = request.split(' ');
      expect(code).toBe(exit);
      expect(stdout).toBe('');
      // Prism sends no request id: the message says so rather than leaving it out.
      expect(stderr.split('\n')[0]).toBe(
        `error: ${method} ${proxy.url}${path} failed with HTTP ${status}: ${message} (request id: none sent)`,
      );
      expect(proxy.requests).toHaveLength(1);
    });
  });

  it.each(cases)(
    '%s --json, Prism answering %i: exit %i, the error as JSON on stderr',
    async (command, status, exit, request, message) => {
      await withServer(forwardTo(prismUrl, `code=${status}`), async (proxy) => {
        const { code, stdout, stderr } = await runCli([...command.split(' '), '--retries', '0', '--json'], {
          baseUrl: proxy.url,
        });
        const [method, path] = request.split(' ');
        expect(code).toBe(exit);
        expect(stdout).toBe('');
        expect(JSON.parse(stderr)).toEqual({
          error: {
            status,
            message: `${method} ${proxy.url}${path} failed with HTTP ${status}: ${message} (request id: none sent)`,
            request_id: null,
            exit_code: exit,
          },
        });
      });
    },
  );
});

describe('what Prism cannot produce, from a local server', () => {
  const busy = (_: Recorded, res: ServerResponse) =>
    reply(res, 503, { error: { code: 503, message: 'busy' } }, { 'retry-after-ms': '10' });

  it('a 500 with a request id: status, server message and request id', async () => {
    const fail = (_: Recorded, res: ServerResponse) =>
      reply(res, 500, { error: { code: 500, message: 'database on fire' } }, { 'x-request-id': 'req_7f3a' });
    await withServer(fail, async (server) => {
      const { code, stderr } = await runCli(['keys', 'list', '--retries', '0'], { baseUrl: server.url });
      expect(code).toBe(1);
      expect(stderr).toBe(
        `error: GET ${server.url}/keys failed with HTTP 500: database on fire (request id: req_7f3a)\n`,
      );
      expect(server.requests).toHaveLength(1);

      const asJson = await runCli(['keys', 'list', '--retries', '0', '--json'], { baseUrl: server.url });
      expect(asJson.code).toBe(1);
      expect(JSON.parse(asJson.stderr)).toEqual({
        error: {
          status: 500,
          message: `GET ${server.url}/keys failed with HTTP 500: database on fire (request id: req_7f3a)`,
          request_id: 'req_7f3a',
          exit_code: 1,
        },
      });
    });
  });

  it('--retries: a 503 is retried, and success after it exits 0', async () => {
    let calls = 0;
    const flaky = (_: Recorded, res: ServerResponse) =>
      ++calls < 3 ? busy(_, res) : reply(res, 200, { data: [] });
    await withServer(flaky, async (server) => {
      const { code, stdout } = await runCli(['keys', 'list', '--retries', '2'], { baseUrl: server.url });
      expect(code).toBe(0);
      expect(stdout).toBe('No keys.\n');
      expect(server.requests).toHaveLength(3);
    });
  });

  it('--retries 0: one attempt only', async () => {
    await withServer(busy, async (server) => {
      const { code, stderr } = await runCli(['keys', 'list', '--retries', '0'], { baseUrl: server.url });
      expect(code).toBe(5);
      expect(stderr).toContain('failed with HTTP 503: busy');
      expect(server.requests).toHaveLength(1);
    });
  });

  it('a create is not replayed after a 5xx (it could create the key twice)', async () => {
    await withServer(
      (_, res) => reply(res, 502, '<html>Bad Gateway</html>', { 'content-type': 'text/html' }),
      async (server) => {
        const { code, stderr } = await runCli(['keys', 'create', '--name', 'x', '--retries', '3'], {
          baseUrl: server.url,
        });
        expect(code).toBe(5);
        expect(stderr).toContain(`POST ${server.url}/keys failed with HTTP 502: non-JSON error body`);
        expect(server.requests).toHaveLength(1);
      },
    );
  });

  it('--timeout: a server slower than the limit', async () => {
    await withServer(
      (_, res) => {
        setTimeout(() => reply(res, 200, { data: [] }), 3000).unref();
      },
      async (server) => {
        const started = Date.now();
        const { code, stderr } = await runCli(['keys', 'list', '--timeout', '0.3', '--retries', '0'], {
          baseUrl: server.url,
        });
        expect(code).toBe(5);
        expect(stderr).toMatch(/timed out|took longer/i);
        expect(stderr).toContain('--timeout SECONDS');
        expect(Date.now() - started).toBeLessThan(3000); // it gave up, rather than waiting for the answer
      },
    );
  });

  it('a refused connection', async () => {
    const server = await listen(() => {});
    const url = server.url;
    await server.close();
    const { code, stderr } = await runCli(['key', '--retries', '0'], { baseUrl: url });
    expect(code).toBe(5);
    expect(stderr).toBe(`error: GET ${url}/key failed: fetch failed (ECONNREFUSED)\n`);
  });

  it('a server that echoes the key in its error: the key is not printed', async () => {
    const echo = (req: Recorded, res: ServerResponse) =>
      reply(res, 401, { error: { code: 401, message: `invalid key ${String(req.headers.authorization)}` } });
    await withServer(echo, async (server) => {
      const { code, stderr } = await runCli(['key', '--verbose'], { baseUrl: server.url });
      expect(code).toBe(4);
      expect(stderr).toContain('failed with HTTP 401: invalid key Bearer');
      expect(stderr).toContain('[redacted]');
      expectNoSecrets(stderr);
      expect(stderr).not.toContain(testApiKey.slice(9));
    });
  });

  it('a create whose answer breaks the spec: the key exists, so its secret goes to stdout, once', async () => {
    await withServer(
      (_, res) => reply(res, 201, { data: { name: 'x' }, key: createdSecret }),
      async (server) => {
        const { code, stdout, stderr } = await runCli(['keys', 'create', '--name', 'x', '--quiet'], {
          baseUrl: server.url,
        });
        expect(code).toBe(1);
        expect(stdout).toBe(`${createdSecret}\n`);
        expect(stderr).toMatch(/^error: the key was created, but the response did not match the spec/m);
        expect(stderr).toMatch(/^error: Unexpected response from POST \/keys: data\.hash /m);
        expectNoSecrets(stderr);
      },
    );
  });
});
