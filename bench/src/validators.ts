/**
 * Issue 22, item 1: the validator candidates side by side on our 13 schemas (the six operations'
 * request and response schemas and the error body), each generated from spec/openapi.yaml at bench
 * time into a temporary directory (removed afterwards, never committed):
 *
 * - zod/mini: `@modelgates/zod` as built (what the sdk uses today);
 * - valibot: @hey-api/openapi-ts's valibot plugin (the generator as the repo pins it) run on the spec;
 * - ajv standalone: the spec's JSON Schemas compiled ahead of time to plain functions (no eval at
 *   run time), with ajv-formats' full formats (date-time checked by a function) and its fast ones
 *   (regexes only).
 *
 * Measured: min+gzip of the validators (esbuild, as src/size.ts), CPU per check of a valid
 * ListResponse (three keys) and a CreateKeysData, import time in fresh processes (unbundled and
 * bundled for Node), and the messages for two invalid inputs. Each candidate must accept the valid
 * inputs and reject both invalid ones (the UTC rule included), or the run stops.
 * `pnpm --filter @modelgates/bench validators`; rewrites the validators block of bench/README.md.
 * VALIDATORS_KEEP=1 keeps the generated code (the directory is printed) to read it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { createClient } from '@hey-api/openapi-ts';
import Ajv2020 from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import addFormats from 'ajv-formats';
import { fastFormats } from 'ajv-formats/dist/formats.js';
import { build, stop as stopEsbuild, transform } from 'esbuild';
import * as v from 'valibot';
import { parse as parseYaml } from 'yaml';
import { ModelGates } from '@modelgates/sdk';
import { emitValidators } from './aot.js';
import { loadListBody } from './fixture.js';
import { writeReadmeBlock } from './readme-block.js';
import { median, rotate } from './stats.js';
import { withoutNodeOptions } from './spawn-server.js';

const quick = process.env['BENCH_QUICK'] === '1';
const CPU = quick ? { rounds: 3, iterations: 2_000 } : { rounds: 11, iterations: 20_000 };
const IMPORT_RUNS = quick ? 3 : 15;

const benchDir = fileURLToPath(new URL('..', import.meta.url));
const specPath = fileURLToPath(new URL('../../spec/openapi.yaml', import.meta.url));
const log = (message: string) => process.stderr.write(`validators: ${message}\n`);

// ---------------------------------------------------------------------------------------------
// The schemas: 12 request/response schemas from the six operations, plus the error body.

type Json = Record<string, unknown>;
interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema: Json;
}
interface Operation {
  operationId: string;
  parameters?: Array<Parameter | { $ref: string }>;
  requestBody?: { required?: boolean; content: Record<string, { schema: Json }> };
  responses: Record<string, { content?: Record<string, { schema: Json }> }>;
}
interface Spec {
  paths: Record<string, Record<string, Operation | Array<Parameter | { $ref: string }>>>;
  components: { schemas: Record<string, Json>; parameters: Record<string, Parameter> };
}

const spec = parseYaml(readFileSync(specPath, 'utf8')) as Spec;
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/** The schema without annotations (they are not checked), refs pointing at one shared `defs`. */
function clean(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(clean);
  if (typeof value !== 'object' || value === null) return value;
  const out: Json = {};
  for (const [k, v] of Object.entries(value)) {
    if (['description', 'example', 'examples', 'deprecated'].includes(k) || k.startsWith('x-')) continue;
    out[k] = k === '$ref' ? String(v).replace('#/components/schemas/', 'defs#/$defs/') : clean(v);
  }
  return out;
}

/** JSON Schemas shaped as hey-api's `{Op}Data` ({ body, path, query, headers }) and `{Op}Response`. */
function jsonSchemas(): Record<string, Json> {
  const out: Record<string, Json> = {};
  const resolve = (p: Parameter | { $ref: string }) =>
    '$ref' in p ? spec.components.parameters[p.$ref.split('/').pop()!]! : p;
  for (const item of Object.values(spec.paths)) {
    const shared = (item['parameters'] ?? []) as Array<Parameter | { $ref: string }>;
    for (const method of METHODS) {
      const op = item[method] as Operation | undefined;
      if (!op) continue;
      const params = [...shared, ...(op.parameters ?? [])].map(resolve);
      const group = (where: string): Json | false => {
        const ps = params.filter((p) => p.in === where);
        if (!ps.length) return false;
        const required = ps.filter((p) => p.required).map((p) => p.name);
        return {
          type: 'object',
          properties: Object.fromEntries(ps.map((p) => [p.name, clean(p.schema)])),
          ...(required.length ? { required } : {}),
        };
      };
      const body = op.requestBody?.content['application/json']?.schema;
      const pathGroup = group('path');
      const name = cap(op.operationId);
      out[`${name}Data`] = {
        type: 'object',
        properties: {
          body: body ? clean(body) : false,
          path: pathGroup,
          query: group('query'),
          headers: group('header'),
        },
        required: [...(op.requestBody?.required ? ['body'] : []), ...(pathGroup ? ['path'] : [])],
      };
      const ok = Object.entries(op.responses).find(([status]) => status.startsWith('2'))!;
      out[`${name}Response`] = clean(ok[1].content!['application/json']!.schema) as Json;
    }
  }
  out['ErrorResponse'] = { $ref: 'defs#/$defs/ErrorResponse' };
  return out;
}

const SCHEMAS = jsonSchemas();
const ALL = Object.keys(SCHEMAS);
const LIST = ['ListData', 'ListResponse'];
if (ALL.length !== 13) throw new Error(`expected 13 schemas, found ${ALL.length}: ${ALL.join(', ')}`);

// ---------------------------------------------------------------------------------------------
// The candidates, written into a temporary directory whose node_modules is bench's.

interface Candidate {
  id: string;
  label: string;
  /** Writes `<id>.mjs` (all 13) and `<id>-list.mjs` (ListData + ListResponse) into `dir`. Each
   * exports `schemas` (by name) and `valid(schema, value): boolean`. */
  write(dir: string): Promise<void>;
  /** The library's own messages for an invalid value, one line per issue. */
  issues(schema: unknown, value: unknown): string[];
}

/** `export const schemas = {...}` over names imported from `from`, plus `valid`. */
const entry = (names: string[], prefix: string, from: string, head: string, valid: string) =>
  `${head}\nimport { ${names.map((n) => `${prefix}${n}`).join(', ')} } from '${from}';\n` +
  `export const schemas = { ${names.map((n) => `${n}: ${prefix}${n}`).join(', ')} };\n` +
  `export const valid = ${valid};\n`;

/** ajv-formats' fast date-time regex (its format also carries a compare function, not needed here). */
const AJV_FAST_DATE_TIME = (fastFormats['date-time'] as { validate: RegExp }).validate;

/** ajv's standalone module for `names`. Its ESM output still says `require(...)` for the helpers it
 * needs (ajv's runtime `ucs2length`, ajv-formats' functions): turned into imports here. */
function ajvModule(names: string[], mode: 'full' | 'fast'): string {
  // inlineRefs: false compiles a shared schema (ApiKey) once, not into every schema that uses it.
  const ajv = new Ajv2020({ code: { source: true, esm: true }, strict: true, inlineRefs: false });
  if (mode === 'full') addFormats(ajv, { mode, formats: ['date-time', 'uuid'] });
  else {
    // ajv-formats' fast date-time carries a compare function, which the standalone code would import
    // with the whole formats module: its regex alone is inlined.
    ajv.addFormat('date-time', AJV_FAST_DATE_TIME).addFormat('uuid', fastFormats.uuid);
  }
  ajv.addSchema({ $id: 'defs', $defs: clean(spec.components.schemas) });
  for (const name of names) ajv.addSchema({ $id: name, ...SCHEMAS[name] });
  let code = standaloneCode(ajv, Object.fromEntries(names.map((n) => [n, n])));
  if (/new Function|\beval\(/.test(code)) throw new Error('ajv standalone code evaluates code at run time');
  const imports: string[] = [];
  code = code.replace(/require\("([^"]+)"\)/g, (_, specifier: string) => {
    const id = `__ajv${imports.length}`;
    imports.push(`import ${id} from "${specifier.endsWith('.js') ? specifier : `${specifier}.js`}";`);
    return id;
  });
  return `${imports.join('\n')}\n${code}`;
}

const ajvCandidate = (mode: 'full' | 'fast'): Candidate => ({
  id: `ajv-${mode}`,
  label:
    mode === 'full'
      ? 'ajv standalone (AOT) + ajv-formats `full` (date-time checked by a function)'
      : 'ajv standalone (AOT), formats as ajv-formats’ `fast` regexes',
  async write(dir) {
    for (const [file, names] of [
      [`ajv-${mode}`, ALL],
      [`ajv-${mode}-list`, LIST],
    ] as const) {
      writeFileSync(join(dir, `${file}.gen.mjs`), ajvModule(names, mode));
      writeFileSync(join(dir, `${file}.mjs`), entry(names, '', `./${file}.gen.mjs`, '', '(s, x) => s(x)'));
    }
  },
  issues(schema, value) {
    const fn = schema as ((x: unknown) => boolean) & {
      errors?: Array<{ instancePath: string; message?: string }>;
    };
    fn(value);
    return (fn.errors ?? []).map((e) => `${e.instancePath || '(root)'}: ${e.message ?? ''}`);
  },
});

const candidates: Candidate[] = [
  {
    id: 'zod',
    label: 'zod/mini (`@modelgates/zod`, today)',
    async write(dir) {
      for (const [file, names] of [
        ['zod', ALL],
        ['zod-list', LIST],
      ] as const) {
        writeFileSync(
          join(dir, `${file}.mjs`),
          entry(names, 'z', '@modelgates/zod', '', '(s, x) => s.safeParse(x).success'),
        );
      }
    },
    issues(schema, value) {
      const r = (
        schema as {
          safeParse(x: unknown): { error?: { issues: Array<{ path: PropertyKey[]; message: string }> } };
        }
      ).safeParse(value);
      return (r.error?.issues ?? []).map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`);
    },
  },
  {
    id: 'valibot',
    label: 'valibot (`@hey-api/openapi-ts` valibot plugin)',
    async write(dir) {
      const out = join(dir, 'valibot-src');
      await createClient({
        input: specPath,
        output: { path: out },
        plugins: [{ name: 'valibot' }],
        logs: { level: 'silent' },
      });
      const ts = readFileSync(join(out, 'valibot.gen.ts'), 'utf8');
      const { code } = await transform(ts, { loader: 'ts', format: 'esm', target: 'es2022' });
      writeFileSync(join(dir, 'valibot.gen.mjs'), code);
      const head = "import * as v from 'valibot';";
      const valid = '(s, x) => v.safeParse(s, x).success';
      writeFileSync(join(dir, 'valibot.mjs'), entry(ALL, 'v', './valibot.gen.mjs', head, valid));
      writeFileSync(join(dir, 'valibot-list.mjs'), entry(LIST, 'v', './valibot.gen.mjs', head, valid));
    },
    issues(schema, value) {
      const r = v.safeParse(schema as v.GenericSchema, value);
      return (r.issues ?? []).map((i) => `${v.getDotPath(i) ?? '(root)'}: ${i.message}`);
    },
  },
  ajvCandidate('full'),
  ajvCandidate('fast'),
  {
    id: 'aot',
    label: 'AOT plain functions, a generator of ours (prototype: `src/aot.ts`)',
    async write(dir) {
      const defs = clean(spec.components.schemas) as Record<string, Json>;
      const formats = { 'date-time': AJV_FAST_DATE_TIME, uuid: fastFormats.uuid as RegExp };
      for (const [file, names] of [
        ['aot', ALL],
        ['aot-list', LIST],
      ] as const) {
        const roots = Object.fromEntries(names.map((n) => [n, SCHEMAS[n]!]));
        writeFileSync(join(dir, `${file}.gen.mjs`), emitValidators(roots, defs, formats));
        writeFileSync(
          join(dir, `${file}.mjs`),
          entry(names, '', `./${file}.gen.mjs`, '', '(s, x) => s(x) === undefined'),
        );
      }
    },
    issues(schema, value) {
      const issue = (schema as (x: unknown) => { path: PropertyKey[]; message: string } | undefined)(value);
      return issue ? [`${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`] : [];
    },
  },
];

// ---------------------------------------------------------------------------------------------
// Inputs.

const listResponse = JSON.parse(loadListBody().text) as { data: Array<Record<string, unknown>> };
const createData = {
  body: {
    name: 'CI key',
    limit: 50,
    limit_reset: 'monthly',
    include_byok_in_limit: true,
    expires_at: '2027-12-31T23:59:59Z',
    workspace_id: '0df9e665-d932-5740-b2c7-b52af166bc11',
  },
};
const createPlusZero = { body: { ...createData.body, expires_at: '2027-12-31T23:59:59+00:00' } };
const INVALID = {
  create: {
    label: 'a create body with `expires_at: "2027-12-31T23:59:59+02:00"` (not UTC)',
    schema: 'CreateKeysData',
    value: { body: { ...createData.body, expires_at: '2027-12-31T23:59:59+02:00' } },
  },
  response: {
    label: 'a list response whose first key has `usage: "25.5"` (a string where a number is expected)',
    schema: 'ListResponse',
    value: { data: [{ ...listResponse.data[0], usage: '25.5' }, ...listResponse.data.slice(1)] },
  },
};

const key0 = listResponse.data[0]!;
const { hash: _hash, ...keyWithoutHash } = key0;
const withBody = (body: Record<string, unknown>) => ({ body: { ...createData.body, ...body } });
/** What every candidate must accept (true) or reject (false) before it is measured. */
const RULES: Array<[schema: string, value: unknown, ok: boolean, what: string]> = [
  ['ListResponse', listResponse, true, "the spec's list example"],
  ['ListResponse', { data: [{ ...key0, expires_at: null }] }, true, 'a key with expires_at null'],
  ['ListResponse', INVALID.response.value, false, 'a string usage'],
  ['ListResponse', { data: [keyWithoutHash] }, false, 'a key without hash'],
  ['ListResponse', { data: [{ ...key0, expires_at: 'soon' }] }, false, 'expires_at "soon"'],
  ['ListData', {}, true, 'an empty list input'],
  ['ListData', { query: { offset: 2, include_disabled: true } }, true, 'offset 2'],
  ['ListData', { query: { offset: -1 } }, false, 'offset -1'],
  ['ListData', { query: { offset: 1.5 } }, false, 'offset 1.5'],
  ['CreateKeysData', createData, true, 'a valid create body'],
  ['CreateKeysData', createPlusZero, true, 'expires_at ending in +00:00'],
  [
    'CreateKeysData',
    { body: { name: 'x', expires_at: null, limit: null, limit_reset: null } },
    true,
    'nulls',
  ],
  ['CreateKeysData', INVALID.create.value, false, 'a non-UTC expires_at'],
  ['CreateKeysData', withBody({ expires_at: '2027-12-31' }), false, 'a date without time'],
  ['CreateKeysData', withBody({ limit_reset: 'yearly' }), false, 'limit_reset "yearly"'],
  ['CreateKeysData', withBody({ workspace_id: 'not-a-uuid' }), false, 'a workspace_id that is no UUID'],
  ['CreateKeysData', withBody({ name: '' }), false, 'an empty name'],
  ['CreateKeysData', {}, false, 'no body'],
  ['UpdateKeysData', { path: { hash: 'abc' }, body: { limit: null } }, true, 'an update'],
  ['UpdateKeysData', { body: {} }, false, 'an update without path'],
  ['DeleteKeysResponse', { deleted: true }, true, 'deleted: true'],
  ['DeleteKeysResponse', { deleted: false }, false, 'deleted: false'],
  ['ErrorResponse', { error: { code: 400, message: 'bad', metadata: { a: 1 } } }, true, 'an error body'],
  ['ErrorResponse', { error: { code: 400.5, message: 'bad' } }, false, 'a non-integer error code'],
];

interface Loaded {
  schemas: Record<string, unknown>;
  valid: (schema: unknown, value: unknown) => boolean;
}

// ---------------------------------------------------------------------------------------------
// Measurements.

async function bundle(entryFile: string, platform: 'browser' | 'node', outfile?: string) {
  const result = await build({
    entryPoints: [entryFile],
    bundle: true,
    minify: platform === 'browser',
    format: 'esm',
    platform,
    target: platform === 'browser' ? 'es2022' : 'node20',
    write: Boolean(outfile),
    ...(outfile ? { outfile } : {}),
    metafile: true,
    logLevel: 'silent',
    legalComments: 'none',
  });
  const modules = Object.keys(result.metafile.inputs).length;
  if (outfile) return { modules, minBytes: 0, gzipBytes: 0 };
  const code = result.outputFiles![0]!.contents;
  return { modules, minBytes: code.byteLength, gzipBytes: gzipSync(code, { level: 9 }).byteLength };
}

function cpuPerCheck(loaded: Map<string, Loaded>, schema: string, value: unknown): Map<string, number> {
  const ids = [...loaded.keys()];
  const perRound = new Map<string, number[]>(ids.map((id) => [id, []]));
  for (const id of ids) {
    const { schemas, valid } = loaded.get(id)!;
    for (let i = 0; i < CPU.iterations; i++) valid(schemas[schema], value);
  }
  for (let round = 0; round < CPU.rounds; round++) {
    for (const id of rotate(ids, round)) {
      const { schemas, valid } = loaded.get(id)!;
      const s = schemas[schema];
      let ok = true;
      const start = process.cpuUsage();
      for (let i = 0; i < CPU.iterations; i++) ok = valid(s, value) && ok;
      const used = process.cpuUsage(start);
      if (!ok) throw new Error(`${id} rejected a valid ${schema}`);
      perRound.get(id)!.push((used.user + used.system) / CPU.iterations);
    }
  }
  return new Map(ids.map((id) => [id, median(perRound.get(id)!)]));
}

/** Milliseconds for `await import(file)` in a fresh node process (module load + building schemas). */
function importTimes(files: Map<string, string>): Map<string, number> {
  const runs = new Map<string, number[]>([...files.keys()].map((k) => [k, []]));
  const once = (file: string) => {
    const probe = `const t = performance.now(); await import(${JSON.stringify(pathToFileURL(file).href)}); console.log(performance.now() - t);`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', probe], {
      encoding: 'utf8',
      env: withoutNodeOptions(process.env),
    });
    return Number(out.trim());
  };
  for (const file of files.values()) once(file); // warm the file cache
  for (let run = 0; run < IMPORT_RUNS; run++) {
    for (const key of rotate([...files.keys()], run)) runs.get(key)!.push(once(files.get(key)!));
  }
  return new Map([...runs].map(([k, r]) => [k, median(r)]));
}

/** What the sdk's `ModelGates` says today for the same two inputs (zod/mini + its own messages). */
async function sdkMessages(): Promise<Record<keyof typeof INVALID, string>> {
  const bad = JSON.stringify(INVALID.response.value);
  const mg = new ModelGates({
    apiKey: 'sk-mg-v1-bench',
    baseUrl: 'http://127.0.0.1:9/api/v1',
    retries: { strategy: 'none' },
    fetch: async () => new Response(bad, { headers: { 'content-type': 'application/json' } }),
  });
  const messageOf = (p: PromiseLike<unknown>) =>
    Promise.resolve(p).then(
      () => 'accepted',
      (e: unknown) => (e instanceof Error ? `${e.name}: ${e.message}` : String(e)),
    );
  return {
    create: await messageOf(mg.apiKeys.create(INVALID.create.value.body as never)),
    response: await messageOf(mg.apiKeys.list()),
  };
}

// ---------------------------------------------------------------------------------------------

const load = loadavg().map((l) => l.toFixed(2));
log(`load average ${load.join(' / ')}`);
const dir = mkdtempSync(join(tmpdir(), 'mg-validators-'));
try {
  symlinkSync(join(benchDir, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const loaded = new Map<string, Loaded>();
  const list = new Map<string, Loaded>();
  for (const c of candidates) {
    log(`generating ${c.id}`);
    await c.write(dir);
    loaded.set(c.id, (await import(pathToFileURL(join(dir, `${c.id}.mjs`)).href)) as Loaded);
    list.set(c.id, (await import(pathToFileURL(join(dir, `${c.id}-list.mjs`)).href)) as Loaded);
  }

  // Every candidate must hold the spec's rules, the UTC one included.
  for (const [id, { schemas, valid }] of loaded) {
    const expect = (schema: string, value: unknown, ok: boolean, what: string) => {
      if (valid(schemas[schema], value) !== ok)
        throw new Error(`${id} ${ok ? 'rejects' : 'accepts'} ${what}`);
    };
    for (const [schema, value, ok, what] of RULES) expect(schema, value, ok, what);
    const { schemas: two } = list.get(id)!;
    if (Object.keys(two).join() !== LIST.join()) throw new Error(`${id}-list exports the wrong schemas`);
  }

  log('sizes');
  const sizes = new Map<
    string,
    { all: Awaited<ReturnType<typeof bundle>>; list: Awaited<ReturnType<typeof bundle>> }
  >();
  for (const c of candidates) {
    sizes.set(c.id, {
      all: await bundle(join(dir, `${c.id}.mjs`), 'browser'),
      list: await bundle(join(dir, `${c.id}-list.mjs`), 'browser'),
    });
  }

  log('CPU per check');
  const cpuList = cpuPerCheck(loaded, 'ListResponse', listResponse);
  const cpuCreate = cpuPerCheck(loaded, 'CreateKeysData', createData);

  log('import time');
  const files = new Map<string, string>();
  const nodeModules = new Map<string, number>();
  for (const c of candidates) {
    files.set(`${c.id}:unbundled`, join(dir, `${c.id}.mjs`));
    const out = join(dir, `${c.id}.bundle.mjs`);
    nodeModules.set(c.id, (await bundle(join(dir, `${c.id}.mjs`), 'node', out)).modules);
    files.set(`${c.id}:bundled`, out);
  }
  const imports = importTimes(files);

  log('messages');
  const sdk = await sdkMessages();

  // -------------------------------------------------------------------------------------------
  const kB = (b: number) => `${(b / 1000).toFixed(2)} kB`;
  const us = (n: number) => `${n.toFixed(2)} µs`;
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  const zodRatio = (m: Map<string, number>, id: string) => `${(m.get(id)! / m.get('zod')!).toFixed(2)}×`;
  const rows = candidates.map((c) => {
    const s = sizes.get(c.id)!;
    return `| ${c.label} | ${kB(s.all.gzipBytes)} (${kB(s.all.minBytes)} min) | ${kB(s.list.gzipBytes)} | ${us(cpuList.get(c.id)!)} (${zodRatio(cpuList, c.id)}) | ${us(cpuCreate.get(c.id)!)} (${zodRatio(cpuCreate, c.id)}) | ${ms(imports.get(`${c.id}:unbundled`)!)} (${nodeModules.get(c.id)} modules) | ${ms(imports.get(`${c.id}:bundled`)!)} |`;
  });
  const messageRows = (key: keyof typeof INVALID) => {
    const { schema, value } = INVALID[key];
    const lines = candidates.map((c) => {
      const text = c.issues(loaded.get(c.id)!.schemas[schema], value).join(' · ');
      return `| ${c.label} | ${code(text)} |`;
    });
    return [
      `| zod/mini through the sdk today (\`ModelGates\`, its own messages) | ${code(sdk[key])} |`,
      ...lines,
    ];
  };
  const markdown = [
    '## Validators side by side (issue 22, item 1)',
    '',
    `Measured ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')} (\`pnpm --filter @modelgates/bench validators\`, \`src/validators.ts\`) on ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}; load average ${load.join(' / ')} at the start (the machine is shared: compare within this table only).${quick ? ' **BENCH_QUICK=1: too few rounds to trust.**' : ''}`,
    '',
    `Versions: zod ${version('zod')}, valibot ${version('valibot')}, ajv ${version('ajv')}, ajv-formats ${version('ajv-formats')}, @hey-api/openapi-ts ${version('@hey-api/openapi-ts')}, esbuild ${version('esbuild')}.`,
    '',
    `Every candidate is generated from spec/openapi.yaml at bench time into a temporary directory and must pass ${RULES.length} cases (\`RULES\` in \`src/validators.ts\`) before it is measured: it accepts the spec's list example, valid create bodies (\`expires_at\` ending in \`Z\` and in \`+00:00\`, or null), \`{}\` for \`ListData\`, an update, an error body; it rejects a non-UTC \`expires_at\` (the spec's \`UtcDateTime\` pattern), a date without time, a string \`usage\`, a key without \`hash\`, \`offset: -1\` and \`1.5\`, an unknown \`limit_reset\`, a \`workspace_id\` that is no UUID, an empty name, a missing body or path, \`deleted: false\`, a non-integer error code. The 13 schemas: ${ALL.map((n) => `\`${n}\``).join(', ')}.`,
    '',
    '| candidate | min+gzip, all 13 schemas + the check call | min+gzip, `ListData` + `ListResponse` only | CPU per check, valid `ListResponse` (3 keys) (vs zod/mini) | CPU per check, valid `CreateKeysData` (vs zod/mini) | import, unbundled Node (modules) | import, bundled for Node |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...rows,
    '',
    `Size: esbuild bundle of a module exporting the schemas and a \`valid(schema, value)\` call (minified, ESM, browser, gzip 9), as the size rows above. CPU: process CPU over ${CPU.iterations} checks, median of ${CPU.rounds} interleaved rounds; zod/mini and valibot \`safeParse\` (they build a copy of the value; zod/mini is what \`ModelGates\` calls first), ajv the compiled function (a boolean, errors on the function). Import: \`performance.now()\` around \`await import()\` of that module in a fresh \`node\` process (loading the modules and building the schemas), median of ${IMPORT_RUNS} interleaved runs; bundled: the same module bundled for Node (esbuild, platform node, not minified).`,
    ...(['create', 'response'] as const).flatMap((key) => [
      '',
      `Messages for ${INVALID[key].label}:`,
      '',
      '| candidate | message |',
      '|---|---|',
      ...messageRows(key),
    ]),
  ].join('\n');

  writeReadmeBlock('validators', markdown);
} finally {
  if (process.env['VALIDATORS_KEEP'] === '1') log(`generated code kept in ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
  await stopEsbuild();
}

function code(text: string): string {
  return `\`${text.replaceAll('|', '\\|').replaceAll('`', "'")}\``;
}

/** An installed package's version: bench's own dependencies, or the repo root's (the generator). */
function version(name: string): string {
  for (const base of [benchDir, join(benchDir, '..')]) {
    try {
      const pkg = readFileSync(join(base, 'node_modules', name, 'package.json'), 'utf8');
      return (JSON.parse(pkg) as { version: string }).version;
    } catch {
      // Not installed there: try the next place.
    }
  }
  return 'unknown';
}
