/**
 * The whole test suite (`npm test` / `pnpm test:all`): each step in order, its output streamed,
 * then one summary. Tests counted are those the runners report (vitest's "Tests" lines, the
 * conformance suite's per-runtime lines); the last line is "N passed, N failed".
 *
 * The last step (scripts/check-clean.ts) fails when the run left the checkout different from a
 * fresh clone: a changed tracked file, or an untracked one that is not ignored.
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gitStatus, reportClean } from './check-clean.js';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const steps: [string, string[]][] = [
  ['spec lint', ['run', 'lint:spec']],
  ['spec changes have a changeset', ['run', 'check:spec']],
  ['generated code is fresh', ['run', 'check:generated']],
  ['format', ['run', 'format:check']],
  // --continue: a failed task does not cancel the others, so one CI run names every failure.
  [
    'build, typecheck, tests',
    [
      'exec',
      'turbo',
      'run',
      'build',
      'typecheck',
      'test',
      '--concurrency=2',
      '--continue=dependencies-successful',
    ],
  ],
  // After the build: type-aware lint resolves other workspace packages through their dist types,
  // which a fresh clone has only from here on.
  ['lint', ['run', 'lint']],
  ['second build is a cache hit', ['exec', 'tsx', 'scripts/check-turbo-cache.ts']],
  ['packaging', ['run', 'check:packages']],
  ['size budgets', ['run', 'size']],
];

// eslint-disable-next-line no-control-regex -- ESC starts the ANSI colour codes this strips.
const ansi = /\x1b\[[0-9;]*m/g;
let passed = 0;
let failed = 0;
const results: string[] = [];
/** Every line of output, kept to show why a step failed next to the summary (CI shows the tail). */
const lines: string[] = [];

function tally(line: string): void {
  const plain = line.replace(ansi, '');
  lines.push(plain);
  const vitest = /\bTests\s+(.*)\(\d+\)\s*$/.exec(plain);
  const conformance = /(?:conformance [^:]*|consumer tests|dashboard e2e): (\d+) passed, (\d+) failed/.exec(
    plain,
  );
  if (vitest) {
    passed += Number(/(\d+) passed/.exec(vitest[1]!)?.[1] ?? 0);
    failed += Number(/(\d+) failed/.exec(vitest[1]!)?.[1] ?? 0);
  } else if (conformance) {
    passed += Number(conformance[1]);
    failed += Number(conformance[2]);
  }
}

function run(args: string[]): Promise<number> {
  return new Promise((done) => {
    const child = spawn('pnpm', args, {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      shell: process.platform === 'win32',
    });
    for (const stream of [child.stdout, child.stderr]) {
      let buffer = '';
      stream.on('data', (chunk: Buffer) => {
        (stream === child.stdout ? process.stdout : process.stderr).write(chunk);
        buffer += chunk.toString();
        const lines = buffer.split('\n');
        buffer = lines.pop()!;
        lines.forEach(tally);
      });
      stream.on('end', () => tally(buffer));
    }
    child.on('error', (error) => {
      console.error(`could not run pnpm ${args.join(' ')}: ${error.message}`);
      done(1);
    });
    child.on('close', (code) => done(code ?? 1));
  });
}

/** A failure's first few FAIL, error and assertion lines (each with the two lines after it, which
 * often hold the values compared), and its last lines. */
function tellingLines(own: string[]): string[] {
  const telling = /\bFAIL\b|Error|error TS|assert|expected|Expected|Received|timed? ?out|✗|×/;
  const at = own.flatMap((l, i) => (telling.test(l) ? [i, i + 1, i + 2] : [])).slice(0, 15);
  const last = own.slice(-4).map((_, i) => own.length - 4 + i);
  return [...new Set([...at, ...last])]
    .filter((i) => i >= 0 && i < own.length && own[i]!.trim())
    .sort((a, b) => a - b)
    .map((i) => own[i]!);
}

/**
 * The lines that say why the run failed, repeated at the end, where a CI log's tail shows them:
 * for each task turbo lists as failed, its failure lines (FAIL, errors, assertions) and last lines.
 */
function whyItFailed(from: number): string[] {
  const failedTasks = lines
    .slice(from)
    .filter((l) => /^\s*Failed:\s+\S/.test(l))
    .flatMap((l) => l.replace(/^\s*Failed:\s+/, '').split(/,\s*/))
    .map((task) => `${task.trim().replace('#', ':')}: `);
  const out: string[] = [];
  for (const prefix of new Set(failedTasks)) {
    const own = lines.filter((l) => l.startsWith(prefix)).map((l) => l.slice(prefix.length));
    out.push(`${prefix.slice(0, -2)}:`, ...tellingLines(own).map((l) => `  ${l.slice(0, 300)}`));
  }
  // A step that is not a turbo run: its own telling lines and last lines.
  if (!out.length) out.push(...tellingLines(lines.slice(from)).map((l) => `  ${l.slice(0, 300)}`));
  return out;
}

const before = gitStatus(root);
let ok = true;
let failedFrom = -1;
for (const [name, args] of steps) {
  const started = Date.now();
  const from = lines.length;
  const code = await run(args);
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  results.push(`${code === 0 ? 'ok  ' : 'FAIL'} ${name} (${secs} s)`);
  if (code !== 0) {
    ok = false;
    failedFrom = from;
    break;
  }
}
// Also after a failed step: what a broken run leaves behind is worth seeing.
console.log('');
const clean = reportClean(root, before);
results.push(`${clean === 'ok' ? 'ok  ' : clean} the checkout is as clean as a fresh clone`);
if (clean === 'FAIL') ok = false;

console.log(`\nSummary\n${results.map((r) => `  ${r}`).join('\n')}`);
if (failedFrom >= 0) {
  const why = whyItFailed(failedFrom);
  if (why.length) console.log(`\nWhy it failed\n${why.join('\n')}`);
}
if (!ok && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(ok ? 0 : 1);
