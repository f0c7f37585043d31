/**
 * Cold start: from spawning `node cold/<client>.mjs` to the line it prints after its first parsed
 * response (import, construction, first request on a new connection). Runs interleave clients.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { API_KEY } from './fixture.js';
import { withoutNodeOptions } from './spawn-server.js';
import { median, medianRatio, rotate } from './stats.js';

export interface ColdResult {
  id: string;
  /** Median ms from spawn to first response, measured by the parent. */
  ms: number;
  /** Median ms inside the child (its performance.now(), from its own time origin). */
  inProcessMs: number;
  ratio: number;
  runs: number[];
}

const coldDir = fileURLToPath(new URL('../cold/', import.meta.url));

function runOnce(id: string, baseUrl: string, keys: number): Promise<{ wall: number; inside: number }> {
  return new Promise((resolve, reject) => {
    const env = { ...withoutNodeOptions(process.env), BENCH_URL: baseUrl, BENCH_API_KEY: API_KEY };
    const t0 = performance.now();
    const child = spawn(process.execPath, [`${coldDir}${id}.mjs`], {
      cwd: coldDir,
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
        if (Number(match[1]) !== keys) reject(new Error(`${id}: listed ${match[1]} keys, expected ${keys}`));
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (result && code === 0) resolve(result);
      else reject(new Error(`cold/${id}.mjs exited with ${code}: ${err.slice(0, 500)}`));
    });
  });
}

export async function measureCold(
  ids: readonly string[],
  baseUrl: string,
  keys: number,
  options: { runs: number; warmupRuns: number },
): Promise<ColdResult[]> {
  // Warm-up runs fill the OS file cache, so the first client measured is not penalised.
  for (const id of ids) for (let i = 0; i < options.warmupRuns; i++) await runOnce(id, baseUrl, keys);
  const wall = new Map<string, number[]>(ids.map((id) => [id, []]));
  const inside = new Map<string, number[]>(ids.map((id) => [id, []]));
  for (let run = 0; run < options.runs; run++) {
    for (const id of rotate(ids, run)) {
      const r = await runOnce(id, baseUrl, keys);
      wall.get(id)!.push(r.wall);
      inside.get(id)!.push(r.inside);
    }
  }
  const baseline = wall.get(ids[0]!)!;
  return ids.map((id) => ({
    id,
    ms: median(wall.get(id)!),
    inProcessMs: median(inside.get(id)!),
    ratio: medianRatio(wall.get(id)!, baseline),
    runs: wall.get(id)!,
  }));
}
