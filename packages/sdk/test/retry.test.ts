/**
 * Retries, Retry-After, timeouts and aborts. Time-dependent rules use fake timers with an injected
 * fetch; connection resets use a real node:http server on 127.0.0.1 that destroys the socket.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ConnectionError,
  InternalServerResponseError,
  ModelGates,
  ModelGatesDefaultError,
  RequestAbortedError,
  RequestTimeoutError,
  TooManyRequestsResponseError,
} from '../src/index.js';
import { createdBody, fakeFetch, httpServer, json, listBody } from './helpers.js';

const hash = 'f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943';
const base = 'https://api.example';
const fail = (status: number, headers: Record<string, string> = {}) =>
  json({ error: { code: status, message: 'nope' } }, status, headers);

afterEach(() => {
  vi.useRealTimers();
});

/** Runs a call to completion under fake timers, returning its result or error. */
async function settle<T>(p: PromiseLike<T>): Promise<{ value?: T; error?: unknown }> {
  const out = Promise.resolve(p).then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  await vi.runAllTimersAsync();
  return out;
}

describe('retry rules', () => {
  it.each([408, 429, 500, 502, 503, 504])('retries %i and succeeds', async (status) => {
    vi.useFakeTimers();
    const f = fakeFetch((n) => (n === 1 ? fail(status) : json(listBody())));
    const mg = new ModelGates({ apiKey: 'k', baseUrl: base, fetch: f });
    const r = await settle(mg.apiKeys.list());
    expect(r.error).toBeUndefined();
    expect(f.calls).toHaveLength(2);
  });

  it.each([400, 401, 403, 404, 422, 501])('does not retry %i', async (status) => {
    const f = fakeFetch(() => fail(status));
    const mg = new ModelGates({ apiKey: 'k', baseUrl: base, fetch: f });
    await expect(mg.apiKeys.list()).rejects.toMatchObject({ status });
    expect(f.calls).toHaveLength(1);
  });

  it('is bounded: 3 attempts by default, then the last error', async () => {
    vi.useFakeTimers();
    const f = fakeFetch(() => fail(503));
    const mg = new ModelGates({ apiKey: 'k', baseUrl: base, fetch: f });
    const r = await settle(mg.apiKeys.list());
    expect(r.error).toBeInstanceOf(ModelGatesDefaultError);
    expect((r.error as ModelGatesDefaultError).status).toBe(503);
    expect(f.calls).toHaveLength(3);
  });

  it('waits with exponential backoff and jitter between initialInterval/2 and the full interval', async () => {
    vi.useFakeTimers();
    const times: number[] = [];
    const f = fakeFetch(() => {
      times.push(Date.now());
      return fail(500);
    });
    const mg = new ModelGates({
      apiKey: 'k',
      baseUrl: base,
      fetch: f,
      retries: {
        strategy: 'backoff',
        maxAttempts: 4,
        backoff: { initialInterval: 1000, exponent: 2, maxInterval: 3000 },
      },
    });
    await settle(mg.apiKeys.list());
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    expect(gaps).toHaveLength(3);
    const bounds = [1000, 2000, 3000];
    gaps.forEach((g, i) => {
      expect(g).toBeGreaterThanOrEqual(bounds[i]! / 2);
      expect(g).toBeLessThanOrEqual(bounds[i]!);
    });
  });

  it('honours Retry-After in seconds', async () => {
    vi.useFakeTimers();
    const times: number[] = [];
    const f = fakeFetch((n) => {
      times.push(Date.now());
      return n === 1 ? fail(429, { 'Retry-After': '7' }) : json(listBody());
    });
    const mg = new ModelGates({ apiKey: 'k', baseUrl: base, fetch: f });
    await settle(mg.apiKeys.list());
    expect(times[1]! - times[0]!).toBe(7000);
  });

  it('honours Retry-After as an HTTP date and retry-after-ms', async () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2030-01-01T00:00:00Z'));
    const times: number[] = [];
    const f = fakeFetch((n) => {
      times.push(Date.now());
      if (n === 1) return fail(503, { 'Retry-After': new Date(Date.now() + 4000).toUTCString() });
      if (n === 2) return fail(503, { 'retry-after-ms': '1500', 'Retry-After': '30' });
      return json(listBody());
    });
    const mg = new ModelGates({ apiKey: 'k', baseUrl: base, fetch: f });
    const r = await settle(mg.apiKeys.list());
    expect(r.error).toBeUndefined();
    expect([times[1]! - times[0]!, times[2]! - times[1]!]).toEqual([4000, 1500]);
  });

  it('gives up at once when Retry-After is beyond the cap (60 s)', async () => {
    const f = fakeFetch(() => fail(429, { 'Retry-After': '3600' }));
    const mg = new ModelGates({ apiKey: 'k', baseUrl: base, fetch: f });
    const error = await mg.apiKeys.list().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TooManyRequestsResponseError);
    expect((error as TooManyRequestsResponseError).headers.get('retry-after')).toBe('3600');
    expect((error as TooManyRequestsResponseError).retryAfterMs).toBe(3_600_000);
    expect(f.calls).toHaveLength(1);
  });

  it('stops when the next wait would pass maxElapsedTime', async () => {
    vi.useFakeTimers();
    const f = fakeFetch(() => fail(503, { 'Retry-After': '20' }));
    const mg = new ModelGates({
      apiKey: 'k',
      baseUrl: base,
      fetch: f,
      retries: { strategy: 'backoff', maxAttempts: 10, backoff: { maxElapsedTime: 30_000 } },
    });
    await settle(mg.apiKeys.list());
    expect(f.calls).toHaveLength(2);
  });

  it("strategy 'none' per call overrides the client's retries", async () => {
    const f = fakeFetch(() => fail(503));
    const mg = new ModelGates({
      apiKey: 'k',
      baseUrl: base,
      fetch: f,
      retries: { strategy: 'backoff', maxAttempts: 5 },
    });
    await expect(mg.apiKeys.list(undefined, { retries: { strategy: 'none' } })).rejects.toBeInstanceOf(
      ModelGatesDefaultError,
    );
    expect(f.calls).toHaveLength(1);
  });

  it('per-call backoff overrides the client-level policy', async () => {
    vi.useFakeTimers();
    const f = fakeFetch(() => fail(503));
    const mg = new ModelGates({ apiKey: 'k', baseUrl: base, fetch: f, retries: { strategy: 'none' } });
    await settle(mg.apiKeys.list(undefined, { retries: { strategy: 'backoff', maxAttempts: 4 } }));
    expect(f.calls).toHaveLength(4);
  });

  it('retries connection errors unless retryConnectionErrors is false', async () => {
    vi.useFakeTimers();
    const down = fakeFetch((n) => {
      if (n === 1)
        throw new TypeError('fetch failed', {
          cause: Object.assign(new Error('reset'), { code: 'ECONNRESET' }),
        });
      return json(listBody());
    });
    const mg = new ModelGates({ apiKey: 'k', baseUrl: base, fetch: down });
    expect((await settle(mg.apiKeys.list())).error).toBeUndefined();
    expect(down.calls).toHaveLength(2);

    const down2 = fakeFetch(() => {
      throw new TypeError('fetch failed');
    });
    const mg2 = new ModelGates({
      apiKey: 'k',
      baseUrl: base,
      fetch: down2,
      retries: { strategy: 'backoff', retryConnectionErrors: false },
    });
    expect((await settle(mg2.apiKeys.list())).error).toBeInstanceOf(ConnectionError);
    expect(down2.calls).toHaveLength(1);
  });
});

describe('never duplicate a key', () => {
  it('does not replay a create after a 500 (the server may have created it)', async () => {
    const f = fakeFetch(() => fail(500));
    const mg = new ModelGates({ apiKey: 'k', baseUrl: base, fetch: f });
    await expect(mg.apiKeys.create({ name: 'x' })).rejects.toBeInstanceOf(InternalServerResponseError);
    expect(f.calls).toHaveLength(1);
  });

  it('does not replay a create after a connection reset (real socket reset)', async () => {
    const server = await httpServer((req) => req.socket.destroy());
    try {
      const mg = new ModelGates({
        apiKey: 'k',
        baseUrl: server.url,
        retries: { strategy: 'backoff', backoff: { initialInterval: 1 } },
      });
      await expect(mg.apiKeys.create({ name: 'x' })).rejects.toBeInstanceOf(ConnectionError);
      expect(server.requests).toBe(1);
      // The same failure on an idempotent call is retried.
      await expect(mg.apiKeys.list()).rejects.toBeInstanceOf(ConnectionError);
      expect(server.requests).toBe(1 + 3);
    } finally {
      await server.close();
    }
  });

  it('replays a create after a 429 (the server refused it) and after a refused connection', async () => {
    vi.useFakeTimers();
    const f = fakeFetch((n) => {
      if (n === 1) return fail(429, { 'Retry-After': '1' });
      if (n === 2)
        throw new TypeError('fetch failed', {
          cause: Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }),
        });
      return json(createdBody(), 201);
    });
    const mg = new ModelGates({
      apiKey: 'k',
      baseUrl: base,
      fetch: f,
      retries: { strategy: 'backoff', maxAttempts: 3 },
    });
    const r = await settle(mg.apiKeys.create({ name: 'x' }));
    expect(r.error).toBeUndefined();
    expect(f.calls).toHaveLength(3);
    expect(f.calls.map((c) => JSON.parse(c.body))).toEqual([{ name: 'x' }, { name: 'x' }, { name: 'x' }]);
  });

  it('replays a create after a 500 only when the caller opts in', async () => {
    vi.useFakeTimers();
    const f = fakeFetch((n) => (n === 1 ? fail(500) : json(createdBody(), 201)));
    const mg = new ModelGates({ apiKey: 'k', baseUrl: base, fetch: f });
    const r = await settle(
      mg.apiKeys.create({ name: 'x' }, { retries: { strategy: 'backoff', retryNonIdempotent: true } }),
    );
    expect(r.error).toBeUndefined();
    expect(f.calls).toHaveLength(2);
  });

  it('a delete whose retry finds the key gone reports the deletion, with the request id', async () => {
    vi.useFakeTimers();
    const f = fakeFetch((n) => (n === 1 ? fail(502) : fail(404, { 'x-request-id': 'req_404' })));
    const mg = new ModelGates({ apiKey: 'k', baseUrl: base, fetch: f });
    const r = await settle(mg.apiKeys.delete(hash).withResponse());
    expect(r.value?.data).toEqual({ deleted: true });
    expect(r.value?.requestId).toBe('req_404');
    expect(f.calls).toHaveLength(2);
  });

  it('a first-attempt 404 on delete is still NotFound', async () => {
    const f = fakeFetch(() => fail(404));
    const mg = new ModelGates({ apiKey: 'k', baseUrl: base, fetch: f });
    await expect(mg.apiKeys.delete(hash)).rejects.toMatchObject({
      name: 'NotFoundResponseError',
      status: 404,
    });
  });
});

describe('timeouts and aborts', () => {
  it('times out each attempt and retries, then throws RequestTimeoutError', async () => {
    const server = await httpServer(() => {
      /* never answers */
    });
    try {
      const mg = new ModelGates({
        apiKey: 'k',
        baseUrl: server.url,
        timeoutMs: 50,
        retries: { strategy: 'backoff', maxAttempts: 2, backoff: { initialInterval: 1 } },
      });
      const error = await mg.apiKeys.list().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(RequestTimeoutError);
      expect((error as RequestTimeoutError).timeoutMs).toBe(50);
      expect(server.requests).toBe(2);
    } finally {
      await server.close();
    }
  });

  it('per-call timeoutMs overrides the client default', async () => {
    const server = await httpServer((_, res) => setTimeout(() => res.end(listBody()), 200));
    try {
      const mg = new ModelGates({
        apiKey: 'k',
        baseUrl: server.url,
        timeoutMs: 10,
        retries: { strategy: 'none' },
      });
      await expect(mg.apiKeys.list()).rejects.toBeInstanceOf(RequestTimeoutError);
      await expect(mg.apiKeys.list(undefined, { timeoutMs: 5000 })).resolves.toMatchObject({
        data: expect.any(Array),
      });
    } finally {
      await server.close();
    }
  });

  it('a caller abort is a RequestAbortedError, not a timeout, and is not retried', async () => {
    const ac = new AbortController();
    // The server never answers; the caller aborts once the request has arrived.
    const server = await httpServer(() => setTimeout(() => ac.abort(), 30));
    try {
      const mg = new ModelGates({ apiKey: 'k', baseUrl: server.url, timeoutMs: 10_000 });
      const p = mg.apiKeys.list(undefined, { signal: ac.signal });
      await expect(p).rejects.toBeInstanceOf(RequestAbortedError);
      expect(server.requests).toBe(1);
    } finally {
      await server.close();
    }
  });

  it('an abort after the headers arrived stops reading the body', async () => {
    const ac = new AbortController();
    const server = await httpServer((_, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"data": [');
      // ...and the rest never comes. Abort once the headers are surely out (not on a timer, which a
      // loaded machine can beat).
      setTimeout(() => ac.abort(), 50);
    });
    try {
      const mg = new ModelGates({ apiKey: 'k', baseUrl: server.url, timeoutMs: 10_000 });
      const p = mg.apiKeys.list(undefined, { signal: ac.signal }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(await p).toBeInstanceOf(RequestAbortedError);
      expect(server.requests).toBe(1);
    } finally {
      await server.close();
    }
  });

  it('a per-call timeoutMs must be a number >= 0', async () => {
    const f = fakeFetch(() => json(listBody()));
    const mg = new ModelGates({ apiKey: 'k', baseUrl: base, fetch: f });
    await expect(mg.apiKeys.list(undefined, { timeoutMs: -1 })).rejects.toMatchObject({
      name: 'SDKValidationError',
      field: 'timeoutMs',
    });
    await expect(mg.apiKeys.list(undefined, { timeoutMs: Number.NaN })).rejects.toMatchObject({
      name: 'SDKValidationError',
    });
    expect(f.calls).toHaveLength(0);
  });

  it('an already-aborted signal sends nothing', async () => {
    const f = fakeFetch(() => json(listBody()));
    const mg = new ModelGates({ apiKey: 'k', baseUrl: base, fetch: f });
    await expect(mg.apiKeys.list(undefined, { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(
      RequestAbortedError,
    );
    expect(f.calls).toHaveLength(0);
  });

  it('an abort cancels a pending retry wait', async () => {
    vi.useFakeTimers();
    const f = fakeFetch(() => fail(503, { 'Retry-After': '30' }));
    const mg = new ModelGates({ apiKey: 'k', baseUrl: base, fetch: f });
    const ac = new AbortController();
    const p = mg.apiKeys.list(undefined, { signal: ac.signal }).then(
      () => undefined,
      (e: unknown) => e,
    );
    await vi.advanceTimersByTimeAsync(1000);
    expect(f.calls).toHaveLength(1);
    ac.abort();
    expect(await p).toBeInstanceOf(RequestAbortedError);
    expect(f.calls).toHaveLength(1);
  });
});
