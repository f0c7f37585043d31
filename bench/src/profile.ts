/**
 * Where a client's CPU goes: its stub loop run under V8's sampling profiler (node:inspector, in
 * this process). Each sample goes to the first cost centre, in the order below, that has a frame
 * anywhere on the sample's stack, except between the two @modelgates/sdk centres (the class and
 * our runtime call each other), where the innermost sdk frame decides; shares are then scaled to
 * the client's measured CPU per call (the profiler's own overhead inflates absolute times, not
 * shares).
 */
import { Session } from 'node:inspector/promises';
import type { Call } from './clients.js';

interface CallFrame {
  functionName: string;
  url: string;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
}

interface CostCentre {
  id: string;
  label: string;
  match(frame: CallFrame): boolean;
}

const fileOf = (frame: CallFrame) => frame.url.replace(/^file:\/\//, '');
const isZod = (f: CallFrame) => /\/zod\/v4\//.test(fileOf(f));
const undici = (f: CallFrame, name: string) => f.functionName === name && /undici/.test(f.url);

/** In priority order: a sample inside response validation that allocates counts as validation. */
export const COST_CENTRES: CostCentre[] = [
  { id: 'validation', label: 'zod/mini validation (request and response)', match: isZod },
  {
    id: 'aot-validation',
    label: 'the sdk’s generated validators (`gen/validators.gen.js`, `validators.js`)',
    match: (f) => /\/packages\/sdk\/dist\/(gen\/validators\.gen|validators)\.js$/.test(fileOf(f)),
  },
  {
    id: 'abort-any',
    label: '`AbortSignal.any`',
    match: (f) => f.functionName === 'any' && /abort_controller/.test(f.url),
  },
  {
    id: 'body',
    label: 'reading the body (`text()`)',
    match: (f) => undici(f, 'text') || undici(f, 'consumeBody') || undici(f, 'json'),
  },
  {
    id: 'response',
    label: '`new Response` (a client that copies or wraps one)',
    match: (f) => undici(f, '_Response') || undici(f, 'Response'),
  },
  {
    id: 'request',
    label: '`new Request` (by the client, or by fetch)',
    match: (f) => undici(f, '_Request') || undici(f, 'Request'),
  },
  {
    id: 'abort-controller',
    label: '`new AbortController()` / signals',
    match: (f) => /abort_controller/.test(f.url),
  },
  {
    id: 'headers',
    label: '`Headers` (merging, lookups)',
    match: (f) => /undici/.test(f.url) && /[Hh]eader/.test(f.functionName),
  },
  { id: 'gc', label: 'garbage collection', match: (f) => f.functionName === '(garbage collector)' },
  // Builtins such as JSON.parse have no frame of their own: their time lands on their caller.
  // Between the two sdk centres the innermost sdk frame decides (see INNERMOST): the runtime calls
  // the class's validators, and the class calls the runtime.
  {
    id: 'modelgates',
    label:
      'other work in the `ModelGates` class (`client.js`: `request`, the operation lookup, `APIPromise`)',
    match: (f) => /\/packages\/sdk\/dist\/client\.js$/.test(fileOf(f)),
  },
  {
    id: 'runtime',
    label:
      'other work in our runtime (`runtime/client.js`, the generated `list`: URL, headers, its `JSON.parse`, the attempt loop, awaits)',
    match: (f) => /\/packages\/sdk\/dist\//.test(fileOf(f)),
  },
  { id: 'openapi-fetch', label: 'other work in openapi-fetch', match: (f) => /openapi-fetch/.test(f.url) },
  { id: 'openrouter', label: 'other work in @openrouter/sdk', match: (f) => /@openrouter/.test(f.url) },
  { id: 'rest', label: "the rest (raw fetch's `JSON.parse`, promises, the call loop)", match: () => true },
];

/** Cost centres decided by the innermost matching frame rather than by priority. */
const INNERMOST = new Set(['modelgates', 'runtime'].map((id) => COST_CENTRES.findIndex((c) => c.id === id)));

export type CostProfile = Record<string, number>;

/** Share of samples per cost centre (sums to 1). */
export async function profileCalls(call: Call, calls: number): Promise<CostProfile> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 100 });
    await session.post('Profiler.start');
    for (let i = 0; i < calls; i++) await call();
    const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: Profile };
    return attribute(profile);
  } finally {
    session.disconnect();
  }
}

function attribute(profile: Profile): CostProfile {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const own = (id: number) => COST_CENTRES.findIndex((c) => c.match(nodes.get(id)!.callFrame));
  const memo = new Map<number, number>();
  const centreOf = (id: number): number => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const up = parent.get(id);
    const mine = own(id);
    const above = up === undefined ? COST_CENTRES.length - 1 : centreOf(up);
    // A frame deeper in the stack overrides its callers' sdk centre, never a higher-priority one.
    const value = INNERMOST.has(mine) && INNERMOST.has(above) ? mine : Math.min(mine, above);
    memo.set(id, value);
    return value;
  };
  const counts = new Array<number>(COST_CENTRES.length).fill(0);
  let total = 0;
  for (const id of profile.samples) {
    const frame = nodes.get(id)!.callFrame;
    // Idle time is the process waiting, not the client working.
    if (frame.functionName === '(idle)') continue;
    counts[centreOf(id)]! += 1;
    total += 1;
  }
  return Object.fromEntries(COST_CENTRES.map((c, i) => [c.id, total ? counts[i]! / total : 0]));
}
