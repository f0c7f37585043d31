/**
 * The client runtime itself: the timeout that covers the body, hooks, the generated functions on a
 * ModelGates client, interceptors, `throwOnError: false`. Bodies that stall or drip come from a real
 * node:http server on 127.0.0.1; everything else from an injected fetch.
 */
import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ConnectionError,
  createClient,
  type Hooks,
  list,
  ModelGates,
  NotFoundResponseError,
  RequestAbortedError,
  RequestTimeoutError,
  ResponseValidationError,
  SDKValidationError,
} from '../src/index.js';
import { createdBody, fakeFetch, httpServer, json, listBody } from './helpers.js';

const apiKey = 'sk-or-v1-runtime-test-key-0123456789';
const secret = JSON.parse(createdBody()).key as string;
const servers: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

/** A server whose every answer (or the first `stallFirst` ones) sends the headers and 9 bytes of a
 * 5000-byte body, then stalls; `drip` sends one byte every 50 ms instead. */
async function slowBodyServer(mode: 'stall' | 'drip', stallFirst = Infinity, onPartial?: () => void) {
  const timers = new Set<NodeJS.Timeout>();
  const server = await httpServer((req, res, n) => {
    if (n > stallFirst) {
      const ok = req.method === 'POST' ? createdBody() : listBody();
      res.writeHead(req.method === 'POST' ? 201 : 200, { 'content-type': 'application/json' }).end(ok);
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': '5000' });
    res.write('{"data":[');
    onPartial?.();
    if (mode === 'drip') {
      const t = setInterval(() => res.write(' '), 50);
      timers.add(t);
      res.on('close', () => clearInterval(t));
    }
  });
  const close = server.close;
  server.close = () => {
    for (const t of timers) clearInterval(t);
    return close();
  };
  servers.push(server);
  return server;
}

describe('the timeout covers the whole attempt, body included', () => {
  it('a stalled body ends with RequestTimeoutError', async () => {
    const server = await slowBodyServer('stall');
    const mg = new ModelGates({ apiKey, baseUrl: server.url, timeoutMs: 400, retries: { strategy: 'none' } });
    const error = await mg.apiKeys.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestTimeoutError);
    expect((error as RequestTimeoutError).timeoutMs).toBe(400);
    expect((error as Error).message).toMatch(/GET .*\/keys timed out after 400 ms \(attempt 1\)/);
    expect(server.requests).toBe(1);
  });

  it('a dripping body (one byte every 50 ms) ends with RequestTimeoutError', async () => {
    const server = await slowBodyServer('drip');
    const mg = new ModelGates({ apiKey, baseUrl: server.url, timeoutMs: 400, retries: { strategy: 'none' } });
    await expect(mg.apiKeys.list()).rejects.toBeInstanceOf(RequestTimeoutError);
    expect(server.requests).toBe(1);
  });

  it('the standalone functions on a plain createClient time out the body too', async () => {
    const server = await slowBodyServer('stall');
    const client = createClient({
      baseUrl: server.url,
      auth: apiKey,
      timeoutMs: 300,
      retries: { strategy: 'none' },
    });
    await expect(list({ client })).rejects.toBeInstanceOf(RequestTimeoutError);
  });

  it('a body timeout is retried for list, which then succeeds', async () => {
    const server = await slowBodyServer('stall', 1);
    const mg = new ModelGates({
      apiKey,
      baseUrl: server.url,
      timeoutMs: 300,
      retries: { strategy: 'backoff', backoff: { initialInterval: 1, maxInterval: 1 } },
    });
    const page = await mg.apiKeys.list();
    expect(page.data.length).toBeGreaterThan(0);
    expect(server.requests).toBe(2);
  });

  it('a body timeout is never retried for create (the key may exist)', async () => {
    const server = await slowBodyServer('stall', 1);
    const mg = new ModelGates({
      apiKey,
      baseUrl: server.url,
      timeoutMs: 300,
      retries: { strategy: 'backoff', backoff: { initialInterval: 1, maxInterval: 1 }, maxAttempts: 5 },
    });
    await expect(mg.apiKeys.create({ name: 'CI key' })).rejects.toBeInstanceOf(RequestTimeoutError);
    expect(server.requests).toBe(1);
  });

  it("the caller's abort during the body read wins: RequestAbortedError, not retried", async () => {
    const controller = new AbortController();
    const server = await slowBodyServer('drip', Infinity, () =>
      setTimeout(() => controller.abort(new Error('user gave up')), 100),
    );
    const mg = new ModelGates({ apiKey, baseUrl: server.url, timeoutMs: 5_000 });
    const error = await mg.apiKeys.list(undefined, { signal: controller.signal }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestAbortedError);
    expect(((error as Error).cause as Error).message).toBe('user gave up');
    expect(server.requests).toBe(1);
  });

  it('an injected fetch whose body never ends (and ignores the signal) still times out', async () => {
    const stalled = () =>
      new Response(new ReadableStream({ start: (c) => c.enqueue(new TextEncoder().encode('{"data":[')) }), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    const fetch = fakeFetch(() => stalled());
    const mg = new ModelGates({
      apiKey,
      baseUrl: 'https://api.example',
      fetch,
      timeoutMs: 200,
      retries: { strategy: 'none' },
    });
    await expect(mg.apiKeys.list()).rejects.toBeInstanceOf(RequestTimeoutError);
  });
});

describe('lifecycle hooks', () => {
  function recorder() {
    const events: Array<[string, Record<string, unknown>]> = [];
    const hooks: Hooks = {
      onRequest: (e) => events.push(['request', { ...e }]),
      onResponse: (e) => events.push(['response', { ...e }]),
      onRetry: (e) => events.push(['retry', { ...e }]),
      onError: (e) => events.push(['error', { ...e }]),
    };
    return { events, hooks };
  }

  it('are called in order, with the attempt, status, wait and the same call object', async () => {
    const fetch = fakeFetch((n) =>
      n === 1
        ? json({ error: { code: 503, message: 'busy' } }, 503, { 'retry-after-ms': '5' })
        : json(listBody(), 200, { 'x-request-id': 'req_2' }),
    );
    const { events, hooks } = recorder();
    const mg = new ModelGates({ apiKey, baseUrl: 'https://api.example', fetch, hooks });
    await mg.apiKeys.list({ include_disabled: true });
    expect(events.map(([name, e]) => [name, e.attempt])).toEqual([
      ['request', 1],
      ['response', 1],
      ['retry', 1],
      ['request', 2],
      ['response', 2],
    ]);
    const call = events[0]![1].call;
    expect(call).toEqual({
      method: 'GET',
      route: '/keys',
      url: 'https://api.example/keys?include_disabled=true',
    });
    expect(events.every(([, e]) => e.call === call)).toBe(true);
    expect(events[1]![1]).toMatchObject({ status: 503, ok: false });
    expect(events[2]![1]).toMatchObject({ waitMs: 5, reason: 503 });
    expect(events[4]![1]).toMatchObject({ status: 200, ok: true, requestId: 'req_2' });
    expect(typeof events[4]![1].durationMs).toBe('number');
  });

  it('onError comes once, after the last attempt, with the typed error', async () => {
    const fetch = fakeFetch(() => json({ error: { code: 404, message: 'no such key' } }, 404));
    const { events, hooks } = recorder();
    const mg = new ModelGates({ apiKey, baseUrl: 'https://api.example', fetch, hooks });
    await expect(mg.apiKeys.get('abc')).rejects.toBeInstanceOf(NotFoundResponseError);
    expect(events.map(([name]) => name)).toEqual(['request', 'response', 'error']);
    expect(events[2]![1].error).toBeInstanceOf(NotFoundResponseError);
    expect((events[2]![1].call as { route: string }).route).toBe('/keys/{hash}');
  });

  it('a response that fails validation is reported as not ok, then as an error', async () => {
    const fetch = fakeFetch(() => json({ data: 'not a list' }));
    const { events, hooks } = recorder();
    const mg = new ModelGates({ apiKey, baseUrl: 'https://api.example', fetch, hooks });
    await expect(mg.apiKeys.list()).rejects.toBeInstanceOf(ResponseValidationError);
    expect(events.map(([name, e]) => [name, e.ok])).toEqual([
      ['request', undefined],
      ['response', false],
      ['error', undefined],
    ]);
  });

  it('a timeout, a connection error and an abort reach onRetry / onError by name', async () => {
    let n = 0;
    const fetch = (async (_input: RequestInfo | URL, init?: RequestInit) => {
      n++;
      if (n === 1) throw new TypeError('fetch failed');
      return new Promise<Response>((_, reject) =>
        init!.signal!.addEventListener('abort', () => reject(init!.signal!.reason)),
      );
    }) as typeof globalThis.fetch;
    const { events, hooks } = recorder();
    const mg = new ModelGates({
      apiKey,
      baseUrl: 'https://api.example',
      fetch,
      hooks,
      timeoutMs: 50,
      retries: { strategy: 'backoff', backoff: { initialInterval: 1, maxInterval: 1 }, maxAttempts: 2 },
    });
    await expect(mg.apiKeys.list()).rejects.toBeInstanceOf(RequestTimeoutError);
    expect(events.map(([name, e]) => [name, e.reason ?? (e.error as Error | undefined)?.name])).toEqual([
      ['request', undefined],
      ['retry', 'ConnectionError'],
      ['request', undefined],
      ['error', 'RequestTimeoutError'],
    ]);
  });

  it('see nothing secret: no API key, no Authorization, no request body, no created key', async () => {
    const fetch = fakeFetch((n, req) =>
      req.method === 'GET'
        ? json({ error: { code: 404, message: `no key for ${apiKey}` } }, 404)
        : n === 1
          ? json({ error: { code: 500, message: 'oops' } }, 500)
          : json(createdBody(), 201),
    );
    const { events, hooks } = recorder();
    const mg = new ModelGates({
      apiKey,
      baseUrl: 'https://api.example',
      fetch,
      hooks,
      retries: { strategy: 'backoff', backoff: { initialInterval: 1 }, retryNonIdempotent: true },
    });
    const created = await mg.apiKeys.create({ name: 'Secret-named key' });
    expect(created.key).toBe(secret);
    await expect(mg.apiKeys.get('x', { retries: { strategy: 'none' } })).rejects.toBeInstanceOf(Error);
    const seen = inspect(events, { depth: 10 }) + JSON.stringify(events);
    expect(seen).not.toContain(apiKey);
    expect(seen).not.toContain(secret);
    expect(seen).not.toMatch(/authorization/i);
    expect(seen).not.toContain('Secret-named key');
  });

  it('a hook that throws does not break the call', async () => {
    const fetch = fakeFetch(() => json(listBody()));
    const mg = new ModelGates({
      apiKey,
      baseUrl: 'https://api.example',
      fetch,
      hooks: {
        onRequest() {
          throw new Error('broken tracer');
        },
      },
    });
    await expect(mg.apiKeys.list()).resolves.toMatchObject({ data: expect.any(Array) });
  });
});

describe('the generated functions on the runtime', () => {
  it('with { client: mg.client } they get the ModelGates validation: bad input is never sent', async () => {
    const fetch = fakeFetch(() => json(listBody()));
    const mg = new ModelGates({ apiKey, baseUrl: 'https://api.example', fetch });
    const error = await list({ client: mg.client, query: { offset: -1 } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SDKValidationError);
    expect((error as SDKValidationError).field).toBe('offset');
    expect(fetch.calls).toHaveLength(0);
    const { data } = await list({ client: mg.client, query: { offset: 0 } });
    expect(data.data.length).toBeGreaterThan(0);
    expect(fetch.calls[0]!.headers.get('authorization')).toBe(`Bearer ${apiKey}`);
  });

  it('with a plain createClient they skip the schemas but keep typed errors and retries', async () => {
    const fetch = fakeFetch((n) =>
      n === 1
        ? json({ error: { code: 503, message: 'busy' } }, 503)
        : json({ error: { code: 404, message: 'gone' } }, 404),
    );
    const client = createClient({
      baseUrl: 'https://api.example/',
      auth: apiKey,
      fetch,
      retries: { strategy: 'backoff', backoff: { initialInterval: 1 } },
    });
    await expect(list({ client, query: { offset: -1 } })).rejects.toBeInstanceOf(NotFoundResponseError);
    expect(fetch.calls.map((c) => c.url.href)).toEqual([
      'https://api.example/keys?offset=-1',
      'https://api.example/keys?offset=-1',
    ]);
  });

  it('throwOnError: false returns the error body instead of throwing', async () => {
    const fetch = fakeFetch(() => json({ error: { code: 404, message: 'no such key' } }, 404));
    const client = createClient({ baseUrl: 'https://api.example', auth: apiKey, fetch });
    const result = await list({ client, throwOnError: false });
    expect(result.data).toBeUndefined();
    expect(result.error).toEqual({ error: { code: 404, message: 'no such key' } });
    expect(result.response.status).toBe(404);
  });

  it('transport failures throw even with throwOnError: false', async () => {
    const fetch = (async () => {
      throw new TypeError('fetch failed');
    }) as unknown as typeof globalThis.fetch;
    const client = createClient({ baseUrl: 'https://api.example', fetch, retries: { strategy: 'none' } });
    await expect(list({ client, throwOnError: false })).rejects.toBeInstanceOf(ConnectionError);
  });

  it('interceptors see and may replace the request, the response and the error', async () => {
    const fetch = fakeFetch(() => json({ error: { code: 404, message: 'no such key' } }, 404));
    const client = createClient({ baseUrl: 'https://api.example', auth: apiKey, fetch });
    const seen: string[] = [];
    const id = client.interceptors.request.use((request) => {
      seen.push(`request ${request.method} ${request.url}`);
      const next = new Request(request);
      next.headers.set('x-trace', 't1');
      return next;
    });
    client.interceptors.response.use((response) => {
      seen.push(`response ${response.status}`);
      return response;
    });
    client.interceptors.error.use((error) => new Error(`wrapped: ${(error as Error).name}`));
    await expect(list({ client })).rejects.toThrow('wrapped: NotFoundResponseError');
    expect(seen).toEqual(['request GET https://api.example/keys', 'response 404']);
    expect(fetch.calls[0]!.headers.get('x-trace')).toBe('t1');
    expect(fetch.calls[0]!.headers.get('authorization')).toBe(`Bearer ${apiKey}`);
    client.interceptors.request.eject(id);
    client.interceptors.error.clear();
    await expect(list({ client })).rejects.toBeInstanceOf(NotFoundResponseError);
    expect(fetch.calls[1]!.headers.get('x-trace')).toBeNull();
  });

  it('buildUrl, getConfig and setConfig', () => {
    const client = createClient({ baseUrl: 'https://api.example/v1/' });
    expect(
      client.buildUrl({ url: '/keys/{hash}', path: { hash: 'a/b c' }, query: { offset: 100, x: undefined } }),
    ).toBe('https://api.example/v1/keys/a%2Fb%20c?offset=100');
    client.setConfig({ baseUrl: 'http://127.0.0.1:1' });
    expect(client.getConfig().baseUrl).toBe('http://127.0.0.1:1');
    expect(() => client.setConfig({ timeoutMs: -1 })).toThrow(SDKValidationError);
  });

  it('one request, many attempts: the same string body on every attempt', async () => {
    const fetch = fakeFetch((n) =>
      n < 3
        ? json({ error: { code: 429, message: 'slow down' } }, 429, { 'retry-after-ms': '1' })
        : json(createdBody(), 201),
    );
    const mg = new ModelGates({ apiKey, baseUrl: 'https://api.example', fetch });
    await mg.apiKeys.create({ name: 'CI key', limit: 5 });
    expect(fetch.calls.map((c) => c.body)).toEqual(Array(3).fill('{"name":"CI key","limit":5}'));
  });
});
