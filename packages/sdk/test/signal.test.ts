/**
 * Many calls sharing one AbortSignal: one listener on it however many calls wait (so no
 * MaxListenersExceededWarning), one abort rejects them all, and nothing stays attached once they
 * end. The requests go to a node:http server on 127.0.0.1 through Node's own fetch (whose undici
 * would add a listener per call to any signal it is handed); the retry-wait case uses an injected
 * fetch.
 */
import type { ServerResponse } from 'node:http';
import { getEventListeners } from 'node:events';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ModelGates, RequestAbortedError } from '../src/index.js';
import { fakeFetch, httpServer, json, listBody } from './helpers.js';

const CALLS = 500;
const apiKey = 'sk-or-v1-signal-test-key-0123456789';
const listeners = (signal: AbortSignal) => getEventListeners(signal, 'abort').length;

let warnings: string[] = [];
const onWarning = (warning: Error) => warnings.push(`${warning.name}: ${warning.message}`);
beforeEach(() => {
  warnings = [];
  process.on('warning', onWarning);
});
afterEach(() => {
  process.off('warning', onWarning);
});

/** Once the calls have ended: nothing of theirs on the signal, and no warning printed (after a
 * turn, as process.emitWarning emits on the next tick). */
async function expectNothingLeft(signal: AbortSignal) {
  expect(listeners(signal)).toBe(0);
  await new Promise<void>((resolve) => setImmediate(resolve));
  expect(warnings).toEqual([]);
}

function expectAllAborted(errors: unknown[], reason: Error) {
  expect(errors).toHaveLength(CALLS);
  for (const error of errors) {
    expect(error).toBeInstanceOf(RequestAbortedError);
    expect((error as RequestAbortedError).cause).toBe(reason);
  }
}

/** A server that holds every request until `release()`; `arrived` resolves once `count` are in. */
async function holdingServer(count: number) {
  const held: ServerResponse[] = [];
  let allIn!: () => void;
  const arrived = new Promise<void>((resolve) => (allIn = resolve));
  const server = await httpServer((_, res, n) => {
    held.push(res);
    if (n === count) allIn();
  });
  const release = () => {
    for (const res of held.splice(0))
      res.writeHead(200, { 'content-type': 'application/json' }).end(listBody());
  };
  return Object.assign(server, { arrived, release });
}

describe(`${CALLS} concurrent calls on one signal`, () => {
  it('add one listener to it, print no warning, and leave none once they end', async () => {
    const server = await holdingServer(CALLS);
    try {
      const mg = new ModelGates({ apiKey, baseUrl: server.url });
      const signal = new AbortController().signal;
      const calls = Array.from({ length: CALLS }, () => mg.apiKeys.list(undefined, { signal }));
      await server.arrived;
      // Every call is in flight (its request is at the server): one listener for all of them.
      expect(listeners(signal)).toBe(1);
      server.release();
      const pages = await Promise.all(calls);
      expect(pages.every((page) => page.data.length === 3)).toBe(true);
      await expectNothingLeft(signal);
    } finally {
      await server.close();
    }
  }, 30_000);

  it('one abort rejects every pending call at once with RequestAbortedError carrying the reason', async () => {
    const server = await holdingServer(CALLS);
    try {
      const mg = new ModelGates({ apiKey, baseUrl: server.url });
      const controller = new AbortController();
      const { signal } = controller;
      let afterTurn = false;
      const settled = Array.from({ length: CALLS }, () =>
        mg.apiKeys.list(undefined, { signal }).then(
          () => ({ error: undefined as unknown, afterTurn }),
          (error: unknown) => ({ error, afterTurn }),
        ),
      );
      await server.arrived;
      expect(listeners(signal)).toBe(1);
      const reason = new Error('user navigated away');
      // "At once": every call rejects in the abort's own turn, before any timer or I/O runs again.
      setImmediate(() => (afterTurn = true));
      controller.abort(reason);
      const results = await Promise.all(settled);
      expect(results.filter((r) => r.afterTurn)).toHaveLength(0);
      expectAllAborted(
        results.map((r) => r.error),
        reason,
      );
      expect(server.requests).toBe(CALLS); // not retried
      await expectNothingLeft(signal);
    } finally {
      await server.close();
    }
  }, 30_000);

  it('waiting out a retry backoff, they share the one listener too, and one abort ends every wait', async () => {
    const f = fakeFetch(() => json({ error: { code: 503, message: 'busy' } }, 503, { 'Retry-After': '10' }));
    let waiting = 0;
    let allWaiting!: () => void;
    const allWait = new Promise<void>((resolve) => (allWaiting = resolve));
    const mg = new ModelGates({
      apiKey,
      baseUrl: 'https://api.example',
      fetch: f,
      hooks: { onRetry: () => ++waiting === CALLS && allWaiting() },
    });
    const controller = new AbortController();
    const { signal } = controller;
    const settled = Array.from({ length: CALLS }, () =>
      mg.apiKeys.list(undefined, { signal }).then(
        () => undefined,
        (error: unknown) => error,
      ),
    );
    await allWait;
    expect(listeners(signal)).toBe(1);
    const reason = new Error('stop');
    controller.abort(reason);
    expectAllAborted(await Promise.all(settled), reason);
    expect(f.calls).toHaveLength(CALLS);
    await expectNothingLeft(signal);
  }, 30_000);

  it('a call on an already-aborted shared signal attaches nothing', async () => {
    const f = fakeFetch(() => json(listBody()));
    const mg = new ModelGates({ apiKey, baseUrl: 'https://api.example', fetch: f });
    const signal = AbortSignal.abort(new Error('gone'));
    const errors = await Promise.all(
      Array.from({ length: 20 }, () => mg.apiKeys.list(undefined, { signal }).catch((e: unknown) => e)),
    );
    expect(errors.every((e) => e instanceof RequestAbortedError)).toBe(true);
    expect(listeners(signal)).toBe(0);
    expect(f.calls).toHaveLength(0);
  });
});
