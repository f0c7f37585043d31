/**
 * Per-call time over loopback HTTP and client CPU per call with an in-process fetch stub.
 * Clients run in interleaved rounds (rotated order), so machine noise spreads over all of them;
 * each round yields one number per client, and the report is the median over rounds.
 */
import { type Call, type ClientSpec, RAW_FETCH, verify } from './clients.js';
import type { ListBody } from './fixture.js';
import { median, medianRatio, quantile, rotate } from './stats.js';

export interface SpeedResult {
  id: string;
  label: string;
  diagnostic: boolean;
  /** Median over rounds of the value measured in each round (µs). */
  us: number;
  /** Median over rounds of this round's value divided by raw fetch's in the same round. */
  ratio: number;
  rounds: number[];
}

export interface LoopbackOptions {
  rounds: number;
  callsPerRound: number;
  warmupCalls: number;
}

/** p50 of individual call times (µs), per round. */
export async function measureLoopback(
  specs: readonly ClientSpec[],
  baseUrl: string,
  body: ListBody,
  options: LoopbackOptions,
): Promise<SpeedResult[]> {
  const calls = new Map<string, Call>();
  for (const spec of specs) {
    const call = spec.make(baseUrl, undefined);
    await verify(spec, call, body);
    for (let i = 0; i < options.warmupCalls; i++) await call();
    calls.set(spec.id, call);
  }
  const perRound = new Map<string, number[]>(specs.map((s) => [s.id, []]));
  const samples = new Float64Array(options.callsPerRound);
  for (let round = 0; round < options.rounds; round++) {
    for (const spec of rotate(specs, round)) {
      const call = calls.get(spec.id)!;
      collectGarbage();
      // A few calls first: the previous client may have left the connection pool or JIT elsewhere.
      for (let i = 0; i < 10; i++) await call();
      for (let i = 0; i < options.callsPerRound; i++) {
        const t0 = performance.now();
        await call();
        samples[i] = performance.now() - t0;
      }
      perRound.get(spec.id)!.push(quantile(Array.from(samples), 0.5) * 1000);
    }
  }
  return summarize(specs, perRound);
}

export interface StubOptions {
  rounds: number;
  callsPerBatch: number;
  warmupCalls: number;
}

export interface StubFetch {
  fetch: typeof globalThis.fetch;
  /** Builds the next `count` responses now, so that building them is not timed. */
  prepare(count: number): void;
}

/** A fetch that answers from memory with pre-built Responses over pre-encoded bytes (a body can be
 * read once, so each call gets its own); when none is prepared it builds one on the spot. */
export function createStubFetch(body: ListBody): StubFetch {
  const init: ResponseInit = {
    status: 200,
    headers: {
      'content-type': 'application/json',
      'content-length': String(body.bytes.byteLength),
      'x-request-id': 'req_bench',
    },
  };
  const pool: Response[] = [];
  return {
    fetch: async () => pool.pop() ?? new Response(body.bytes, init),
    prepare(count) {
      while (pool.length < count) pool.push(new Response(body.bytes, init));
    },
  };
}

/** With --expose-gc, each client starts its slice on a clean heap instead of collecting the
 * previous client's garbage (its own garbage it still collects, and pays for). */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Never contacted: the stub answers every call. */
export const STUB_BASE_URL = 'http://127.0.0.1:9/api/v1';

/** Process CPU time (user + system, µs) per call over a batch of calls, per round. */
export async function measureStubCpu(
  specs: readonly ClientSpec[],
  body: ListBody,
  options: StubOptions,
): Promise<SpeedResult[]> {
  const stub = createStubFetch(body);
  const calls = new Map<string, Call>();
  for (const spec of specs) {
    const call = spec.make(STUB_BASE_URL, stub.fetch);
    await verify(spec, call, body);
    for (let i = 0; i < options.warmupCalls; i++) await call();
    calls.set(spec.id, call);
  }
  const perRound = new Map<string, number[]>(specs.map((s) => [s.id, []]));
  for (let round = 0; round < options.rounds; round++) {
    for (const spec of rotate(specs, round)) {
      const call = calls.get(spec.id)!;
      stub.prepare(options.callsPerBatch);
      collectGarbage();
      const start = process.cpuUsage();
      for (let i = 0; i < options.callsPerBatch; i++) await call();
      const used = process.cpuUsage(start);
      perRound.get(spec.id)!.push((used.user + used.system) / options.callsPerBatch);
    }
  }
  return summarize(specs, perRound);
}

function summarize(specs: readonly ClientSpec[], perRound: Map<string, number[]>): SpeedResult[] {
  const baseline = perRound.get(RAW_FETCH);
  if (!baseline) throw new Error('raw fetch must be measured as the baseline');
  return specs.map((spec) => {
    const rounds = perRound.get(spec.id)!;
    return {
      id: spec.id,
      label: spec.label,
      diagnostic: spec.diagnostic ?? false,
      us: median(rounds),
      ratio: medianRatio(rounds, baseline),
      rounds,
    };
  });
}
