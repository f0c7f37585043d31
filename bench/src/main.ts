/**
 * `pnpm bench`: measures speed and size of the built packages against raw fetch, openapi-fetch and
 * @openrouter/sdk, then rewrites the results block of bench/README.md (and bench/results.json).
 * BENCH_QUICK=1 runs a few rounds only, to try the harness; its numbers are not meant to be kept.
 */
import { existsSync } from 'node:fs';
import { stop as stopEsbuild } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { measurePieces } from './breakdown.js';
import { clients } from './clients.js';
import { type CostProfile, profileCalls } from './profile.js';
import { measureCold } from './cold.js';
import { loadListBody } from './fixture.js';
import { collectEnvironment, loadBaseline, writeReport } from './report.js';
import { GRAPH_SPECIFIERS, measureModuleGraph, measureSizes } from './size.js';
import { startServer } from './spawn-server.js';
import { createStubFetch, measureLoopback, measureStubCpu, STUB_BASE_URL } from './speed.js';

const quick = process.env['BENCH_QUICK'] === '1';
const config = quick
  ? {
      loopback: { rounds: 3, callsPerRound: 30, warmupCalls: 30 },
      stub: { rounds: 3, callsPerBatch: 200, warmupCalls: 200 },
      cold: { runs: 2, warmupRuns: 1 },
      pieces: { iterations: 2_000, rounds: 3 },
      profileCalls: 1_000,
    }
  : {
      loopback: { rounds: 20, callsPerRound: 200, warmupCalls: 300 },
      stub: { rounds: 12, callsPerBatch: 2_000, warmupCalls: 2_000 },
      cold: { runs: 15, warmupRuns: 2 },
      pieces: { iterations: 10_000, rounds: 7 },
      profileCalls: 8_000,
    };

/** The clients whose CPU is attributed to cost centres by the sampling profiler. */
const PROFILED = [
  'raw-fetch',
  'floor-zod',
  'openapi-fetch',
  'standalone',
  'standalone-validated',
  'modelgates',
];

/** The clients whose cold start is measured, unbundled and bundled with esbuild for Node: one
 * file each in cold/ (the first is the baseline; the last two are raw fetch after importing
 * zod/mini, and @modelgates/zod, to price imports). */
const COLD = [...PROFILED, 'openrouter-fn', 'openrouter-class', 'raw-fetch-zod', 'raw-fetch-mgzod'];

for (const pkg of ['sdk', 'zod', 'react-query']) {
  const dist = fileURLToPath(new URL(`../../packages/${pkg}/dist/index.js`, import.meta.url));
  if (!existsSync(dist)) {
    throw new Error(
      `packages/${pkg}/dist is missing: run \`pnpm --filter @modelgates/sdk --filter @modelgates/zod --filter @modelgates/react-query build\``,
    );
  }
}

const log = (message: string) => process.stderr.write(`bench: ${message}\n`);
const started = performance.now();
const environment = collectEnvironment();
const body = loadListBody();
log(
  `body ${body.bytes.byteLength} bytes (spec example ${body.specExampleBytes}), load average ${environment.loadAverage.join(' ')}`,
);

const server = await startServer();
try {
  log('per-call time over loopback HTTP');
  const loopback = await measureLoopback(clients, server.baseUrl, body, config.loopback);
  log('client CPU per call with an in-process fetch stub');
  const stub = await measureStubCpu(clients, body, config.stub);
  log('profiling the stub loop');
  const profiles: Record<string, CostProfile> = {};
  for (const id of PROFILED) {
    const spec = clients.find((c) => c.id === id)!;
    const stub = createStubFetch(body);
    const call = spec.make(STUB_BASE_URL, stub.fetch);
    for (let i = 0; i < config.stub.warmupCalls; i++) await call();
    stub.prepare(config.profileCalls);
    profiles[id] = await profileCalls(call, config.profileCalls);
  }
  log('cold start, unbundled and bundled with esbuild for Node');
  const cold = await measureCold(COLD, server.baseUrl, body.keys, config.cold);
  log('bundle sizes');
  const sizes = await measureSizes();
  const graphs = await Promise.all(GRAPH_SPECIFIERS.map(measureModuleGraph));
  await stopEsbuild();
  log('pieces timed alone');
  const pieces = await measurePieces(body, config.pieces);
  const file = writeReport({
    environment,
    body,
    quick,
    loopback,
    stub,
    profiles,
    cold,
    sizes,
    graphs,
    pieces,
    config,
    baseline: loadBaseline(),
  });
  log(`wrote ${file} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
} finally {
  await server.close();
}
