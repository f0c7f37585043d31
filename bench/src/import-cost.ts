/**
 * What the schemas cost at import (issue 12: "schemas should cost nothing at import wherever they
 * can be built lazily; measure it"). Each run is a fresh `node` process that imports `zod/mini`
 * first, then times (process CPU) the import of `@modelgates/zod`, which loads its built modules and
 * builds every schema, then the rest of `@modelgates/sdk`. Medians over interleaved runs.
 * `pnpm --filter @modelgates/bench import-cost`; not part of the test run.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { median } from './stats.js';

const RUNS = Number(process.env['RUNS'] ?? 15);
const benchDir = fileURLToPath(new URL('..', import.meta.url));
const probe = `
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
await import('zod/mini');
const t0 = cpu();
await import('@modelgates/zod');
const t1 = cpu();
await import('@modelgates/sdk');
const t2 = cpu();
console.log(JSON.stringify({ schemas: t1 - t0, sdk: t2 - t1 }));
`;

const schemas: number[] = [];
const sdk: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', probe], {
    cwd: benchDir,
    encoding: 'utf8',
  });
  const r = JSON.parse(out) as { schemas: number; sdk: number };
  schemas.push(r.schemas);
  sdk.push(r.sdk);
}
const ms = (v: number) => `${v.toFixed(1)} ms`;
console.log(
  `import @modelgates/zod after zod/mini (load + build every schema): ${ms(median(schemas))} CPU, median of ${RUNS}`,
);
console.log(`import @modelgates/sdk on top of it: ${ms(median(sdk))} CPU`);
