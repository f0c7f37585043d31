/**
 * Measures what choosing `zod/mini` over full `zod` (classic API) costs or saves, for the README.
 *
 *   pnpm --filter @modelgates/zod measure
 *
 * 1. Generates a full-zod variant of the schemas from spec/openapi.yaml into a temp dir (same
 *    generator and naming as scripts/generate.ts, only `compatibilityVersion: 4`).
 * 2. Bundles small entries with esbuild (minified, ESM, browser) and gzips them at level 9:
 *    "validate one list response", "every schema the sdk imports", and the extras (the form module,
 *    zod's English locale).
 * 3. Times `parse()` of the spec's list example with each variant's bundle: a bounded loop, median
 *    of the batches.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { createClient } from '@hey-api/openapi-ts';
import { build } from 'esbuild';
import { responseExample, specPath } from '@modelgates/test-utils';

const pkgDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const miniGen = join(pkgDir, 'src/gen/zod.gen.ts');
const work = mkdtempSync(join(tmpdir(), 'modelgates-zod-size-'));

async function generateFullZod(): Promise<string> {
  const out = join(work, 'full');
  await createClient({
    input: specPath,
    logs: { level: 'silent' },
    output: { path: out, clean: true, entryFile: false, module: { extension: '.js' } },
    plugins: [
      {
        name: 'zod',
        compatibilityVersion: 4,
        dates: { offset: true },
        metadata: false,
        definitions: { name: 'z{{name}}', types: { infer: { enabled: true, name: '{{name}}' } } },
        requests: { name: 'z{{name}}Data', types: { infer: { enabled: true, name: '{{name}}Data' } } },
        responses: {
          name: 'z{{name}}Response',
          types: { infer: { enabled: true, name: '{{name}}Response' } },
        },
      },
    ],
  });
  return join(out, 'zod.gen.ts');
}

const sdkSchemas = ['GetCurrentKey', 'List', 'CreateKeys', 'GetKey', 'UpdateKeys', 'DeleteKeys'].flatMap(
  (op) => [`z${op}Data`, `z${op}Response`],
);

/** Bundles `source` (resolved from this package, so `zod` is found) and returns the minified code. */
async function bundle(source: string): Promise<string> {
  const result = await build({
    stdin: { contents: source, resolveDir: pkgDir, loader: 'ts', sourcefile: 'entry.ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    nodePaths: [join(pkgDir, 'node_modules')],
    write: false,
    logLevel: 'error',
  });
  return result.outputFiles[0]!.text;
}

const gz = (code: string) => gzipSync(code, { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;

const fullGen = await generateFullZod();
const p = (file: string) => JSON.stringify(file);
const validateList = (gen: string) =>
  `import { zListResponse } from ${p(gen)};\nexport const validate = (body: unknown) => zListResponse.parse(body);\n`;
const validateAll = (gen: string) =>
  `import { ${sdkSchemas.join(', ')} } from ${p(gen)};\nexport const schemas = [${sdkSchemas.join(', ')}];\n`;

const jitlessSetup = join(work, 'jitless.ts');
writeFileSync(jitlessSetup, `import { config } from 'zod';\nconfig({ jitless: true });\n`);

const entries: Record<string, string> = {
  'list response, zod/mini': validateList(miniGen),
  'list response, zod (classic)': validateList(fullGen),
  'the sdk’s 12 schemas, zod/mini': validateAll(miniGen),
  'the sdk’s 12 schemas, zod (classic)': validateAll(fullGen),
  'list response via the package index (form tree-shaken?)': validateList(join(pkgDir, 'src/index.ts')),
  'list response + createKeyFormSchema, zod/mini': `${validateList(miniGen)}export { createKeyFormSchema } from ${p(join(pkgDir, 'src/form.ts'))};\n`,
  'list response + English locale, zod/mini': `import * as z from 'zod/mini';\nimport { en } from 'zod/locales';\nz.config(en());\n${validateList(miniGen)}`,
  // Only for the timing below: classic without its JIT-compiled object parser (mini has none). The
  // setting must be made in a module evaluated before the schemas are built.
  'list response, zod (classic, jitless)': `import ${p(jitlessSetup)};\n${validateList(fullGen)}`,
};

const sizes: Record<string, { min: number; gzip: number }> = {};
const code: Record<string, string> = {};
for (const [name, source] of Object.entries(entries)) {
  code[name] = await bundle(source);
  sizes[name] = { min: code[name].length, gzip: gz(code[name]) };
}

console.log('Bundle sizes (esbuild --minify, ESM, browser; gzip -9):\n');
const width = Math.max(...Object.keys(sizes).map((n) => n.length));
for (const [name, { min, gzip }] of Object.entries(sizes)) {
  console.log(`  ${name.padEnd(width)}  ${kb(min).padStart(9)} min  ${kb(gzip).padStart(9)} gzip`);
}

// Timing: import each variant's list bundle and parse the spec's list example.
const body = responseExample('/keys', 'get', 200);
const bodyBytes = JSON.stringify(body).length;
const BATCHES = 21;
const PER_BATCH = 2000;

const timed = [
  'list response, zod/mini',
  'list response, zod (classic)',
  'list response, zod (classic, jitless)',
];
type Validate = (b: unknown) => unknown;
const validators: Validate[] = [];
for (const name of timed) {
  // Each bundle carries its own copy of zod, so the jitless setting stays in its own bundle.
  const file = join(work, `${name.replace(/[^a-z]+/gi, '-')}.mjs`);
  writeFileSync(file, code[name]!);
  const { validate } = (await import(pathToFileURL(file).href)) as { validate: Validate };
  for (let i = 0; i < PER_BATCH; i++) validate(body); // warm up
  validators.push(validate);
}
// Batches interleave the variants so a busy machine slows them alike.
const samples: number[][] = timed.map(() => []);
for (let b = 0; b < BATCHES; b++) {
  validators.forEach((validate, v) => {
    const start = performance.now();
    for (let i = 0; i < PER_BATCH; i++) validate(body);
    samples[v]!.push(((performance.now() - start) * 1000) / PER_BATCH);
  });
}
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;

console.log(
  `\nparse() of the spec's list example (${bodyBytes} bytes of JSON, 3 keys), median of ${BATCHES} batches × ${PER_BATCH}:\n`,
);
timed.forEach((name, v) => {
  console.log(`  ${name.padEnd(width)}  ${median(samples[v]!).toFixed(2).padStart(7)} µs/parse`);
});

rmSync(work, { recursive: true, force: true });
