/**
 * What a call is made of, each piece timed alone in-process (µs per operation, median over
 * rounds): the parts raw fetch pays too (Request, Response, JSON.parse) and the parts a client
 * adds (a second Request, header merging, validation, the runtime's timeout and abort wiring).
 * Operations that tie objects together (signals) use fresh objects each time, as a real call does.
 */
import { zListData, zListResponse } from '@modelgates/zod';
import type { ListBody } from './fixture.js';
import { API_KEY } from './fixture.js';
import { median } from './stats.js';

export interface Piece {
  id: string;
  label: string;
  us: number;
}

const noop = () => {};
const REQUEST_ID_HEADERS = ['x-request-id', 'request-id', 'x-amzn-requestid', 'cf-ray'];

type Op = () => unknown;

/** Results go here so the JIT cannot drop an operation whose result is unused. */
export let sink: unknown;
type AsyncOp = () => Promise<unknown>;

function timeSync(op: Op, iterations: number, rounds: number): number {
  for (let i = 0; i < iterations; i++) sink = op();
  const perRound: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    for (let i = 0; i < iterations; i++) sink = op();
    perRound.push(((performance.now() - t0) * 1000) / iterations);
  }
  return median(perRound);
}

async function timeAsync(op: AsyncOp, iterations: number, rounds: number): Promise<number> {
  for (let i = 0; i < iterations; i++) sink = await op();
  const perRound: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    for (let i = 0; i < iterations; i++) sink = await op();
    perRound.push(((performance.now() - t0) * 1000) / iterations);
  }
  return median(perRound);
}

export async function measurePieces(
  body: ListBody,
  options: { iterations: number; rounds: number },
): Promise<Piece[]> {
  const { iterations, rounds } = options;
  const url = 'http://127.0.0.1:9/api/v1/keys';
  const init: RequestInit = { headers: { authorization: `Bearer ${API_KEY}` } };
  const parsed: unknown = JSON.parse(body.text);
  const responseInit: ResponseInit = { status: 200, headers: { 'content-type': 'application/json' } };
  const headers = new Headers({ 'x-request-id': 'req_bench', 'content-type': 'application/json' });

  const pieces: Piece[] = [
    {
      id: 'json-parse',
      label: `\`JSON.parse\` of the ${body.bytes.byteLength}-byte body`,
      us: timeSync(() => JSON.parse(body.text), iterations, rounds),
    },
    {
      id: 'response-text',
      label:
        '`new Response(bytes)` + `await text()` (fetch builds a Response; the stub loop builds them untimed)',
      us: await timeAsync(() => new Response(body.bytes, responseInit).text(), iterations, rounds),
    },
    {
      id: 'new-request',
      label: '`new Request(url, { headers })`',
      us: timeSync(() => new Request(url, init), iterations, rounds),
    },
    {
      id: 'request-signal',
      label:
        '`new Request(url, { headers, signal })` over the same without a signal: making a Request follow a signal (by difference, incl. a fresh AbortController)',
      us:
        timeSync(
          () => new Request(url, { ...init, signal: new AbortController().signal }),
          iterations,
          rounds,
        ) - timeSync(() => new Request(url, init), iterations, rounds),
    },
    {
      id: 'request-copy',
      label:
        '`new Request(request, { signal })`: what fetch does again when handed a Request and an init (by difference, incl. a fresh AbortController)',
      us:
        timeSync(
          () => new Request(new Request(url, init), { signal: new AbortController().signal }),
          iterations,
          rounds,
        ) - timeSync(() => new Request(url, init), iterations, rounds),
    },
    {
      id: 'headers-merge',
      label:
        '`new Headers()` + 2 `set` + 1 `delete` (a `Headers` merge, as openapi-fetch does; our runtime builds a plain object)',
      us: timeSync(
        () => {
          const h = new Headers();
          h.set('Authorization', `Bearer ${API_KEY}`);
          h.set('accept', 'application/json');
          h.delete('Content-Type');
          return h;
        },
        iterations,
        rounds,
      ),
    },
    {
      id: 'validate-request',
      label: '`zListData.safeParse({}, { reportInput: true })`',
      us: timeSync(() => zListData.safeParse({}, { reportInput: true }), iterations, rounds),
    },
    {
      id: 'validate-response',
      label: '`zListResponse.safeParse(body, { reportInput: true })` (three keys)',
      us: timeSync(() => zListResponse.safeParse(parsed, { reportInput: true }), iterations, rounds),
    },
    {
      id: 'timer',
      label: '`setTimeout` + `clearTimeout` (a per-attempt timeout)',
      us: timeSync(() => clearTimeout(setTimeout(noop, 60_000)), iterations, rounds),
    },
    {
      id: 'attempt-stop',
      label:
        "our runtime's per-attempt timeout and abort machinery: `new AbortController()`, a `stopped` promise raced against the response and against the body (2 `Promise.race`), `setTimeout` + `clearTimeout` (by difference with two plain `await`s)",
      us:
        (await timeAsync(
          async () => {
            const controller = new AbortController();
            let stop!: (error: Error) => void;
            const stopped = new Promise<never>((_, reject) => (stop = reject));
            stopped.catch(noop);
            const timer = setTimeout(() => {
              controller.abort();
              stop(new Error('timeout'));
            }, 60_000);
            try {
              const response = await Promise.race([Promise.resolve(controller.signal), stopped]);
              return await Promise.race([Promise.resolve(response), stopped]);
            } finally {
              clearTimeout(timer);
            }
          },
          iterations,
          rounds,
        )) -
        (await timeAsync(
          async () => {
            const response = await Promise.resolve(init);
            return Promise.resolve(response);
          },
          iterations,
          rounds,
        )),
    },
    {
      id: 'abort-any',
      label:
        "`AbortSignal.any([a, b])`: one signal for the caller's abort and the timeout (incl. two fresh AbortControllers)",
      us: timeSync(
        () => AbortSignal.any([new AbortController().signal, new AbortController().signal]),
        iterations,
        rounds,
      ),
    },
    {
      id: 'request-id',
      label: 'up to 4 `headers.get` lookups (the request-id search; 1 here)',
      us: timeSync(
        () => {
          for (const name of REQUEST_ID_HEADERS) {
            const value = headers.get(name);
            if (value) return value;
          }
          return undefined;
        },
        iterations,
        rounds,
      ),
    },
  ];
  return pieces;
}
