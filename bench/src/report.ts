/**
 * Turns the measurements into bench/README.md's results block (between the `results` markers)
 * and bench/results.json: the side-by-side table, issue 22's targets met or not, the run before
 * issue 22 beside this one, and for each gap the measured pieces that make it up.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Piece } from './breakdown.js';
import { COST_CENTRES, type CostProfile } from './profile.js';
import { COLD_BUNDLE_OPTIONS, type ColdForm, type ColdResult } from './cold.js';
import type { ListBody } from './fixture.js';
import { type ModuleGraph, partsOf, SIZE_PARTS, type SizeResult } from './size.js';
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
  baseline: Baseline;
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

/** The run before issue 22's validators (bench/baseline-issue-22.json), printed beside this one. */
interface Baseline {
  measured: string;
  commit: string;
  node: string;
  clients: Record<
    string,
    {
      oldId: string;
      loopback?: { us: number; ratio: number };
      stub?: { us: number; ratio: number };
      cold?: { ms: number; ratio: number };
      bundled?: { ms: number; ratio: number };
      size?: { minBytes: number; gzipBytes: number };
    }
  >;
  /** Issue 22's "now" column, per target id. */
  targets: Record<string, string>;
}

export function loadBaseline(): Baseline {
  return JSON.parse(readFileSync(`${benchDir}baseline-issue-22.json`, 'utf8')) as Baseline;
}

interface Target {
  id: string;
  what: string;
  previous: string;
  limit: string;
  measured: string;
  met: boolean;
  gap?: string;
}

const MAIN_ROWS: Array<{ id: string; label: string }> = [
  { id: 'raw-fetch', label: 'raw `fetch` + `JSON.parse` (the floor)' },
  {
    id: 'floor-zod',
    label: 'raw `fetch` + zod/mini validation + `AbortController` timeout (the floor with validation)',
  },
  { id: 'openapi-fetch', label: 'openapi-fetch' },
  { id: 'standalone', label: '`@modelgates/sdk` standalone `list`, no validation' },
  { id: 'standalone-validated', label: '`@modelgates/sdk` standalone `list` + validation' },
  { id: 'modelgates', label: '**`@modelgates/sdk` `ModelGates` class** (validation, retries, timeout)' },
  { id: 'openrouter-fn', label: "OpenRouter's `@openrouter/sdk`, standalone function" },
  { id: 'openrouter-class', label: "OpenRouter's `@openrouter/sdk`, class" },
];

const PROFILE_HEADS: Record<string, string> = {
  'raw-fetch': 'raw fetch',
  'floor-zod': 'floor with validation',
  'openapi-fetch': 'openapi-fetch',
  standalone: 'standalone, no validation',
  'standalone-validated': 'standalone + validation',
  modelgates: '`ModelGates`',
};

const COLD_LABELS: Record<string, string> = {
  ...Object.fromEntries(MAIN_ROWS.map((row) => [row.id, row.label.replaceAll('**', '')])),
  'raw-fetch-zod': "raw `fetch` after `import * as z from 'zod/mini'` *(diagnostic)*",
  'raw-fetch-mgzod': 'raw `fetch` after importing `@modelgates/zod` *(diagnostic)*',
};

function coldOf(list: readonly ColdResult[], id: string, form: ColdForm): ColdResult {
  const found = list.find((c) => c.id === id && c.form === form);
  if (!found) throw new Error(`no ${form} cold start for ${id}`);
  return found;
}

const bundleHow = () =>
  `esbuild ${COLD_BUNDLE_OPTIONS.bundle ? 'bundle' : 'no bundle'}, platform ${COLD_BUNDLE_OPTIONS.platform}, format ` +
  `${COLD_BUNDLE_OPTIONS.format}, target ${COLD_BUNDLE_OPTIONS.target}, minify ${COLD_BUNDLE_OPTIONS.minify ? 'on' : 'off'}`;

const minKB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

export function render(r: Report): { markdown: string; targets: Target[] } {
  const { environment: env, loopback, stub, cold, sizes, pieces } = r;
  const base = r.baseline;
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
    '| client | min+gzip, one list call | per-call time vs raw fetch (p50, loopback) | client CPU per call vs raw fetch (fetch stub) | process start to first response vs raw fetch (unbundled Node) | process start to first response, bundled (esbuild, Node), vs bundled raw fetch |',
    '|---|---:|---:|---:|---:|---:|',
  );
  for (const row of MAIN_ROWS) {
    const l = byId(loopback, row.id);
    const s = byId(stub, row.id);
    const c = coldOf(cold, row.id, 'unbundled');
    const b = coldOf(cold, row.id, 'bundled');
    push(
      `| ${row.label} | ${kB(size(row.id))} | ${x(l.ratio)} (${us(l.us)}) | ${x(s.ratio)} (${us(s.us)}) | ${x(c.ratio)} (${ms(c.ms)}) | ${x(b.ratio)} (${ms(b.ms)}) |`,
    );
  }
  const rq = byId(sizes, 'react-query');
  push(
    '',
    'The floor with validation: raw `fetch` with `zListData.parse(input)` before, `zListResponse.parse(JSON.parse(text))` ' +
      'after (`@modelgates/zod`, zod/mini) and a 60 s `AbortController` timeout; what a client that validates and times ' +
      `out cannot go below. Bundled: the same cold/*.mjs apps bundled into one file each (${bundleHow()}), written to a ` +
      'temporary directory and spawned the same way, interleaved with the unbundled runs.',
    '',
    `\`@modelgates/react-query\`, one \`useApiKeys\` call with \`ModelGatesProvider\`, react, @tanstack/react-query, ` +
      `@modelgates/sdk, @modelgates/zod and zod external: **${kB(rq.gzipBytes)}** (the whole package: ${kB(size('react-query-all'))}).`,
    '',
    'Absolute times are medians for this machine and this moment only; the ratios are what to compare.',
    '',
  );

  // Targets: issue 22's, as ratios within this run.
  const rawLoop = byId(loopback, 'raw-fetch');
  const rawStub = byId(stub, 'raw-fetch');
  const rawCold = coldOf(cold, 'raw-fetch', 'unbundled');
  const mgCold = coldOf(cold, 'modelgates', 'unbundled');
  const previous = (id: string) => base.targets[id] ?? '–';

  const sizeTarget = (id: string, what: string, client: string, limit: number, note = ''): Target => ({
    id,
    what,
    previous: previous(id),
    limit: `≤ ${limit / 1000} kB${note}`,
    measured: kB(size(client)),
    met: size(client) <= limit,
    gap: `${kB(size(client) - limit)} over`,
  });
  const ratioTarget = (
    id: string,
    what: string,
    list: readonly SpeedResult[],
    client: string,
    limit: number,
    note = '',
  ): Target => {
    const result = byId(list, client);
    const raw = byId(list, 'raw-fetch');
    return {
      id,
      what,
      previous: previous(id),
      limit: `≤ ${limit.toFixed(2)}×${note}`,
      measured: `${x(result.ratio)} (${us(result.us)} vs ${us(raw.us)}; rounds' IQR ${spread(list, client)})`,
      met: result.ratio <= limit,
      gap:
        `${signedUs(delta(list, client, 'raw-fetch'))} per call over raw fetch; ` +
        `${limit.toFixed(2)}× allows ${signedUs((limit - 1) * raw.us)}`,
    };
  };
  const coldTarget = (
    id: string,
    what: string,
    result: ColdResult,
    raw: ColdResult,
    limit: number,
    note = '',
  ): Target => ({
    id,
    what,
    previous: previous(id),
    limit: `≤ ${limit.toFixed(2)}×${note}`,
    measured: `${x(result.ratio)} (${ms(result.ms)} vs ${ms(raw.ms)})`,
    met: result.ratio <= limit,
    gap: `${signedMs(result.ms - raw.ms)}; ${limit.toFixed(2)}× allows ${signedMs((limit - 1) * raw.ms)}`,
  });
  const targets: Target[] = [
    sizeTarget('size-modelgates', '`ModelGates` with response validation on, min+gzip', 'modelgates', 8_000),
    sizeTarget('size-standalone-validated', 'standalone `list` + validation', 'standalone-validated', 6_000),
    sizeTarget(
      'size-standalone',
      'standalone `list`, no validation (unchanged features)',
      'standalone',
      4_000,
      ` (openapi-fetch: ${kB(size('openapi-fetch'))})`,
    ),
    ratioTarget('cpu-modelgates', '`ModelGates` client CPU per call (stub)', stub, 'modelgates', 1.3),
    ratioTarget('loopback-modelgates', '`ModelGates` per call, loopback p50', loopback, 'modelgates', 1.12),
    coldTarget('cold-modelgates', 'unbundled start to first response, `ModelGates`', mgCold, rawCold, 1.15),
  ];
  push(
    '### Targets',
    '',
    'Issue 22\'s targets, measured on the built dist, as ratios within this run. "Previous" is the issue\'s "now" ' +
      'column (zod/mini validation, over two runs). The CLI start target is measured by `bench:cli` (its section below).',
    '',
    '| what | previous | target | measured | result |',
    '|---|---|---|---|---|',
  );
  for (const t of targets)
    push(
      `| ${t.what} | ${t.previous} | ${t.limit} | ${t.measured} | ${t.met ? '✅ met' : `❌ not met (${t.gap})`} |`,
    );
  push('');

  // Before and after.
  push(
    '### Before and after (issue 22)',
    '',
    `Before: the run of ${base.measured} (commit ${base.commit}, Node ${base.node}), when the sdk validated with ` +
      'zod/mini (`@modelgates/zod`), from `bench/baseline-issue-22.json`; after: this run, with the generated validators. Different days and load: compare ' +
      "ratios (each to raw fetch in its own run); raw fetch's row gives the absolute times. openapi-fetch and " +
      '@openrouter/sdk did not change, so their rows show how much a ratio moves between runs by itself. The ' +
      'standalone rows now import `@modelgates/sdk/functions` (and `/validators`) on Node; before, the one entry.',
    '',
    '| client | min+gzip | per-call vs raw fetch (loopback) | CPU per call vs raw fetch (stub) | process start vs raw fetch (unbundled) | the same, bundled |',
    '|---|---:|---:|---:|---:|---:|',
  );
  const arrow = (before: string | undefined, after: string) => `${before ?? '–'} → ${after}`;
  for (const row of MAIN_ROWS) {
    const before = base.clients[row.id];
    const l = byId(loopback, row.id);
    const s = byId(stub, row.id);
    const c = coldOf(cold, row.id, 'unbundled');
    const b = coldOf(cold, row.id, 'bundled');
    const raw = row.id === 'raw-fetch';
    push(
      `| ${row.label} | ${arrow(before?.size && kB(before.size.gzipBytes), kB(size(row.id)))} | ` +
        (raw
          ? `${arrow(before?.loopback && us(before.loopback.us), us(l.us))} | ${arrow(before?.stub && us(before.stub.us), us(s.us))} | ` +
            `${arrow(before?.cold && ms(before.cold.ms), ms(c.ms))} | ${arrow(before?.bundled && ms(before.bundled.ms), ms(b.ms))} |`
          : `${arrow(before?.loopback && x(before.loopback.ratio), x(l.ratio))} | ${arrow(before?.stub && x(before.stub.ratio), x(s.ratio))} | ` +
            `${arrow(before?.cold && x(before.cold.ratio), x(c.ratio))} | ${arrow(before?.bundled && x(before.bundled.ratio), x(b.ratio))} |`),
    );
  }
  push('');

  // Where the CPU and the time go.
  const steps: Array<{ label: string; a: string; b: string } | { total: string; id: string }> = [
    {
      label:
        "our runtime: the standalone `list` on `createClient({ timeoutMs: 0, retries: { strategy: 'none' } })`, no validation, over raw fetch",
      a: 'standalone-bare',
      b: 'raw-fetch',
    },
    {
      label:
        'the `ModelGates` class on the same runtime settings (`retries: none`, `timeoutMs: 0`, no response validation): request validation, `request()`, `APIPromise`, the request id',
      a: 'modelgates-bare',
      b: 'standalone-bare',
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
    { total: '= `ModelGates`', id: 'modelgates' },
    {
      label:
        "*the standalone path instead:* retries and the 60 s timeout on (`createClient`'s defaults), over the bare runtime",
      a: 'standalone',
      b: 'standalone-bare',
    },
    { total: '= standalone `list`, no validation', id: 'standalone' },
    {
      label: 'request + response validation around it (the generated validators)',
      a: 'standalone-validated',
      b: 'standalone',
    },
    { total: '= standalone `list` + validation', id: 'standalone-validated' },
    {
      label:
        '*the floor with validation:* zod/mini request + response validation and a 60 s `AbortController` timeout, over raw fetch',
      a: 'floor-zod',
      b: 'raw-fetch',
    },
    { total: '= the floor with validation', id: 'floor-zod' },
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
  for (const s of steps) {
    if ('total' in s) {
      const l = byId(loopback, s.id);
      const c = byId(stub, s.id);
      push(`| ${s.total} | ${us(l.us)} (${x(l.ratio)}) | ${us(c.us)} (${x(c.ratio)}) |`);
    } else push(`| ${s.label} | ${step(loopback, s.a, s.b)} | ${step(stub, s.a, s.b)} |`);
  }
  push(
    '',
    "The same stub loop under V8's sampling profiler: each sample goes to the first cost centre (in the order of the table) " +
      'found anywhere on its stack, except that between the two `@modelgates/sdk` centres the innermost sdk frame decides ' +
      "(the class calls the runtime, the runtime calls the class's validators); the shares are scaled to the CPU per call " +
      'measured above (µs per call):',
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
    `| the floor with validation: raw \`fetch\` + timeout + the same two schemas | ${kB(size('floor-zod'))} |`,
    `| our runtime + \`list\` (standalone, no validation) | ${kB(size('standalone'))} |`,
    `| standalone \`list\` + validation (the generated validators) | ${kB(size('standalone-validated'))} |`,
    `| of which \`list\`'s validators and \`validation()\`, by difference | ≈ ${kB(size('standalone-validated') - size('standalone'))} |`,
    `| \`ModelGates\` | ${kB(size('modelgates'))} |`,
    `| of which the runtime and the generated \`list\` (the standalone bundle) | ${kB(size('standalone'))} |`,
    `| of which the rest (the class, the registry's routes, all operations' validators), by difference | ≈ ${kB(size('modelgates') - size('standalone'))} |`,
    '',
    "Minified bytes per part, from esbuild's metafile (exact; a module goes to the first part that matches):",
    '',
  );
  const partBundles = ['floor-zod', 'standalone', 'standalone-validated', 'modelgates'];
  const parts = Object.fromEntries(partBundles.map((id) => [id, partsOf(byId(sizes, id))]));
  push(
    `| part | ${partBundles.map((id) => MAIN_ROWS.find((m) => m.id === id)!.label.replaceAll('**', '')).join(' | ')} |`,
    `|---|${partBundles.map(() => '---:').join('|')}|`,
  );
  for (const part of SIZE_PARTS) {
    const cells = partBundles.map((id) => parts[id]![part.id]!);
    if (cells.every((c) => c === 0)) continue;
    push(`| ${part.label} | ${cells.map((c) => (c === 0 ? '–' : minKB(c))).join(' | ')} |`);
  }
  push(
    `| total minified | ${partBundles.map((id) => minKB(byId(sizes, id).minBytes)).join(' | ')} |`,
    `| min+gzip | ${partBundles.map((id) => kB(size(id))).join(' | ')} |`,
    '',
  );
  for (const id of ['standalone', 'modelgates']) {
    const result = byId(sizes, id);
    push(
      `Largest modules in "${result.label}" (${minKB(result.minBytes)} minified): ` +
        result.inputs
          .filter((i) => i.path.includes('/'))
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
  for (const t of missed)
    push(`- **${t.what}**: target ${t.limit}, measured ${t.measured}. ${explain(t, r)}`);
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
    `| cold start | unbundled: spawn to first response | inside the process (\`performance.now()\`) | vs raw fetch | bundled (${bundleHow()}): spawn to first response | inside the process | vs bundled raw fetch | bundle |`,
    '|---|---:|---:|---:|---:|---:|---:|---:|',
  );
  for (const c of cold.filter((c) => c.form === 'unbundled')) {
    const b = coldOf(cold, c.id, 'bundled');
    push(
      `| ${COLD_LABELS[c.id] ?? c.id} | ${ms(c.ms)} | ${ms(c.inProcessMs)} | ${x(c.ratio)} | ${ms(b.ms)} | ${ms(b.inProcessMs)} | ${x(b.ratio)} | ${kB(b.bundleBytes ?? 0)} |`,
    );
  }
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
  const piece = (id: string) => r.pieces.find((p) => p.id === id)?.us;
  const { loopback, stub } = r;
  const moduleList = (id: string, count: number) =>
    byId(r.sizes, id)
      .inputs.filter((i) => i.path.includes('/'))
      .slice(0, count)
      .map((i) => `\`${i.path.replace(/^packages\/sdk\/dist\//, '')}\` ${minKB(i.bytes)}`)
      .join(', ');

  if (t.id === 'size-modelgates' || t.id === 'size-standalone-validated') {
    const id = t.id === 'size-modelgates' ? 'modelgates' : 'standalone-validated';
    const result = byId(r.sizes, id);
    const p = partsOf(result);
    const sdkParts = SIZE_PARTS.filter((part) => p[part.id]! > 0)
      .sort((a, b) => p[b.id]! - p[a.id]!)
      .map((part) => `${part.short} ${minKB(p[part.id]!)}`)
      .join(', ');
    return (
      `Minified (${minKB(result.minBytes)}, exact): ${sdkParts}. Gzipped, by difference: the standalone runtime ` +
      `with \`list\` ${kB(size('standalone'))}, the rest ≈ ${kB(size(id) - size('standalone'))}.`
    );
  }
  if (t.id === 'size-standalone') {
    const result = byId(r.sizes, 'standalone');
    const p = partsOf(result);
    const openapi = byId(r.sizes, 'openapi-fetch');
    return (
      `All of it is our runtime and what it imports (${minKB(result.minBytes)} minified): ${moduleList('standalone', 8)}. ` +
      `Retry policy and typed errors, which openapi-fetch does not have, are ${minKB(p['retry']! + p['errors']!)} of it. ` +
      `openapi-fetch: ${kB(openapi.gzipBytes)} (${minKB(openapi.minBytes)} minified).`
    );
  }
  if (t.id === 'cpu-modelgates' || t.id === 'loopback-modelgates') {
    const list = t.id === 'loopback-modelgates' ? loopback : stub;
    const d = (a: string, b: string) => signedUs(delta(list, a, b));
    const parts =
      `our runtime with retries and the timeout off (standalone \`list\`, \`timeoutMs: 0\`, \`retries: none\`) ` +
      `${d('standalone-bare', 'raw-fetch')}, the \`ModelGates\` class on it (request validation, \`request()\`, ` +
      `\`APIPromise\`, the request id) ${d('modelgates-bare', 'standalone-bare')}, retries + the 60 s timeout ` +
      `${d('modelgates-novalidate', 'modelgates-bare')}, response validation ${d('modelgates', 'modelgates-novalidate')}`;
    // What the profiler attributes to this client beyond raw fetch, cost centre by cost centre.
    const centreUs = (client: string, centre: string) =>
      (r.profiles[client]?.[centre] ?? 0) * byId(stub, client).us;
    const added = COST_CENTRES.map((c) => ({
      label: c.label,
      us: centreUs('modelgates', c.id) - centreUs('raw-fetch', c.id),
    }))
      .filter((c) => Math.abs(c.us) >= 1)
      .sort((p, q) => q.us - p.us)
      .map((c) => `${c.label} ${c.us >= 0 ? '+' : '−'}${Math.abs(c.us).toFixed(0)} µs`);
    const stop = piece('attempt-stop');
    return (
      `Over raw fetch's ${us(byId(list, 'raw-fetch').us)}: ${parts}. ` +
      `The floor with validation costs ${x(byId(list, 'floor-zod').ratio)} here (${d('floor-zod', 'raw-fetch')}), so ` +
      `\`ModelGates\` spends ${d('modelgates', 'floor-zod')} per call beyond validating and timing out the same call. ` +
      `The profiler's cost centres (stub loop), minus raw fetch's, per call (they add up to the CPU difference; raw ` +
      `fetch's own \`JSON.parse\` sits in "the rest", the runtime's in its own line): ${added.join('; ')}.` +
      (stop === undefined
        ? ''
        : ` The runtime's per-attempt timeout and abort machinery timed alone: ${us(stop)} (pieces table).`)
    );
  }
  if (t.id === 'cold-modelgates') {
    const c = (name: string) => coldOf(r.cold, name, 'unbundled');
    const graph = (specifier: string) => r.graphs.find((g) => g.specifier === specifier);
    const sdk = graph('@modelgates/sdk');
    const fns = graph('@modelgates/sdk/functions');
    const raw = c('raw-fetch').ms;
    return (
      `${signedMs(c('modelgates').ms - raw)} over raw fetch's ${ms(raw)}. \`@modelgates/sdk\` loads ` +
      `${sdk?.modules} modules (${minKB(sdk?.sourceBytes ?? 0)} of source, no zod), \`@modelgates/sdk/functions\` ` +
      `${fns?.modules}; the standalone \`list\` from it starts in ${x(c('standalone').ratio)}, with validation in ` +
      `${x(c('standalone-validated').ratio)}; openapi-fetch (one module) in ${x(c('openapi-fetch').ratio)}. Bundled ` +
      `(one file, nothing to resolve), \`ModelGates\` starts in ${x(coldOf(r.cold, 'modelgates', 'bundled').ratio)}.`
    );
  }
  if (t.id === 'cold-bundled-modelgates') {
    const c = (name: string) => coldOf(r.cold, name, 'bundled');
    const raw = c('raw-fetch');
    return (
      `${signedMs(c('modelgates').ms - raw.ms)} over bundled raw fetch's ${ms(raw.ms)}; the bundle is ` +
      `${kB(c('modelgates').bundleBytes ?? 0)} of JavaScript for Node to compile and run (raw fetch's: ` +
      `${kB(raw.bundleBytes ?? 0)}). Bundled, zod/mini alone costs ${signedMs(c('raw-fetch-zod').ms - raw.ms)}, ` +
      `zod/mini with \`@modelgates/zod\` ${signedMs(c('raw-fetch-mgzod').ms - raw.ms)} ` +
      `(${kB(c('raw-fetch-mgzod').bundleBytes ?? 0)}); the floor with validation starts in ${x(c('floor-zod').ratio)}, ` +
      `the standalone \`list\` without validation (${kB(c('standalone').bundleBytes ?? 0)}, zod tree-shaken away) in ` +
      `${x(c('standalone').ratio)}.`
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
  // The baseline has its own file (baseline-issue-22.json).
  const { body: _body, baseline: _baseline, ...rest } = r;
  // The largest modules and the parts are enough to see where a bundle's bytes come from.
  const sizes = r.sizes.map((s) => ({ ...s, parts: partsOf(s), inputs: s.inputs.slice(0, 15) }));
  const json = {
    ...rest,
    sizes,
    body: { bytes: r.body.bytes.byteLength, specExampleBytes: r.body.specExampleBytes },
    targets,
  };
  writeFileSync(`${benchDir}results.json`, `${JSON.stringify(json, null, 2)}\n`);
  return readmePath;
}
