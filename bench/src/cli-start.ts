/**
 * `pnpm --filter @modelgates/bench bench:cli`: how fast the `modelgates` command starts. Spawns, in
 * interleaved rounds, `node -e ''` (the floor: Node starting and exiting, which prints nothing),
 * `modelgates --help` and `modelgates keys list` against the bench's loopback server, and times from
 * spawn to the first byte on stdout (and to exit). Reports medians and the median of the per-round
 * ratios to `node -e ''`, and rewrites the `cli` block of bench/README.md. Nothing asserts a time.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { API_KEY } from './fixture.js';
import { writeReadmeBlock } from './readme-block.js';
import { startServer, withoutNodeOptions } from './spawn-server.js';
import { median, medianRatio, quantile, rotate } from './stats.js';

const quick = process.env['BENCH_QUICK'] === '1';
const RUNS = quick ? 3 : 25;
const WARMUP = quick ? 1 : 3;
const bin = fileURLToPath(new URL('../../packages/cli/dist/bin.js', import.meta.url));
if (!existsSync(bin))
  throw new Error('packages/cli/dist/bin.js is missing: run `pnpm --filter @modelgates/cli... build`');

interface Case {
  id: string;
  label: string;
  args: string[];
  /** What stdout must contain, so a broken run is not timed as a fast one. */
  expect: string | undefined;
}

const cases: Case[] = [
  {
    id: 'node',
    label: "`node -e ''` (the floor; prints nothing, timed to exit)",
    args: ['-e', ''],
    expect: undefined,
  },
  { id: 'help', label: '`modelgates --help`', args: [bin, '--help'], expect: 'Usage: modelgates' },
  {
    id: 'list',
    label: '`modelgates keys list` (one GET over loopback)',
    args: [bin, 'keys', 'list'],
    expect: 'Production Key',
  },
  // Diagnostics, to split `keys list`'s time: the same GET with raw fetch, and the sdk's import alone.
  {
    id: 'fetch',
    label: '*diagnostic:* raw `fetch` of the same list, body printed',
    args: [
      '-e',
      "fetch(process.env.MODELGATES_BASE_URL + '/keys', { headers: { authorization: 'Bearer ' + process.env.MODELGATES_API_KEY } }).then((r) => r.text()).then((t) => process.stdout.write(t))",
    ],
    expect: 'Production Key',
  },
  {
    id: 'import',
    label: "*diagnostic:* `await import('@modelgates/sdk')`, then a print",
    args: ['--input-type=module', '-e', "await import('@modelgates/sdk'); process.stdout.write('imported')"],
    expect: 'imported',
  },
];
const benchDir = fileURLToPath(new URL('..', import.meta.url));

function runOnce(c: Case, baseUrl: string): Promise<{ first: number; exit: number }> {
  return new Promise((resolve, reject) => {
    const env = {
      ...withoutNodeOptions(process.env),
      MODELGATES_API_KEY: API_KEY,
      MODELGATES_BASE_URL: baseUrl,
    };
    delete (env as Record<string, string | undefined>)['NO_COLOR'];
    const t0 = performance.now();
    const child = spawn(process.execPath, c.args, { cwd: benchDir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let first: number | undefined;
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      first ??= performance.now() - t0;
      out += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('error', reject);
    child.once('close', (code) => {
      const exit = performance.now() - t0;
      if (code !== 0) return reject(new Error(`${c.id} exited ${code}: ${err.slice(0, 300)}`));
      if (c.expect !== undefined && !out.includes(c.expect))
        return reject(new Error(`${c.id}: stdout lacks "${c.expect}"`));
      resolve({ first: first ?? exit, exit });
    });
  });
}

const server = await startServer();
const first = new Map<string, number[]>(cases.map((c) => [c.id, []]));
const exit = new Map<string, number[]>(cases.map((c) => [c.id, []]));
const load = loadavg().map((l) => l.toFixed(2));
try {
  for (const c of cases) for (let i = 0; i < WARMUP; i++) await runOnce(c, server.baseUrl);
  for (let round = 0; round < RUNS; round++) {
    for (const c of rotate(cases, round)) {
      const r = await runOnce(c, server.baseUrl);
      first.get(c.id)!.push(r.first);
      exit.get(c.id)!.push(r.exit);
    }
  }
} finally {
  await server.close();
}

const floor = first.get('node')!;
const ms = (v: number) => `${v.toFixed(0)} ms`;
const rows = cases.map((c) => {
  const f = first.get(c.id)!;
  const ratios = f.map((v, i) => v / floor[i]!);
  return `| ${c.label} | ${ms(median(f))} | ${ms(median(exit.get(c.id)!))} | ${medianRatio(f, floor).toFixed(2)}× (${quantile(ratios, 0.25).toFixed(2)}–${quantile(ratios, 0.75).toFixed(2)}) |`;
});
const pkg = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../packages/cli/package.json', import.meta.url)), 'utf8'),
) as { version: string };
const markdown = `## The CLI's start time

Measured ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')} (\`pnpm --filter @modelgates/bench bench:cli\`) on ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}, \`@modelgates/cli\` ${pkg.version}; load average ${load.join(' / ')} at the start. ${RUNS} interleaved rounds after ${WARMUP} warm-up runs each; medians. "First output" is spawn to the first byte on stdout (\`node -e ''\` prints nothing, so its column is spawn to exit); the ratio is the median of the per-round ratios, with their interquartile range.

| command | first output | exit | first output vs \`node -e ''\` |
|---|---:|---:|---:|
${rows.join('\n')}

\`--help\` never loads \`@modelgates/sdk\` (only commands that call the API import it), so it costs about what Node's own start does. The two diagnostic rows split \`keys list\`: most of its time over \`node -e ''\` is importing \`@modelgates/sdk\` (zod/mini, 92 modules on Node, and the schemas; see the cold-start rows above), not the CLI's own code or the request. Raw fetch's exit column shows the delay the bin avoids: a process that used \`fetch\` waits at exit for V8 to finish optimising fetch's WebAssembly HTTP parser, so \`modelgates\` compiles it with the baseline tier only and exits once its output is flushed (\`packages/cli/src/bin.ts\`).`;

writeReadmeBlock('cli', markdown);
