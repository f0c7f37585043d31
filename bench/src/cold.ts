/**
 * Cold start: from spawning `node <app>.mjs` to the line it prints after its first parsed
 * response (import, construction, first request on a new connection). Each app is a file in
 * cold/, run twice over: as written (Node resolves and loads every module from node_modules), and
 * bundled with esbuild for Node into one file, as a deployed server or CLI often is. The bundles
 * go to a fresh directory under os.tmpdir(), removed afterwards. Runs interleave every app, both
 * forms; ratios are to raw fetch in the same form.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { API_KEY } from './fixture.js';
import { withoutNodeOptions } from './spawn-server.js';
import { median, medianRatio, rotate } from './stats.js';

export type ColdForm = 'unbundled' | 'bundled';

export interface ColdResult {
  id: string;
  form: ColdForm;
  /** Median ms from spawn to first response, measured by the parent. */
  ms: number;
  /** Median ms inside the child (its performance.now(), from its own time origin). */
  inProcessMs: number;
  /** Median over runs of this run's time divided by raw fetch's (same form) in the same run. */
  ratio: number;
  runs: number[];
  /** Bundled only: the size of the bundle Node loads. */
  bundleBytes?: number;
}

/** How the bundled form is built: one ESM file for Node, everything from node_modules inlined. */
export const COLD_BUNDLE_OPTIONS = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: false,
} as const;

const coldDir = fileURLToPath(new URL('../cold/', import.meta.url));

interface App {
  id: string;
  form: ColdForm;
  file: string;
  cwd: string;
}

function runOnce(app: App, baseUrl: string, keys: number): Promise<{ wall: number; inside: number }> {
  const name = `${app.form === 'bundled' ? 'bundled ' : ''}cold/${app.id}.mjs`;
  return new Promise((resolve, reject) => {
    const env = { ...withoutNodeOptions(process.env), BENCH_URL: baseUrl, BENCH_API_KEY: API_KEY };
    const t0 = performance.now();
    const child = spawn(process.execPath, [app.file], {
      cwd: app.cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let result: { wall: number; inside: number } | undefined;
    const timer = setTimeout(() => child.kill(), 30_000);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /^ok (\d+) ([\d.]+)[^\n]*\n/m.exec(out);
      if (match && !result) {
        result = { wall: performance.now() - t0, inside: Number(match[2]) };
        if (Number(match[1]) !== keys)
          reject(new Error(`${name}: listed ${match[1]} keys, expected ${keys}`));
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (result && code === 0) resolve(result);
      else reject(new Error(`${name} exited with ${code}: ${err.slice(0, 500)}`));
    });
  });
}

/** Bundles cold/<id>.mjs for each id into `outDir`; returns the bundle sizes. */
async function bundleApps(ids: readonly string[], outDir: string): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  for (const id of ids) {
    const result = await build({
      ...COLD_BUNDLE_OPTIONS,
      entryPoints: [`${coldDir}${id}.mjs`],
      outfile: join(outDir, `${id}.mjs`),
      metafile: true,
      logLevel: 'silent',
    });
    const output = Object.values(result.metafile.outputs)[0]!;
    sizes.set(id, output.bytes);
  }
  return sizes;
}

/**
 * Every app in `ids`, unbundled and bundled, interleaved; the first id is the baseline of its form.
 * `bundled: false` measures the unbundled form only.
 */
export async function measureCold(
  ids: readonly string[],
  baseUrl: string,
  keys: number,
  options: { runs: number; warmupRuns: number; bundled?: boolean },
): Promise<ColdResult[]> {
  const outDir = mkdtempSync(join(tmpdir(), 'modelgates-bench-cold-'));
  try {
    const apps: App[] = ids.map((id) => ({
      id,
      form: 'unbundled',
      file: `${coldDir}${id}.mjs`,
      cwd: coldDir,
    }));
    let bundleSizes = new Map<string, number>();
    if (options.bundled ?? true) {
      bundleSizes = await bundleApps(ids, outDir);
      for (const id of ids) apps.push({ id, form: 'bundled', file: join(outDir, `${id}.mjs`), cwd: outDir });
    }
    const key = (app: App) => `${app.form}:${app.id}`;
    // Warm-up runs fill the OS file cache, so the first app measured is not penalised.
    for (const app of apps) for (let i = 0; i < options.warmupRuns; i++) await runOnce(app, baseUrl, keys);
    const wall = new Map<string, number[]>(apps.map((app) => [key(app), []]));
    const inside = new Map<string, number[]>(apps.map((app) => [key(app), []]));
    for (let run = 0; run < options.runs; run++) {
      for (const app of rotate(apps, run)) {
        const r = await runOnce(app, baseUrl, keys);
        wall.get(key(app))!.push(r.wall);
        inside.get(key(app))!.push(r.inside);
      }
    }
    return apps.map((app) => {
      const runs = wall.get(key(app))!;
      const baseline = wall.get(`${app.form}:${ids[0]!}`)!;
      return {
        id: app.id,
        form: app.form,
        ms: median(runs),
        inProcessMs: median(inside.get(key(app))!),
        ratio: medianRatio(runs, baseline),
        runs,
        ...(app.form === 'bundled' ? { bundleBytes: bundleSizes.get(app.id)! } : {}),
      };
    });
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
