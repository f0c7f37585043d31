import {
  ConnectionError,
  InternalServerResponseError,
  ModelGates,
  ModelGatesDefaultError,
  RequestAbortedError,
  TooManyRequestsResponseError,
} from '@modelgates/sdk';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createMock } from '../src/index.js';
import { listen, type MockServer } from '../src/server.js';

const apiKey = 'sk-or-v1-fault-test';
const noRetry = { retries: { strategy: 'none' } } as const;
// Fast retries, so the recovery cases do not wait out the sdk's default backoff.
const quickRetries = {
  strategy: 'backoff',
  backoff: { initialInterval: 1, maxInterval: 5, exponent: 1, maxElapsedTime: 5_000 },
  retryConnectionErrors: true,
  maxAttempts: 3,
} as const;

/** The same faults through `mock.fetch` and through the real HTTP server. */
let server: MockServer;
beforeAll(async () => {
  server = await listen({ log: false });
});
afterAll(() => server.close());

const modes = [
  [
    'fetch',
    () => {
      const mock = createMock();
      return { mock, mg: new ModelGates({ apiKey, fetch: mock.fetch }) };
    },
  ],
  [
    'server',
    () => {
      server.mock.reset();
      return { mock: server.mock, mg: new ModelGates({ apiKey, baseUrl: server.url }) };
    },
  ],
] as const;

describe.each(modes)('injected faults seen through the sdk (%s)', (_, make) => {
  it('429 → TooManyRequestsResponseError with retryAfterMs from Retry-After', async () => {
    const { mock, mg } = make();
    mock.failNext({ status: 429, retryAfter: 7 });
    const error = await mg.apiKeys.list(undefined, noRetry).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TooManyRequestsResponseError);
    expect((error as TooManyRequestsResponseError).retryAfterMs).toBe(7_000);
    expect((error as TooManyRequestsResponseError).error).toEqual({
      code: 429,
      message: 'Rate limit exceeded',
    });
    expect((error as TooManyRequestsResponseError).requestId).toMatch(/^req_mock_/);
    // The fault is used up: the next call is answered normally.
    expect((await mg.apiKeys.list(undefined, noRetry)).data).toHaveLength(2);
  });

  it('500 → InternalServerResponseError', async () => {
    const { mock, mg } = make();
    mock.failNext({ status: 500 });
    await expect(
      mg.apiKeys.get('f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943', noRetry),
    ).rejects.toBeInstanceOf(InternalServerResponseError);
  });

  it('503 (undeclared in the spec) → ModelGatesDefaultError with its status and Retry-After', async () => {
    const { mock, mg } = make();
    mock.failNext({ status: 503, retryAfter: 2 });
    const error = await mg.apiKeys.getCurrentKeyMetadata(noRetry).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ModelGatesDefaultError);
    expect((error as ModelGatesDefaultError).status).toBe(503);
    expect((error as ModelGatesDefaultError).retryAfterMs).toBe(2_000);
  });

  it('a dropped connection → ConnectionError', async () => {
    const { mock, mg } = make();
    mock.dropNext();
    await expect(mg.apiKeys.list(undefined, noRetry)).rejects.toBeInstanceOf(ConnectionError);
    expect(mock.calls.at(-1)).toMatchObject({ operation: 'list', status: 'dropped' });
  });

  it('the next N calls of one operation only: other operations pass, then the fault is used up', async () => {
    const { mock, mg } = make();
    mock.failNext({ status: 500, times: 2, operation: 'createKeys' });
    expect((await mg.apiKeys.list(undefined, noRetry)).data).toHaveLength(2);
    await expect(mg.apiKeys.create({ name: 'a' }, noRetry)).rejects.toBeInstanceOf(
      InternalServerResponseError,
    );
    await expect(mg.apiKeys.create({ name: 'b' }, noRetry)).rejects.toBeInstanceOf(
      InternalServerResponseError,
    );
    expect((await mg.apiKeys.create({ name: 'c' }, noRetry)).data.name).toBe('c');
    // The failed creates created nothing.
    expect(mock.keys.map((k) => k.name)).toEqual(['Production Key', 'Staging Key', 'Old CI Key', 'c']);
  });

  it('the sdk’s retries recover: two 500s on list, then the answer', async () => {
    const { mock, mg } = make();
    mock.failNext({ status: 500, times: 2, operation: 'list' });
    expect((await mg.apiKeys.list(undefined, { retries: quickRetries })).data).toHaveLength(2);
    expect(mock.calls.map((c) => c.status)).toEqual([500, 500, 200]);
  });

  it('the sdk’s retries recover from a dropped connection on a GET', async () => {
    const { mock, mg } = make();
    mock.dropNext({ operation: 'getCurrentKey' });
    expect((await mg.apiKeys.getCurrentKeyMetadata({ retries: quickRetries })).data.label).toBe(
      'sk-or-v1-au7...890',
    );
    expect(mock.calls.map((c) => c.status)).toEqual(['dropped', 200]);
  });

  it('clearFaults() forgets pending faults', async () => {
    const { mock, mg } = make();
    mock.failNext({ status: 503, times: 5 });
    mock.clearFaults();
    expect((await mg.apiKeys.list(undefined, noRetry)).data).toHaveLength(2);
  });
});

describe('latency', () => {
  it('holds each answer for latencyMs (fake timers: nothing here depends on the machine’s speed)', async () => {
    vi.useFakeTimers();
    try {
      const mock = createMock({ latencyMs: 2_000 });
      const mg = new ModelGates({ apiKey, fetch: mock.fetch, timeoutMs: 60_000 });
      let settled = false;
      const call = mg.apiKeys.list(undefined, noRetry).then((r) => ((settled = true), r));
      await vi.advanceTimersByTimeAsync(1_999);
      expect(settled).toBe(false);
      expect(mock.calls).toEqual([]);
      await vi.advanceTimersByTimeAsync(1);
      expect((await call).data).toHaveLength(2);
      mock.setLatency(0);
      expect((await mg.apiKeys.list(undefined, noRetry)).data).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('an abort during the latency ends the call as RequestAbortedError', async () => {
    const mock = createMock({ latencyMs: 60_000 });
    const mg = new ModelGates({ apiKey, fetch: mock.fetch });
    const controller = new AbortController();
    const call = mg.apiKeys.list(undefined, { ...noRetry, signal: controller.signal });
    controller.abort();
    await expect(call).rejects.toBeInstanceOf(RequestAbortedError);
    expect(mock.calls).toEqual([]);
  });
});
