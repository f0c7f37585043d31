/**
 * Generates the three packages' `src/gen` folders from `spec/openapi.yaml` with @hey-api/openapi-ts.
 *
 * One generator run per package, so each package gets only its own files:
 * - packages/zod/src/gen         zod (zod/mini) schemas for every request, response and component,
 *                                each with its explicit type (annotate-exports.ts: no slow types for JSR)
 * - packages/sdk/src/gen         the fetch client, types and one function per operation; its imports
 *                                of the zod schemas point at `@modelgates/zod` (no second copy)
 * - packages/react-query/src/gen TanStack Query options/keys; imports point at `@modelgates/sdk`
 * - packages/mock/src/gen        the mock's seed and error bodies, the spec's examples checked by the
 *                                zod schemas, by scripts/generate-mock.ts (no hey-api run)
 *
 * The generator emits its own copies of sdk/client/types next to the zod and TanStack files; those
 * are deleted after the run (see `keep`) so exactly one copy of the client exists.
 */
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  clientDefaultConfig,
  clientDefaultMeta,
  clientPluginHandler,
  createClient,
  definePluginConfig,
  type Plugins,
  type UserConfig,
} from '@hey-api/openapi-ts';
import { annotateExports } from './annotate-exports.js';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const input = join(root, 'spec/openapi.yaml');
const header = [
  '// This file is generated from spec/openapi.yaml by @hey-api/openapi-ts (pnpm generate).',
  '// Do not edit it by hand: change the spec or scripts/generate.ts and regenerate.',
];

/** A `z.infer` type per schema, named in PascalCase (the plugin's `case` would make it camelCase). */
const inferType = (name: string) => ({ infer: { case: 'PascalCase', enabled: true, name } }) as const;
const zodPlugin = {
  name: 'zod',
  compatibilityVersion: 'mini',
  dates: { offset: true },
  metadata: false,
  definitions: { name: 'z{{name}}', types: inferType('{{name}}') },
  // `shouldExtract` keeps one exported request schema per operation (`z{{name}}Data`: body, path,
  // query and headers together); since hey-api 0.95 it is only built for an SDK's request validator.
  requests: { name: 'z{{name}}Data', shouldExtract: true, types: inferType('{{name}}Data') },
  responses: { name: 'z{{name}}Response', types: inferType('{{name}}Response') },
  $resolvers: {
    // JSON Schema's `uuid` format is RFC 4122's grammar: any 8-4-4-4-12 hex string, which Prism (and
    // so the spec) accepts. z.uuid() also demands an RFC 9562 version and variant; z.guid() does not.
    string: (ctx) => {
      if (ctx.schema.format === 'uuid')
        ctx.nodes.format = ({ $, plugin }) => $(plugin.imports.z).attr('guid').call();
      return undefined;
    },
  } satisfies Plugins.Zod.Resolvers,
} as const;

/**
 * Our own client runtime (packages/sdk/src/runtime), plugged in through hey-api's client plugin API.
 * A client plugin's name is the module specifier the generated code imports `createClient`,
 * `createConfig` and the client types from: here the runtime's path relative to `src/gen`. With
 * `bundle: false` nothing is copied into `src/gen`; the `parser.hooks` below put the plugin's own
 * output (the default `client`) in `client.gen.ts`, as hey-api's bundled clients do.
 */
const RUNTIME = '../runtime/index.js';
const runtimeClient = definePluginConfig({
  ...clientDefaultMeta,
  config: { ...clientDefaultConfig, bundle: false, throwOnError: true },
  handler: clientPluginHandler,
  name: RUNTIME,
} as unknown as Parameters<typeof definePluginConfig>[0]);
const clientFileHooks = {
  symbols: {
    getFilePath: (symbol: { meta?: { plugin?: unknown } }) =>
      symbol.meta?.plugin === RUNTIME ? 'client' : undefined,
  },
};

/** Rewrites a generated module specifier that points at another package's generated files. */
const redirect =
  (map: Record<string, string>) =>
  (path: string): string | undefined => {
    const base = path.replace(/^(\.\.?\/)+/, '').replace(/\.(js|ts)$/, '');
    return map[base];
  };

interface Job {
  pkg: string;
  config: Omit<UserConfig, 'input' | 'output'> & {
    output?: Partial<Exclude<UserConfig['output'], string | readonly unknown[]>>;
  };
  /** Paths (relative to src/gen) to keep; everything else the run wrote is a duplicate and is removed. */
  keep: (file: string) => boolean;
  /** Files (relative to src/gen) whose exported consts get explicit types, for JSR (see annotate-exports.ts). */
  annotate?: string[];
}

const jobs: Job[] = [
  {
    pkg: 'zod',
    // The SDK plugin with a zod request validator is what makes the zod plugin emit `z{{name}}Data`;
    // its own files are dropped by `keep`.
    config: {
      parser: { hooks: clientFileHooks },
      plugins: [
        runtimeClient(),
        zodPlugin,
        { name: '@hey-api/sdk', validator: { request: 'zod', response: false } },
      ],
    },
    keep: (f) => f === 'zod.gen.ts',
    annotate: ['zod.gen.ts'],
  },
  {
    pkg: 'sdk',
    config: {
      output: { module: { resolve: redirect({ 'zod.gen': '@modelgates/zod' }) } },
      parser: { hooks: clientFileHooks },
      plugins: [runtimeClient(), { name: '@hey-api/typescript' }, { name: '@hey-api/sdk', validator: false }],
    },
    keep: () => true,
  },
  {
    pkg: 'react-query',
    config: {
      output: {
        module: {
          resolve: redirect({
            'client.gen': '@modelgates/sdk',
            'sdk.gen': '@modelgates/sdk',
            'types.gen': '@modelgates/sdk',
          }),
        },
      },
      parser: { hooks: clientFileHooks },
      plugins: [
        runtimeClient(),
        { name: '@hey-api/typescript' },
        { name: '@hey-api/sdk', validator: false },
        {
          name: '@tanstack/react-query',
          infiniteQueryOptions: true,
          mutationOptions: true,
          queryKeys: true,
          queryOptions: true,
        },
      ],
    },
    keep: (f) => f === '@tanstack/react-query.gen.ts',
  },
];

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

function prune(dir: string, keep: (file: string) => boolean): void {
  for (const file of walk(dir)) {
    if (!keep(relative(dir, file).split('\\').join('/'))) rmSync(file);
  }
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory() && walk(p).length === 0) rmSync(p, { recursive: true });
  }
}

for (const job of jobs) {
  const path = join(root, 'packages', job.pkg, 'src/gen');
  await createClient({
    ...job.config,
    input,
    logs: { level: 'silent' },
    output: {
      header,
      clean: true,
      entryFile: false,
      postProcess: ['prettier'],
      ...job.config.output,
      module: { extension: '.js', ...job.config.output?.module },
      path,
    },
  });
  if (!existsSync(path)) throw new Error(`generator wrote nothing to ${path}`);
  prune(path, job.keep);
  if (job.annotate) for (const file of job.annotate) await annotateExports(join(path, file));
  console.log(
    `generated ${relative(root, path)}: ${walk(path)
      .map((f) => relative(path, f))
      .join(', ')}`,
  );
}

const { generateMock } = await import('./generate-mock.js');
await generateMock();

// The operation registry and what is generated from it (the sdk's resource classes, the zod
// package's per-operation schemas): after the hey-api runs, which empty the src/gen folders.
const { generateRegistry } = await import('./generate-registry.js');
await generateRegistry();

// The sdk's validators, compiled ahead of time from the spec (plain functions, no zod at run time).
const { generateValidators } = await import('./generate-validators.js');
await generateValidators();
