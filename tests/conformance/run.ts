/**
 * Runs the conformance suite (suite/) against the built @modelgates/sdk on every runtime we claim:
 * Node 20 (this process's Node), Node 22, Node 24, Bun, Deno, headless Chromium and workerd.
 *
 * Starts Prism and the chaos server on 127.0.0.1, runs one leg per runtime in turn, prints a line
 * per runtime and the aggregate `N passed, N failed` last, says whether the runtime table in the
 * root README still matches (rewriting it with `--write-readme`), and exits 1 if any case on any
 * runtime failed.
 *
 *   pnpm --filter @modelgates/conformance test                 # every runtime; the README is left alone
 *   pnpm --filter @modelgates/conformance test --write-readme  # every runtime; rewrites the README's table
 *   pnpm --filter @modelgates/conformance test deno node22     # only these legs
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  exampleHash,
  exampleWorkspace,
  repoRoot,
  requestExample,
  responseExample,
  startPrism,
  testApiKey,
} from '@modelgates/test-utils';
import { startChaos } from './harness/chaos.js';
import { type Leg, type LegOutcome, legs } from './harness/legs.js';
import { type LegSummary, renderTable, syncRuntimeTable } from './harness/readme.js';
import type { Examples } from './suite/suite.js';

/** A leg normally takes a few seconds; past this it is stopped and reported as failed. */
const LEG_TIMEOUT_MS = 90_000;

const examples = {
  currentKey: responseExample('/key', 'get', 200),
  list: responseExample('/keys', 'get', 200),
  createRequest: requestExample('/keys', 'post'),
  created: responseExample('/keys', 'post', 201),
  key: responseExample('/keys/{hash}', 'get', 200),
  updateRequest: requestExample('/keys/{hash}', 'patch'),
  updated: responseExample('/keys/{hash}', 'patch', 200),
  deleted: responseExample('/keys/{hash}', 'delete', 200),
  hash: exampleHash,
  workspaceId: exampleWorkspace,
} as Examples;

const args = process.argv.slice(2);
const writeReadme = args.includes('--write-readme');
const only = args.filter((arg) => arg !== '--write-readme');
const unknown = only.filter((id) => !legs.some((leg) => leg.id === id));
if (unknown.length) {
  console.error(`unknown runtime ${unknown.join(', ')}; choose from ${legs.map((l) => l.id).join(', ')}`);
  process.exit(2);
}
const selected = only.length ? legs.filter((leg) => only.includes(leg.id)) : legs;

for (const pkg of ['sdk', 'zod']) {
  if (!existsSync(join(repoRoot, 'packages', pkg, 'dist', 'index.js'))) {
    console.error(`packages/${pkg}/dist is missing: the suite runs the built package. Run pnpm build first.`);
    process.exit(2);
  }
}

/**
 * A leg that ran somewhere else than it claims proves nothing about its runtime. A Worker only
 * knows it is 'Cloudflare-Workers', and Chrome's user agent gives its major version alone.
 */
function ranWhereClaimed(leg: Leg, version: string, ran: { name: string; version: string }): boolean {
  if (ran.name !== leg.runtime) return false;
  if (leg.runtime === 'workerd') return true;
  if (leg.runtime === 'chromium') return ran.version.split('.')[0] === version.split('.')[0];
  return ran.version === version;
}

async function runLeg(leg: Leg, prismUrl: string, chaosUrl: string): Promise<LegOutcome> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new Error(`stopped after ${LEG_TIMEOUT_MS / 1000} s`));
    }, LEG_TIMEOUT_MS);
  });
  const config = { prismUrl, chaosUrl: `${chaosUrl}/s/${leg.id}`, apiKey: testApiKey, examples };
  try {
    return await Promise.race([leg.run(config, controller.signal), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const [prism, chaos] = await Promise.all([startPrism(), startChaos(examples.list)]);
const summaries: LegSummary[] = [];
const failedLegs: string[] = [];
try {
  for (const leg of selected) {
    const started = performance.now();
    let summary: LegSummary;
    const problems: string[] = [];
    try {
      const { version, report, notes = [] } = await runLeg(leg, prism.url, chaos.url);
      const failed = report.results.filter((r) => !r.ok);
      for (const r of failed) problems.push(`${r.name}: ${r.error}`);
      const mismatch = !ranWhereClaimed(leg, version, report.runtime);
      if (mismatch)
        problems.push(
          `expected ${leg.runtime} ${version}, but the suite ran on ${report.runtime.name} ${report.runtime.version}`,
        );
      if (failed.length) problems.push(...notes.map((n) => `(${n})`));
      summary = {
        label: leg.label,
        version,
        passed: report.results.length - failed.length,
        failed: failed.length + (mismatch ? 1 : 0),
        ms: performance.now() - started,
      };
    } catch (error) {
      problems.push(`did not complete: ${error instanceof Error ? error.message : String(error)}`);
      summary = { label: leg.label, version: '?', passed: 0, failed: 1, ms: performance.now() - started };
    }
    summaries.push(summary);
    const seconds = (summary.ms / 1000).toFixed(1);
    console.log(
      `conformance ${leg.id} ${summary.version}: ${summary.passed} passed, ${summary.failed} failed (${seconds} s)`,
    );
    for (const p of problems) console.log(`  ✗ [${leg.id}] ${p.replaceAll('\n', '\n    ')}`);
    if (summary.failed) failedLegs.push(leg.id);
  }
} finally {
  await Promise.all([prism.stop(), chaos.close()]);
}

// Only a run of every runtime describes the project; a partial run does not look at the table.
if (selected === legs) {
  const readme = join(repoRoot, 'README.md');
  const table = syncRuntimeTable(readme, summaries, writeReadme);
  if (table === 'missing') console.log(`(no runtimes block in ${readme}; table not written)`);
  else if (table === 'written') console.log(`Runtime table in ${readme} rewritten.`);
  else if (table === 'current') console.log("The README's runtime table matches this run.");
  else
    console.log(
      `The README's runtime table differs from this run (left alone; \`--write-readme\` rewrites it):\n${renderTable(summaries)}`,
    );
} else if (writeReadme) {
  console.log('(--write-readme needs a run of every runtime; table not written)');
}
if (failedLegs.length) console.log(`conformance failed on: ${failedLegs.join(', ')}`);
const passed = summaries.reduce((n, s) => n + s.passed, 0);
const failed = summaries.reduce((n, s) => n + s.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
