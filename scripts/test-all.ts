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
  ['build, typecheck, tests', ['exec', 'turbo', 'run', 'build', 'typecheck', 'test', '--concurrency=2']],
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

function tally(line: string): void {
  const plain = line.replace(ansi, '');
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

const before = gitStatus(root);
let ok = true;
for (const [name, args] of steps) {
  const started = Date.now();
  const code = await run(args);
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  results.push(`${code === 0 ? 'ok  ' : 'FAIL'} ${name} (${secs} s)`);
  if (code !== 0) {
    ok = false;
    break;
  }
}
// Also after a failed step: what a broken run leaves behind is worth seeing.
console.log('');
const clean = reportClean(root, before);
results.push(`${clean === 'ok' ? 'ok  ' : clean} the checkout is as clean as a fresh clone`);
if (clean === 'FAIL') ok = false;

console.log(`\nSummary\n${results.map((r) => `  ${r}`).join('\n')}`);
if (!ok && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(ok ? 0 : 1);
