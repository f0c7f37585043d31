/**
 * Turns the measurements into bench/README.md's results block (between the `results` markers)
 * and bench/results.json: the side-by-side table, every target met or not, and for each gap the
 * measured pieces that make it up.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Piece } from './breakdown.js';
import { COST_CENTRES, type CostProfile } from './profile.js';
import type { ColdResult } from './cold.js';
import type { ListBody } from './fixture.js';
import type { ModuleGraph, SizeResult } from './size.js';
import type { SpeedResult } from './speed.js';
import { median, quantile } from './stats.js';

const benchDir = fileURLToPath(new URL('..', import.meta.url));
const VERSIONED = [
  '@modelgates/sdk',
  '@modelgates/zod',
  '@modelgates/react-query',
  'zod',
  'openapi-fetch',
  '@openrouter/sdk',
  'esbuild',
];

export interface Environment {
  date: string;
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
  os: string;
  loadAverage: string[];
  commit: string;
  versions: Record<string, string>;
}

export function collectEnvironment(): Environment {
  const versions: Record<string, string> = {};
  for (const name of VERSIONED) {
    const pkg = JSON.parse(readFileSync(`${benchDir}node_modules/${name}/package.json`, 'utf8')) as {
      version: string;
    };
    versions[name] = pkg.version;
  }
  let commit = 'unknown';
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: benchDir,
      encoding: 'utf8',
    }).trim();
    const dirty = execFileSync(
      'git',
      ['status', '--porcelain', '--', '../packages/sdk', '../packages/zod', '../packages/react-query'],
      {
        cwd: benchDir,
        encoding: 'utf8',
      },
    ).trim();
    commit = dirty ? `${head} + uncommitted changes in packages/` : head;
  } catch {
    // Not a git checkout (an unpacked tarball): the versions still say what was measured.
  }
  const cpuList = cpus();
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    cpu: cpuList[0]?.model.trim() ?? 'unknown',
    cores: cpuList.length,
    memoryGb: Math.round(totalmem() / 1e9),
    node: process.version,
    os: `${platform()} ${release()}`,
    loadAverage: loadavg().map((l) => l.toFixed(2)),
    commit,
    versions,
  };
}

export interface Report {
  environment: Environment;
  body: ListBody;
  quick: boolean;
  loopback: SpeedResult[];
  stub: SpeedResult[];
  profiles: Record<string, CostProfile>;
  cold: ColdResult[];
  sizes: SizeResult[];
  graphs: ModuleGraph[];
  pieces: Piece[];
  config: unknown;
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(bytes >= 10_000 ? 1 : 2)} kB`;
const x = (ratio: number) => `${ratio.toFixed(2)}×`;
const us = (value: number) => `${value.toFixed(value >= 100 ? 0 : 1)} µs`;
const signedUs = (value: number) => `${value >= 0 ? '+' : '−'}${us(Math.abs(value))}`;
const ms = (value: number) => `${value.toFixed(0)} ms`;
const signedMs = (value: number) => `${value >= 0 ? '+' : '−'}${ms(Math.abs(value))}`;
const pct = (part: number, whole: number) => `${((part / whole) * 100).toFixed(0)} %`;

function byId<T extends { id: string }>(list: readonly T[], id: string): T {
  const found = list.find((item) => item.id === id);
  if (!found) throw new Error(`no result for ${id}`);
  return found;
}

/** Half the interquartile range of the per-round differences a − b: how much of a step is noise. */
function deltaNoise(list: readonly SpeedResult[], a: string, b: string): number {
  const ra = byId(list, a).rounds;
  const rb = byId(list, b).rounds;
  const d = ra.map((v, i) => v - rb[i]!);
  return (quantile(d, 0.75) - quantile(d, 0.25)) / 2;
}

/** Median over rounds of the per-round difference a − b: both ran in the same round. */
function delta(list: readonly SpeedResult[], a: string, b: string): number {
  const ra = byId(list, a).rounds;
  const rb = byId(list, b).rounds;
  return median(ra.map((v, i) => v - rb[i]!));
}

function spread(list: readonly SpeedResult[], id: string): string {
  const base = byId(list, 'raw-fetch').rounds;
  const ratios = byId(list, id).rounds.map((v, i) => v / base[i]!);
  return `${quantile(ratios, 0.25).toFixed(2)}–${quantile(ratios, 0.75).toFixed(2)}`;
}

interface Target {
  what: string;
  limit: string;
  measured: string;
  met: boolean;
  gap?: string;
}

const MAIN_ROWS: Array<{ id: string; label: string }> = [
  { id: 'raw-fetch', label: 'raw `fetch` + `JSON.parse` (the floor)' },
  { id: 'openapi-fetch', label: 'openapi-fetch' },
  { id: 'heyapi', label: '`@modelgates/sdk` standalone `list`, no validation' },
  { id: 'heyapi-zod', label: '`@modelgates/sdk` standalone `list` + zod/mini validation' },
  { id: 'modelgates', label: '**`@modelgates/sdk` `ModelGates` class** (validation, retries, timeout)' },
  { id: 'openrouter-fn', label: "OpenRouter's `@openrouter/sdk`, standalone function" },
  { id: 'openrouter-class', label: "OpenRouter's `@openrouter/sdk`, class" },
];

const PROFILE_HEADS: Record<string, string> = {
  'raw-fetch': 'raw fetch',
  'openapi-fetch': 'openapi-fetch',
  heyapi: 'standalone, no validation',
  'heyapi-zod': 'standalone + zod/mini',
  modelgates: '`ModelGates`',
};

const COLD_LABELS: Record<string, string> = {
  ...Object.fromEntries(MAIN_ROWS.map((row) => [row.id, row.label.replaceAll('**', '')])),
  'raw-fetch-zod': "raw `fetch` after `import * as z from 'zod/mini'` *(diagnostic)*",
  'raw-fetch-mgzod': 'raw `fetch` after importing `@modelgates/zod` *(diagnostic)*',
};

export function render(r: Report): { markdown: string; targets: Target[] } {
  const { environment: env, loopback, stub, cold, sizes, pieces } = r;
  const size = (id: string) => byId(sizes, id).gzipBytes;
  const lines: string[] = [];
  const push = (...more: string[]) => lines.push(...more);

  push('## Results', '');
  if (r.quick)
    push('> **BENCH_QUICK=1 run: too few rounds to trust. Run `pnpm bench` for real numbers.**', '');
  push(
    `Measured ${env.date} on ${env.cpu}, ${env.cores} cores, ${env.memoryGb} GB, ${env.os}, Node ${env.node}; ` +
      `load average ${env.loadAverage.join(' / ')} at the start (the machine is shared: ratios within a round, ` +
      `medians over rounds). Commit ${env.commit}.`,
    '',
    `Versions: ${Object.entries(env.versions)
      .map(([name, version]) => `\`${name}\` ${version}`)
      .join(', ')}.`,
    '',
    `Response body: the spec's \`GET /keys\` example, three keys, ${r.body.specExampleBytes} bytes as written in ` +
      `spec/openapi.yaml, ${r.body.bytes.byteLength} bytes as served (\`external_user: null\` added to each key, ` +
      `which @openrouter/sdk requires).`,
    '',
  );

  push(
    '### Side by side',
    '',
    '| client | min+gzip, one list call | per-call time vs raw fetch (p50, loopback) | client CPU per call vs raw fetch (fetch stub) | process start to first response vs raw fetch |',
    '|---|---:|---:|---:|---:|',
  );
  for (const row of MAIN_ROWS) {
    const l = byId(loopback, row.id);
    const s = byId(stub, row.id);
    const c = byId(cold, row.id);
    push(
      `| ${row.label} | ${kB(size(row.id))} | ${x(l.ratio)} (${us(l.us)}) | ${x(s.ratio)} (${us(s.us)}) | ${x(c.ratio)} (${ms(c.ms)}) |`,
    );
  }
  const rq = byId(sizes, 'react-query');
  push(
    '',
    `\`@modelgates/react-query\`, one \`useApiKeys\` call with \`ModelGatesProvider\`, react, @tanstack/react-query, ` +
      `@modelgates/sdk, @modelgates/zod and zod external: **${kB(rq.gzipBytes)}** (the whole package: ${kB(size('react-query-all'))}).`,
    '',
    'Absolute times are medians for this machine and this moment only; the ratios are what to compare.',
    '',
  );

  // Targets.
  const mgLoop = byId(loopback, 'modelgates');
  const zLoop = byId(loopback, 'heyapi-zod');
  const mgStub = byId(stub, 'modelgates');
  const zStub = byId(stub, 'heyapi-zod');
  const mgCold = byId(cold, 'modelgates');
  const zCold = byId(cold, 'heyapi-zod');
  const rawLoop = byId(loopback, 'raw-fetch');
  const rawStub = byId(stub, 'raw-fetch');
  const rawCold = byId(cold, 'raw-fetch');

  const sizeGap = (id: string, limit: number) => `${kB(size(id) - limit)} over`;
  const sizeTarget = (what: string, id: string, limit: number): Target => ({
    what,
    limit: `≤ ${limit / 1000} kB`,
    measured: kB(size(id)),
    met: size(id) <= limit,
    gap: sizeGap(id, limit),
  });
  const targets: Target[] = [
    sizeTarget(
      'one operation through the standalone function, request + response validation (zod/mini)',
      'heyapi-zod',
      10_000,
    ),
    sizeTarget('the whole `ModelGates` client', 'modelgates', 14_000),
    sizeTarget('one operation, validation off (standalone `list`)', 'heyapi', 3_000),
    {
      what: 'per-call time, `ModelGates` (p50, loopback)',
      limit: '≤ 1.10× raw fetch',
      measured: `${x(mgLoop.ratio)} (rounds' IQR ${spread(loopback, 'modelgates')})`,
      met: mgLoop.ratio <= 1.1,
      gap: `${signedUs(delta(loopback, 'modelgates', 'raw-fetch'))} per call over raw fetch's ${us(rawLoop.us)}`,
    },
    {
      what: 'per-call time, standalone + zod/mini (p50, loopback)',
      limit: '≤ 1.10× raw fetch',
      measured: `${x(zLoop.ratio)} (rounds' IQR ${spread(loopback, 'heyapi-zod')})`,
      met: zLoop.ratio <= 1.1,
      gap: `${signedUs(delta(loopback, 'heyapi-zod', 'raw-fetch'))} per call over raw fetch's ${us(rawLoop.us)}`,
    },
    {
      what: 'client CPU per call, `ModelGates` (fetch stub)',
      limit: '≤ 1.5× raw fetch',
      measured: `${x(mgStub.ratio)} (${us(mgStub.us)} vs ${us(rawStub.us)})`,
      met: mgStub.ratio <= 1.5,
      gap: `${signedUs(delta(stub, 'modelgates', 'raw-fetch'))} per call`,
    },
    {
      what: 'client CPU per call, standalone + zod/mini (fetch stub)',
      limit: '≤ 1.5× raw fetch',
      measured: `${x(zStub.ratio)} (${us(zStub.us)} vs ${us(rawStub.us)})`,
      met: zStub.ratio <= 1.5,
      gap: `${signedUs(delta(stub, 'heyapi-zod', 'raw-fetch'))} per call`,
    },
    {
      what: 'process start to first response, `ModelGates`',
      limit: '≤ 1.3× raw fetch',
      measured: `${x(mgCold.ratio)} (${ms(mgCold.ms)} vs ${ms(rawCold.ms)})`,
      met: mgCold.ratio <= 1.3,
      gap: signedMs(mgCold.ms - rawCold.ms),
    },
    {
      what: 'process start to first response, standalone + zod/mini',
      limit: '≤ 1.3× raw fetch',
      measured: `${x(zCold.ratio)} (${ms(zCold.ms)} vs ${ms(rawCold.ms)})`,
      met: zCold.ratio <= 1.3,
      gap: signedMs(zCold.ms - rawCold.ms),
    },
    {
      what: '`@modelgates/react-query` on top of the sdk and TanStack, one `useApiKeys` call',
      limit: '≤ 2 kB',
      measured: kB(rq.gzipBytes),
      met: rq.gzipBytes <= 2_000,
      gap: sizeGap('react-query', 2_000),
    },
  ];
  push('### Targets', '', '| target | limit | measured | result |', '|---|---|---|---|');
  for (const t of targets)
    push(`| ${t.what} | ${t.limit} | ${t.measured} | ${t.met ? '✅ met' : `❌ not met (${t.gap})`} |`);
  push('');

  // Where the CPU and the time go.
  const steps: Array<{ label: string; a: string; b: string }> = [
    { label: 'raw fetch handed a `Request` object instead of a URL', a: 'raw-fetch-request', b: 'raw-fetch' },
    {
      label: 'the generated hey-api client (`list` with `createClient`), over the line above',
      a: 'heyapi',
      b: 'raw-fetch-request',
    },
    {
      label:
        '`ModelGates` wrapper (request validation, transport, abort wiring) with `retries: none`, `timeoutMs: 0`, no response validation, over the generated client',
      a: 'modelgates-bare',
      b: 'heyapi',
    },
    {
      label: 'retries and the 60 s timeout on (the defaults), over `retries: none`, `timeoutMs: 0`',
      a: 'modelgates-novalidate',
      b: 'modelgates-bare',
    },
    {
      label: 'response validation (`validateResponses: true`, the default)',
      a: 'modelgates',
      b: 'modelgates-novalidate',
    },
  ];
  push(
    '### Where the time goes',
    '',
    'Each line is the median over rounds of the per-round difference between two clients run in the same round; ' +
      '± is half the interquartile range of those differences (steps within it are noise).',
    '',
    '| step | loopback, per call | fetch stub, CPU per call |',
    '|---|---:|---:|',
    `| raw fetch + \`JSON.parse\` (the floor) | ${us(rawLoop.us)} | ${us(rawStub.us)} |`,
  );
  const step = (list: readonly SpeedResult[], a: string, b: string) =>
    `${signedUs(delta(list, a, b))} ± ${deltaNoise(list, a, b).toFixed(0)}`;
  for (const s of steps) push(`| ${s.label} | ${step(loopback, s.a, s.b)} | ${step(stub, s.a, s.b)} |`);
  push(
    `| = \`ModelGates\` | ${us(mgLoop.us)} (${x(mgLoop.ratio)}) | ${us(mgStub.us)} (${x(mgStub.ratio)}) |`,
    `| *the standalone path instead:* zod/mini request + response validation over the generated client | ${step(loopback, 'heyapi-zod', 'heyapi')} | ${step(stub, 'heyapi-zod', 'heyapi')} |`,
    `| = standalone \`list\` + zod/mini | ${us(zLoop.us)} (${x(zLoop.ratio)}) | ${us(zStub.us)} (${x(zStub.ratio)}) |`,
    '',
    "The same stub loop under V8's sampling profiler: each sample goes to the first cost centre (in the order of the table) " +
      'found anywhere on its stack, and the shares are scaled to the CPU per call measured above (µs per call):',
    '',
  );
  const profiled = Object.keys(r.profiles);
  push(
    `| cost centre | ${profiled.map((id) => PROFILE_HEADS[id] ?? id).join(' | ')} |`,
    `|---|${profiled.map(() => '---:').join('|')}|`,
  );
  for (const centre of COST_CENTRES) {
    const cells = profiled.map((id) => r.profiles[id]![centre.id]! * byId(stub, id).us);
    if (cells.every((c) => c < 0.5)) continue;
    push(`| ${centre.label} | ${cells.map((c) => (c < 0.5 ? '–' : c.toFixed(1))).join(' | ')} |`);
  }
  push(
    `| total (measured) | ${profiled.map((id) => us(byId(stub, id).us)).join(' | ')} |`,
    '',
    "Pieces timed alone, in this process (µs per operation, and as a share of raw fetch's CPU per call with the stub):",
    '',
    '| piece | µs | of raw fetch (stub) |',
    '|---|---:|---:|',
  );
  for (const piece of pieces)
    push(`| ${piece.label} | ${piece.us.toFixed(2)} | ${pct(piece.us, rawStub.us)} |`);
  push('');

  // Where the bytes go.
  const restMg = size('modelgates') - size('zod-all-schemas') - size('heyapi');
  push(
    '### Where the bytes go',
    '',
    'gzip does not add up exactly, so the differences below are approximate; minified bytes per module are exact.',
    '',
    '| part | min+gzip |',
    '|---|---:|',
    `| zod/mini floor: one one-field \`z.object\` | ${kB(size('zod-floor'))} |`,
    `| zod/mini + \`zListData\` + \`zListResponse\` | ${kB(size('zod-schemas'))} |`,
    `| zod/mini + all 13 schemas \`ModelGates\` uses | ${kB(size('zod-all-schemas'))} |`,
    `| generated hey-api client + \`list\` | ${kB(size('heyapi'))} |`,
    `| the same with its server-sent-events client stubbed out | ${kB(size('heyapi-no-sse'))} |`,
    `| standalone \`list\` + zod/mini validation | ${kB(size('heyapi-zod'))} |`,
    `| hand-written \`fetch\` + timeout + the same validation, no generated client | ${kB(size('handwritten-zod'))} |`,
    `| \`ModelGates\` | ${kB(size('modelgates'))} |`,
    `| of which \`ModelGates\`' own code (wrapper, transport, errors, retry), by difference | ≈ ${kB(restMg)} |`,
    '',
  );
  for (const id of ['heyapi', 'modelgates']) {
    const result = byId(sizes, id);
    push(
      `Largest modules in "${result.label}" (${(result.minBytes / 1000).toFixed(1)} kB minified): ` +
        result.inputs
          .slice(0, 10)
          .map((i) => `\`${i.path}\` ${(i.bytes / 1000).toFixed(1)}`)
          .join(', ') +
        '.',
      '',
    );
  }

  // Gaps, in words, with the numbers above.
  const missed = targets.filter((t) => !t.met);
  push('### Gaps', '');
  if (missed.length === 0) push('Every target is met.', '');
  for (const t of missed) push(`- **${t.what}** (${t.limit}): ${t.measured}. ${explain(t, r)}`);
  if (missed.length) push('');

  // Everything measured, diagnostics included.
  push(
    '### All measurements',
    '',
    '| client | loopback p50 | vs raw (IQR over rounds) | stub CPU | vs raw (IQR over rounds) |',
    '|---|---:|---:|---:|---:|',
  );
  for (const l of loopback) {
    const s = byId(stub, l.id);
    push(
      `| ${l.label}${l.diagnostic ? ' *(diagnostic)*' : ''} | ${us(l.us)} | ${x(l.ratio)} (${spread(loopback, l.id)}) | ${us(s.us)} | ${x(s.ratio)} (${spread(stub, l.id)}) |`,
    );
  }
  push(
    '',
    '| cold start | spawn to first response | inside the process (`performance.now()`) | vs raw fetch |',
    '|---|---:|---:|---:|',
  );
  for (const c of cold)
    push(`| ${COLD_LABELS[c.id] ?? c.id} | ${ms(c.ms)} | ${ms(c.inProcessMs)} | ${x(c.ratio)} |`);
  push('', '| `import` on Node (unbundled) | modules | of them locales | source |', '|---|---:|---:|---:|');
  for (const g of r.graphs)
    push(`| \`${g.specifier}\` | ${g.modules} | ${g.localeModules} | ${kB(g.sourceBytes)} |`);
  push('', '| bundle | minified | min+gzip |', '|---|---:|---:|');
  for (const s of sizes) push(`| ${s.label} | ${kB(s.minBytes)} | ${kB(s.gzipBytes)} |`);
  push('', `Settings: \`${JSON.stringify(r.config)}\`.`);
  return { markdown: lines.join('\n'), targets };
}

/** The measured causes behind a missed target, from the same run. */
function explain(t: Target, r: Report): string {
  const size = (id: string) => byId(r.sizes, id).gzipBytes;
  const { loopback, stub } = r;
  if (t.what.startsWith('one operation through the standalone function')) {
    return (
      `zod/mini with the two schemas alone is ${kB(size('zod-schemas'))} (zod's floor for a one-field object ` +
      `${kB(size('zod-floor'))}; \`@modelgates/zod\` brings ${kB(size('zod-all-schemas'))} when all schemas are imported, ` +
      `so the generated module is barely tree-shaken: its top-level \`z.object(...)\` calls carry no \`/* @__PURE__ */\`), ` +
      `and the generated client ${kB(size('heyapi'))}; together ${kB(size('heyapi-zod'))}.`
    );
  }
  if (t.what.startsWith('the whole `ModelGates`')) {
    return (
      `zod/mini and every schema: ${kB(size('zod-all-schemas'))}; the generated client: ${kB(size('heyapi'))}; ` +
      `\`ModelGates\`' own code (wrapper, transport, errors, retry) by difference ≈ ${kB(size('modelgates') - size('zod-all-schemas') - size('heyapi'))}.`
    );
  }
  if (t.what.startsWith('one operation, validation off')) {
    const inputs = byId(r.sizes, 'heyapi').inputs;
    const sse = inputs.find((i) => i.path.includes('serverSentEvents'));
    return (
      `All of it is the generated hey-api client (${(byId(r.sizes, 'heyapi').minBytes / 1000).toFixed(1)} kB minified): ` +
      inputs
        .slice(0, 6)
        .map((i) => `\`${i.path.split('/').pop()}\` ${(i.bytes / 1000).toFixed(1)} kB`)
        .join(', ') +
      (sse
        ? `; the server-sent-events client (${(sse.bytes / 1000).toFixed(1)} kB minified) is kept although no operation streams, ` +
          `because every client object exposes \`.sse\`: without it the bundle is ${kB(size('heyapi-no-sse'))}.`
        : '.')
    );
  }
  if (t.what.startsWith('per-call time') || t.what.startsWith('client CPU')) {
    const list = t.what.startsWith('per-call') ? loopback : stub;
    const id = t.what.includes('`ModelGates`') ? 'modelgates' : 'heyapi-zod';
    const parts =
      id === 'modelgates'
        ? `generated client ${signedUs(delta(list, 'heyapi', 'raw-fetch'))} (of which handing fetch a Request ${signedUs(delta(list, 'raw-fetch-request', 'raw-fetch'))}), ` +
          `wrapper with request validation and abort wiring ${signedUs(delta(list, 'modelgates-bare', 'heyapi'))}, retries + timeout ` +
          `${signedUs(delta(list, 'modelgates-novalidate', 'modelgates-bare'))}, response validation ${signedUs(delta(list, 'modelgates', 'modelgates-novalidate'))}`
        : `generated client ${signedUs(delta(list, 'heyapi', 'raw-fetch'))} (of which handing fetch a Request ${signedUs(delta(list, 'raw-fetch-request', 'raw-fetch'))}), ` +
          `validation ${signedUs(delta(list, 'heyapi-zod', 'heyapi'))}`;
    // What the profiler attributes to this client beyond raw fetch, cost centre by cost centre.
    const centreUs = (client: string, centre: string) =>
      (r.profiles[client]?.[centre] ?? 0) * byId(stub, client).us;
    const added = COST_CENTRES.map((c) => ({
      label: c.label,
      us: centreUs(id, c.id) - centreUs('raw-fetch', c.id),
    }))
      .filter((c) => Math.abs(c.us) >= 1)
      .sort((p, q) => q.us - p.us)
      .map((c) => `${c.label} ${c.us >= 0 ? '+' : '−'}${Math.abs(c.us).toFixed(0)} µs`);
    return (
      `Over raw fetch's ${us(byId(list, 'raw-fetch').us)}: ${parts}. ` +
      `The profiler's cost centres, minus raw fetch's, per call (they add up to the difference; raw fetch's ` +
      `own \`JSON.parse\` sits in "the rest", the generated client's in its own line): ${added.join('; ')}. ` +
      `A hand-written call with the same validation and a timeout signal, no generated client, costs ` +
      `${x(byId(list, 'handwritten-zod').ratio)} here (diagnostic row).`
    );
  }
  if (t.what.startsWith('process start')) {
    const id = t.what.includes('`ModelGates`') ? 'modelgates' : 'heyapi-zod';
    const cold = (name: string) => byId(r.cold, name).ms;
    const zod = r.graphs.find((g) => g.specifier === 'zod/mini');
    const raw = cold('raw-fetch');
    return (
      `${signedMs(cold(id) - raw)} over raw fetch's ${ms(raw)}. Importing zod/mini alone: ${signedMs(cold('raw-fetch-zod') - raw)} ` +
      `(on Node, \`zod/mini\` loads ${zod?.modules} modules, ${zod?.localeModules} of them locales re-exported by every zod entry point); ` +
      `\`@modelgates/zod\`'s schemas on top: ${signedMs(cold('raw-fetch-mgzod') - cold('raw-fetch-zod'))}; the rest of \`@modelgates/sdk\` ` +
      `on top: ${signedMs(cold(id) - cold('raw-fetch-mgzod'))}. The standalone functions pay the same, validation or not ` +
      `(no-validation row: ${x(byId(r.cold, 'heyapi').ratio)}), because the sdk's one entry point also exports \`ModelGates\`, ` +
      `which imports \`@modelgates/zod\`.`
    );
  }
  return '';
}

const START = '<!-- results:start -->';
const END = '<!-- results:end -->';

export function writeReport(r: Report): string {
  const { markdown, targets } = render(r);
  const readmePath = `${benchDir}README.md`;
  const readme = readFileSync(readmePath, 'utf8');
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`bench/README.md lacks the ${START} ... ${END} markers`);
  writeFileSync(readmePath, `${readme.slice(0, start + START.length)}\n${markdown}\n${readme.slice(end)}`);
  const { body: _body, ...rest } = r;
  // The largest modules are enough to see where a bundle's bytes come from.
  const sizes = r.sizes.map((s) => ({ ...s, inputs: s.inputs.slice(0, 15) }));
  const json = {
    ...rest,
    sizes,
    body: { bytes: r.body.bytes.byteLength, specExampleBytes: r.body.specExampleBytes },
    targets,
  };
  writeFileSync(`${benchDir}results.json`, `${JSON.stringify(json, null, 2)}\n`);
  return readmePath;
}
