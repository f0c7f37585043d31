/**
 * Bad arguments and failures become tool results with isError, and the server keeps serving:
 * - bad arguments are refused by the sdk's own checks, naming the field, before anything is sent
 *   (proved with a recording server that sees no request);
 * - an API error gives its status, the server's message and the request id (Prism's 401 for a
 *   server started without a key; a recording server for a request id, which Prism never sends).
 */
import { exampleHash, testApiKey } from '@modelgates/test-utils';
import { afterAll, beforeAll, describe, expect, inject, test, vi } from 'vitest';
import { type Recorder, type Running, startRecorder, startServer, textOf } from './helpers.js';

const currentKey = {
  data: {
    label: 'sk-or-v1-abc...def',
    limit: null,
    limit_remaining: null,
    limit_reset: null,
    include_byok_in_limit: false,
    usage: 1,
    usage_daily: 1,
    usage_weekly: 1,
    usage_monthly: 1,
    byok_usage: 0,
    byok_usage_daily: 0,
    byok_usage_weekly: 0,
    byok_usage_monthly: 0,
    is_free_tier: false,
    is_management_key: true,
    is_provisioning_key: true,
    creator_user_id: null,
    rate_limit: { requests: 1, interval: '1h', note: '' },
  },
};

describe('bad arguments (Prism behind the server)', () => {
  let server: Running;
  beforeAll(async () => {
    server = await startServer({
      args: ['--allow-write'],
      env: { MODELGATES_API_KEY: testApiKey, MODELGATES_BASE_URL: inject('prismUrl') },
    });
  });
  afterAll(() => server.close());

  test.each([
    ['createKeys', {}, 'name'],
    ['createKeys', { name: '' }, 'name'],
    ['createKeys', { name: 'x', limit: '50' }, 'limit'],
    ['createKeys', { name: 'x', limit_reset: 'yearly' }, 'limit_reset'],
    ['createKeys', { name: 'x', expires_at: '2027-12-31T23:59:59+02:00' }, 'expires_at'],
    ['createKeys', { name: 'x', workspace_id: 'default' }, 'workspace_id'],
    ['createKeys', { name: 'x', limt: 5 }, 'limt'],
    ['list', { offset: -1 }, 'offset'],
    ['list', { offset: 1.5 }, 'offset'],
    ['list', { include_disabled: 'yes' }, 'include_disabled'],
    ['getKey', {}, 'hash'],
    ['getKey', { hash: '' }, 'hash'],
    ['getKey', { hash: 42 }, 'hash'],
    ['updateKeys', { hash: exampleHash, disabled: 'true' }, 'disabled'],
    ['updateKeys', { disabled: true }, 'hash'],
    ['deleteKeys', { hash: '..' }, 'hash'],
    ['getCurrentKey', { verbose: true }, 'verbose'],
  ])('%s %j: isError naming the field %s', async (name, args, field) => {
    const result = await server.call(name, args);
    expect(result.isError).toBe(true);
    expect(result.structuredContent).toBeUndefined();
    // The field comes first, then the sdk's (or, for an unknown field, this server's) reason.
    expect(textOf(result)).toMatch(new RegExp(`^Invalid arguments for ${name}: ${field} \\w`));
    expect(textOf(result)).toMatch(/\. Nothing was sent\.$/);
  });

  test('the server keeps serving after bad arguments', async () => {
    await server.call('createKeys', { name: '' });
    const result = await server.call('getCurrentKey');
    expect(result.isError).toBeFalsy();
    expect(result.structuredContent).toHaveProperty('data.label');
  });

  test('an unknown tool is a protocol error, and the server keeps serving', async () => {
    await expect(server.call('dropAllKeys')).rejects.toThrow(/Unknown tool: dropAllKeys/);
    expect((await server.call('list')).isError).toBeFalsy();
  });
});

describe('API errors', () => {
  test('a server started without a key: Prism answers 401; status and message in the tool error', async () => {
    const server = await startServer({ env: { MODELGATES_BASE_URL: inject('prismUrl') } });
    try {
      expect(server.stderr()).toContain('MODELGATES_API_KEY is not set');
      const result = await server.call('getCurrentKey');
      expect(result.isError).toBe(true);
      expect(textOf(result)).toBe(
        'getCurrentKey failed: the API answered GET /key with HTTP 401: Missing Authentication header. ' +
          'Check the API key the server was started with (MODELGATES_API_KEY). Request id: none (the server sent none).',
      );
      // ... and again for another tool: the process is still there.
      const again = await server.call('list', { offset: 0 });
      expect(again.isError).toBe(true);
      expect(textOf(again)).toContain('HTTP 401');
    } finally {
      await server.close();
    }
  });

  describe('against a recording server', () => {
    let api: Recorder;
    let server: Running;
    beforeAll(async () => {
      api = await startRecorder((req) => {
        if (req.url.endsWith('/key')) return { status: 200, body: currentKey };
        if (req.method === 'DELETE') {
          return {
            status: 403,
            body: { error: { code: 403, message: 'Only management keys can perform this operation' } },
            headers: { 'x-request-id': 'req-403-b' },
          };
        }
        return {
          status: 404,
          body: { error: { code: 404, message: 'Resource not found' } },
          headers: { 'x-request-id': 'req-404-a' },
        };
      });
      server = await startServer({
        args: ['--allow-write'],
        env: {
          MODELGATES_API_KEY: testApiKey,
          MODELGATES_BASE_URL: api.url,
          MODELGATES_HTTP_REFERER: 'https://agents.example',
          MODELGATES_APP_CATEGORIES: 'cli-agent',
        },
      });
    });
    afterAll(async () => {
      await server.close();
      await api.close();
    });

    test('bad arguments never reach the server', async () => {
      const before = api.requests.length;
      for (const [name, args] of [
        ['createKeys', { name: '' }],
        ['createKeys', { name: 'x', expires_at: '2027-12-31T23:59:59+01:00' }],
        ['updateKeys', { hash: exampleHash, limit: 'lots' }],
        ['list', { offset: -5 }],
        ['deleteKeys', {}],
      ] as const) {
        expect((await server.call(name, args)).isError).toBe(true);
      }
      expect(api.requests.length).toBe(before);
    });

    test('MODELGATES_BASE_URL, the key and the attribution headers are used; the app title defaults to the package name', async () => {
      const result = await server.call('getCurrentKey');
      expect(result.isError).toBeFalsy();
      const request = api.requests.at(-1)!;
      expect(request.method).toBe('GET');
      expect(request.url).toBe('/api/v1/key');
      expect(request.headers['authorization']).toBe(`Bearer ${testApiKey}`);
      expect(request.headers['x-openrouter-title']).toBe('@modelgates/mcp');
      expect(request.headers['http-referer']).toBe('https://agents.example');
      expect(request.headers['x-openrouter-categories']).toBe('cli-agent');
    });

    test('404: status, message and request id in the tool error, then the server keeps serving', async () => {
      const result = await server.call('getKey', { hash: 'no such key' });
      expect(result.isError).toBe(true);
      expect(textOf(result)).toBe(
        'getKey failed: the API answered GET /keys/{hash} with HTTP 404: Resource not found. Request id: req-404-a.',
      );
      expect(api.requests.at(-1)!.url).toBe('/api/v1/keys/no%20such%20key');
      expect((await server.call('getCurrentKey')).isError).toBeFalsy();
    });

    test('403 explains that a management key is needed', async () => {
      const result = await server.call('deleteKeys', { hash: exampleHash });
      expect(result.isError).toBe(true);
      expect(textOf(result)).toContain(
        'HTTP 403: Only management keys can perform this operation. This operation needs a management key.',
      );
      expect(textOf(result)).toContain('Request id: req-403-b.');
    });

    test('a response that breaks the spec is a tool error too', async () => {
      const odd = await startRecorder(() => ({ status: 200, body: { data: { label: 42 } } }));
      const other = await startServer({
        env: { MODELGATES_API_KEY: testApiKey, MODELGATES_BASE_URL: odd.url },
      });
      try {
        const result = await other.call('getCurrentKey');
        expect(result.isError).toBe(true);
        expect(textOf(result)).toMatch(
          /^getCurrentKey: the API's response does not match its spec: data\.label /,
        );
      } finally {
        await other.close();
        await odd.close();
      }
    });
  });

  test('a call the client cancels is aborted upstream too, and the server goes on serving', async () => {
    const api = await startRecorder((req) =>
      req.url.endsWith('/keys') ? undefined : { status: 200, body: currentKey },
    );
    const server = await startServer({
      env: { MODELGATES_API_KEY: testApiKey, MODELGATES_BASE_URL: api.url },
    });
    try {
      const cancel = new AbortController();
      const pending = server.client.callTool({ name: 'list', arguments: {} }, undefined, {
        signal: cancel.signal,
      });
      await vi.waitFor(() => expect(api.requests).toHaveLength(1), { timeout: 10_000 });
      expect(api.aborted()).toBe(0);
      cancel.abort('the user gave up');
      await expect(pending).rejects.toThrow();
      // The MCP cancellation reached the server, which aborted its HTTP request.
      await vi.waitFor(() => expect(api.aborted()).toBe(1), { timeout: 10_000 });
      expect((await server.call('getCurrentKey')).isError).toBeFalsy();
    } finally {
      await server.close();
      await api.close();
    }
  });

  test('a server that cannot be reached: a connection error, not a crash', async () => {
    const api = await startRecorder(() => ({ status: 200, body: {} }));
    const url = api.url;
    await api.close(); // nothing listens there now
    const server = await startServer({ env: { MODELGATES_API_KEY: testApiKey, MODELGATES_BASE_URL: url } });
    try {
      const result = await server.call('list');
      expect(result.isError).toBe(true);
      expect(textOf(result)).toMatch(/^list failed: ConnectionError: /);
      expect((await server.client.listTools()).tools).toHaveLength(3);
    } finally {
      await server.close();
    }
  });
});
