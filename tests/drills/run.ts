/**
 * The spec-change drills: what a maintainer's change to spec/openapi.yaml does to every surface.
 *
 * Each drill copies the repository (the files git tracks, with the installed node_modules linked,
 * not copied) into a temporary folder, applies one change to the spec, then runs what a maintainer
 * would: `pnpm generate`, `pnpm build` of every published package (which type-checks each package's
 * src and smoke-tests its dist), and `pnpm check:spec` (the breaking-change gate) without and with a
 * changeset. It then asserts, per surface, the outcome the repository promises: the change is
 * generated (probed on the built packages), or the build fails with a compile error in the file that
 * must change, naming the operation or field, or the gate fails naming the change. Never silent.
 *
 *   pnpm test:drills                  # every drill, two at a time
 *   pnpm test:drills field operation  # only these
 *
 * Prints a table of surface -> outcome per drill, then `drills: N passed, N failed`.
 */
import { execFile, spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { parse, stringify } from 'yaml';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const exec = promisify(execFile);

// A parsed YAML document.
type Spec = Record<string, any>;

interface Run {
  code: number;
  output: string;
}

function sh(cwd: string, cmd: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((done) => {
    const child = spawn(cmd, args, {
      cwd,
      env: {
        ...process.env,
        CI: 'true',
        TURBO_TELEMETRY_DISABLED: '1',
        FORCE_COLOR: '0',
        NO_COLOR: '1',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.on('close', (code) => done({ code: code ?? 1, output }));
    child.on('error', (error) => done({ code: 1, output: String(error) }));
  });
}

/** A copy of the checkout: tracked files (as they are in the work tree), node_modules linked. */
async function copyRepo(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'modelgates-drill-'));
  const { stdout } = await exec('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    maxBuffer: 64 << 20,
  });
  for (const file of stdout.split('\0').filter(Boolean)) {
    if (!existsSync(join(root, file))) continue; // deleted in the work tree
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(join(root, file), join(dir, file));
  }
  // The root node_modules is linked (the virtual store, read only); each workspace package's own
  // node_modules holds only links, copied as links so `@modelgates/*` resolve inside the copy.
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  const { stdout: dirs } = await exec('git', ['ls-files', '-z', '--', '*/package.json'], { cwd: root });
  for (const pkg of dirs.split('\0').filter(Boolean).map(dirname)) {
    const modules = join(root, pkg, 'node_modules');
    if (existsSync(modules))
      cpSync(modules, join(dir, pkg, 'node_modules'), { recursive: true, verbatimSymlinks: true });
  }
  return dir;
}

/** The outcome of one surface in one drill. */
interface Outcome {
  surface: string;
  expected: string;
  actual: string;
  ok: boolean;
}

interface Context {
  dir: string;
  build: Run;
  gate: { none: Run; written: string; withChangeset: Run; lowered: Run };
}

interface Drill {
  id: string;
  title: string;
  patch(spec: Spec): void;
  checks: ((ctx: Context) => Promise<Outcome> | Outcome)[];
}

/** `pnpm build`'s TypeScript errors, as `file: message` (file relative to the copy). */
function compileErrors(build: Run): { file: string; message: string }[] {
  const out: { file: string; message: string }[] = [];
  for (const m of build.output.matchAll(
    /([\w@./-]+\.tsx?)\(\d+,\d+\): error (TS\d+: [^\n]*(?:\n {2,}[^\n]*)*)/g,
  )) {
    out.push({ file: m[1]!.replace(/^.*?(packages\/)/, '$1'), message: m[2]! });
  }
  return out;
}

/** The surface's package fails to build with an error in `file` that names `name`. */
const compileError =
  (surface: string, pkg: string, file: RegExp, name: string) =>
  ({ build }: Context): Outcome => {
    const errors = compileErrors(build).filter((e) => e.file.includes(`packages/${pkg}/`));
    const hit = errors.find((e) => file.test(e.file) && e.message.includes(name));
    const expected = `compile error in ${file.source.replace(/\\/g, '')}${name ? ` naming ${name}` : ''}`;
    if (hit)
      return {
        surface,
        expected,
        actual: `compile error: ${hit.file} (${name || hit.message.split('\n')[0]!.slice(0, 100)})`,
        ok: true,
      };
    const actual = errors.length
      ? `compile errors elsewhere: ${[...new Set(errors.map((e) => e.file))].join(', ')}`
      : 'built without error (silent)';
    return { surface, expected, actual, ok: false };
  };

/** The package builds, and a probe script run on the built packages prints `ok`. */
const generated =
  (surface: string, pkg: string, what: string, probe: string) =>
  async ({ dir, build }: Context): Promise<Outcome> => {
    const expected = `generated: ${what}`;
    const errors = compileErrors(build).filter((e) => e.file.includes(`packages/${pkg}/`));
    if (errors.length) return { surface, expected, actual: `compile error: ${errors[0]!.file}`, ok: false };
    const file = join(dir, 'packages', pkg, `drill-probe-${Math.random().toString(36).slice(2)}.mjs`);
    writeFileSync(file, probe);
    const r = await sh(join(dir, 'packages', pkg), process.execPath, [file]);
    rmSync(file);
    const ok = r.code === 0 && r.output.trim().endsWith('ok');
    return { surface, expected, actual: ok ? expected : `probe failed: ${r.output.trim().slice(-300)}`, ok };
  };

/** The package builds without an error. */
const builds =
  (surface: string, pkg: string) =>
  ({ build }: Context): Outcome => {
    const errors = compileErrors(build).filter((e) => e.file.includes(`packages/${pkg}/`));
    return {
      surface,
      expected: 'builds',
      actual: errors.length
        ? `compile error: ${errors[0]!.file}: ${errors[0]!.message.slice(0, 120)}`
        : 'builds',
      ok: errors.length === 0,
    };
  };

/**
 * The gate, as a maintainer meets it right after a release: it fails without a changeset, naming
 * `change`; `pnpm spec:changeset` writes one with the smallest bump the change needs (`bump`) and
 * the gate then passes; for a breaking change, that changeset lowered to minor fails again.
 */
const gate =
  (change: string, bump: 'minor' | 'major') =>
  ({ gate: g }: Context): Outcome => {
    const expected =
      bump === 'major'
        ? 'gate: fails, spec:changeset writes a major changeset and it passes; a minor one fails'
        : 'gate: fails, spec:changeset writes a minor changeset and it passes';
    const problems: string[] = [];
    if (g.none.code === 0) problems.push('passed without a changeset');
    else if (!g.none.output.includes(change)) problems.push(`its failure does not name ${change}`);
    if (g.written !== bump) problems.push(`spec:changeset wrote a ${g.written} changeset`);
    if (g.withChangeset.code !== 0)
      problems.push(`failed with the written changeset: ${g.withChangeset.output.trim().slice(-300)}`);
    if (bump === 'major' && g.lowered.code === 0) problems.push('passed with the changeset lowered to minor');
    return {
      surface: 'spec gate',
      expected,
      actual: problems.length ? problems.join('; ') : expected,
      ok: !problems.length,
    };
  };

const ref = (name: string) => ({ $ref: `#/components/${name}` });

/** A mock server (the built @modelgates/mock) and the built CLI: create a key, then `keys get` it. */
const cliShowsField = (field: string) => `
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
// Not spawnSync: the mock server answers from this process's event loop.
const run = promisify(execFile);
const { listen } = await import('../mock/dist/server.js');
const server = await listen({ port: 0, log: false });
try {
  const env = { ...process.env, MODELGATES_API_KEY: 'sk-drill-test-key-000000', MODELGATES_BASE_URL: server.url, NO_COLOR: '1' };
  const created = await run(process.execPath, ['dist/bin.js', 'keys', 'create', '--name', 'drill', '--json'], { env });
  const hash = JSON.parse(created.stdout).data.hash;
  const shown = await run(process.execPath, ['dist/bin.js', 'keys', 'get', hash], { env });
  const label = ${JSON.stringify(field)}.replace(/_/g, '[ _]');
  if (!new RegExp(label, 'i').test(shown.stdout)) throw new Error('keys get does not show ${field}:\\n' + shown.stdout);
} finally {
  await server.close();
}
console.log('ok');
`;

const drills: Drill[] = [
  {
    id: 'field',
    title: 'a new optional response field: ApiKey.last_used_at (nullable date-time)',
    patch(spec) {
      spec['components']['schemas']['ApiKey']['properties']['last_used_at'] = {
        type: ['string', 'null'],
        format: 'date-time',
        description: 'ISO 8601 UTC timestamp of the last request made with the key, or null if never used.',
        example: '2025-08-24T10:30:00Z',
      };
    },
    checks: [
      generated(
        'types + zod',
        'zod',
        'zApiKey.last_used_at',
        `const z = await import('./dist/index.js'); if (!('last_used_at' in z.zApiKey.shape)) throw new Error('missing'); console.log('ok');`,
      ),
      generated(
        'sdk registry + docs',
        'sdk',
        'schemaFields.ApiKey.last_used_at, sdk README field table',
        `import { readFileSync } from 'node:fs'; const s = await import('./dist/index.js'); if (!s.schemaFields.ApiKey.last_used_at) throw new Error('registry'); if (!readFileSync('README.md', 'utf8').includes('\`last_used_at\`')) throw new Error('README'); console.log('ok');`,
      ),
      builds('query-core', 'query-core'),
      builds('react-query', 'react-query'),
      builds('vue-query', 'vue-query'),
      builds('svelte-query', 'svelte-query'),
      generated(
        'mock',
        'mock',
        'a created key has last_used_at: null',
        `const { createMock } = await import('./dist/index.js'); const m = createMock();
         const r = await m.fetch('https://modelgates.ai/api/v1/keys', { method: 'POST', headers: { authorization: 'Bearer sk-drill-test-key-000000', 'content-type': 'application/json' }, body: JSON.stringify({ name: 'x' }) });
         const b = await r.json(); if (r.status !== 201 || b.data.last_used_at !== null) throw new Error(JSON.stringify(b)); console.log('ok');`,
      ),
      generated('cli', 'cli', '`modelgates keys get` shows last_used_at', cliShowsField('last_used_at')),
      generated(
        'mcp',
        'mcp',
        "getKey's output schema has last_used_at",
        `const m = await import('./dist/index.js'); const t = m.toolDefinitions.find((d) => d.name === 'getKey'); const s = JSON.stringify(t.outputSchema); if (!s.includes('last_used_at')) throw new Error(s); console.log('ok');`,
      ),
      gate('last_used_at', 'minor'),
    ],
  },
  {
    id: 'operation',
    title: 'a new operation: POST /keys/{hash}/rotate (rotateKey) returning { data, key }',
    patch(spec) {
      spec['paths']['/keys/{hash}/rotate'] = {
        parameters: [ref('parameters/Hash')],
        post: {
          operationId: 'rotateKey',
          tags: ['API Keys'],
          summary: 'Rotate an API key',
          description: 'Replace the secret of an existing API key. Management key required.',
          'x-modelgates': { method: 'rotate', hook: 'useRotateApiKey', cli: 'keys rotate' },
          responses: {
            '200': {
              description: 'The key with its new secret, shown this once.',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    required: ['data', 'key'],
                    properties: {
                      data: ref('schemas/ApiKey'),
                      key: {
                        type: 'string',
                        description: 'The new plaintext API key. Shown only once; it is a secret.',
                        'x-modelgates-secret': true,
                      },
                    },
                  },
                },
              },
            },
            '401': ref('responses/Unauthorized'),
            '404': ref('responses/NotFound'),
          },
        },
      };
    },
    checks: [
      generated(
        'sdk',
        'sdk',
        'rotateKey() and mg.apiKeys.rotate',
        `import { createRequire } from 'node:module';
         const s = await import('./dist/index.js'); const c = createRequire(import.meta.url)('./dist/index.cjs');
         if (typeof s.rotateKey !== 'function' || typeof c.rotateKey !== 'function') throw new Error('rotateKey not exported');
         const mg = new s.ModelGates({ apiKey: 'x' }); if (typeof mg.apiKeys.rotate !== 'function') throw new Error('no mg.apiKeys.rotate');
         if (s.operations.rotateKey.secrets[0] !== 'key') throw new Error('secret not marked'); console.log('ok');`,
      ),
      compileError('query-core options', 'query-core', /src\/options\.ts/, 'rotateKey'),
      compileError('react-query hook', 'react-query', /src\/hooks\.tsx?/, 'useRotateApiKey'),
      compileError('vue-query composable', 'vue-query', /src\/composables\.ts/, 'useRotateApiKey'),
      compileError('svelte-query function', 'svelte-query', /src\/functions\.ts/, 'useRotateApiKey'),
      compileError('mock route', 'mock', /src\/.*\.ts/, 'rotateKey'),
      compileError('cli command', 'cli', /src\/.*\.ts/, 'rotateKey'),
      generated(
        'mcp tool',
        'mcp',
        'a rotateKey tool, not read-only',
        `const m = await import('./dist/index.js'); const t = m.toolDefinitions.find((d) => d.name === 'rotateKey');
         if (!t || t.annotations.readOnlyHint !== false) throw new Error(JSON.stringify(t)); console.log('ok');`,
      ),
      gate('rotate', 'minor'),
    ],
  },
  {
    id: 'rename',
    title: 'a renamed response field: limit_remaining -> remaining_limit (schemas and examples)',
    patch(spec) {
      const walk = (node: unknown): unknown => {
        if (Array.isArray(node))
          return node.map((n) => (n === 'limit_remaining' ? 'remaining_limit' : walk(n)));
        if (node && typeof node === 'object')
          return Object.fromEntries(
            Object.entries(node).map(([k, v]) => [k === 'limit_remaining' ? 'remaining_limit' : k, walk(v)]),
          );
        return node;
      };
      Object.assign(spec, walk(spec));
    },
    checks: [gate('limit_remaining', 'major')],
  },
  {
    id: 'required',
    title: 'a newly required request field: limit on create',
    patch(spec) {
      spec['components']['schemas']['CreateKeyRequest']['required'] = ['name', 'limit'];
    },
    checks: [
      // The error stands where the create body is built; TypeScript names the body's type there
      // (its message chain may not reach the field), so the file is what is asserted.
      compileError('cli create (no cast on the body)', 'cli', /src\/internal\/commands\.ts/, ''),
      gate('limit', 'major'),
    ],
  },
];

async function runDrill(drill: Drill): Promise<Outcome[]> {
  const dir = await copyRepo();
  try {
    const specFile = join(dir, 'spec/openapi.yaml');
    // As right after a release: the spec is the released one and no changeset is pending.
    cpSync(specFile, join(dir, 'spec/released/openapi.yaml'));
    for (const name of readdirSync(join(dir, '.changeset')))
      if (name.endsWith('.md') && name !== 'README.md') rmSync(join(dir, '.changeset', name));
    const spec = parse(readFileSync(specFile, 'utf8')) as Spec;
    drill.patch(spec);
    writeFileSync(specFile, stringify(spec, { lineWidth: 0 }));
    const pnpm = (...args: string[]) => sh(dir, 'pnpm', args);
    const generate = await pnpm('run', 'generate');
    if (generate.code !== 0)
      return [
        {
          surface: 'generate',
          expected: 'runs',
          actual: `failed: ${generate.output.slice(-500)}`,
          ok: false,
        },
      ];
    const build = await sh(dir, 'pnpm', [
      '-r',
      '--filter',
      './packages/*',
      '--no-bail',
      '--workspace-concurrency=1',
      'run',
      'build',
    ]);
    const none = await pnpm('run', 'check:spec');
    await pnpm('run', 'spec:changeset');
    const file = join(dir, '.changeset/spec-changes.md');
    const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
    const written = /'@modelgates\/sdk': (\w+)/.exec(text)?.[1] ?? 'no';
    const withChangeset = await pnpm('run', 'check:spec');
    writeFileSync(file, text.replace(/: major$/gm, ': minor'));
    const lowered = await pnpm('run', 'check:spec');
    if (process.env['DRILLS_VERBOSE'])
      console.log(
        `[${drill.id}] compile errors:\n${compileErrors(build)
          .map((e) => `  ${e.file}: ${e.message}`)
          .join('\n')}`,
      );
    const ctx: Context = { dir, build, gate: { none, written, withChangeset, lowered } };
    const outcomes: Outcome[] = [];
    for (const check of drill.checks) outcomes.push(await check(ctx));
    return outcomes;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const only = process.argv.slice(2);
const selected = only.length ? drills.filter((d) => only.includes(d.id)) : drills;
if (only.some((id) => !drills.some((d) => d.id === id))) {
  console.error(`unknown drill; choose from ${drills.map((d) => d.id).join(', ')}`);
  process.exit(2);
}

const started = Date.now();
// Two drills at a time: each builds six packages.
const results = new Map<Drill, Outcome[]>();
const queue = [...selected];
await Promise.all(
  [0, 1].map(async () => {
    for (let drill = queue.shift(); drill; drill = queue.shift()) results.set(drill, await runDrill(drill));
  }),
);

let passed = 0;
let failed = 0;
for (const drill of selected) {
  console.log(`\n${drill.id}: ${drill.title}`);
  for (const o of results.get(drill)!) {
    if (o.ok) passed++;
    else failed++;
    console.log(
      `  ${o.ok ? 'ok  ' : 'FAIL'} ${o.surface.padEnd(34)} ${o.actual}${o.ok ? '' : `\n       expected: ${o.expected}`}`,
    );
  }
}
console.log(`\n(${((Date.now() - started) / 1000).toFixed(0)} s)`);
console.log(`drills: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
