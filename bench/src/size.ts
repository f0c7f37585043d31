/**
 * Bundle sizes: one `list keys` call per client, bundled by esbuild (minified, browser platform,
 * ESM, tree-shaken) and gzipped at level 9. Entries live here as source text, resolved from bench/.
 */
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build, type Metafile } from 'esbuild';

export interface SizeEntry {
  id: string;
  label: string;
  source: string;
  external?: string[];
  diagnostic?: boolean;
}

export interface SizeResult {
  id: string;
  label: string;
  diagnostic: boolean;
  minBytes: number;
  gzipBytes: number;
  /** Minified bytes each input contributed, largest first: where a bundle's size comes from. */
  inputs: Array<{ path: string; bytes: number }>;
}

const REACT_QUERY_PEERS = [
  'react',
  'react-dom',
  '@tanstack/react-query',
  '@modelgates/sdk',
  '@modelgates/zod',
  'zod',
];

export const sizeEntries: SizeEntry[] = [
  {
    id: 'raw-fetch',
    label: 'raw `fetch` + `JSON.parse`',
    source: `export async function listKeys(baseUrl, apiKey) {
      const res = await fetch(baseUrl + '/keys', { headers: { authorization: 'Bearer ' + apiKey } });
      if (!res.ok) throw new Error('HTTP ' + res.status);
      return JSON.parse(await res.text());
    }`,
  },
  {
    id: 'floor-zod',
    label:
      'the floor with validation: raw `fetch` + `AbortController` timeout + zod/mini request and response validation',
    source: `import { zListData, zListResponse } from '@modelgates/zod';
    export async function listKeys(baseUrl, apiKey, query) {
      const input = query ? { query } : {};
      zListData.parse(input);
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), 60000);
      try {
        const res = await fetch(baseUrl + '/keys', { headers: { authorization: 'Bearer ' + apiKey }, signal: controller.signal });
        if (!res.ok) throw new Error('HTTP ' + res.status);
        return zListResponse.parse(JSON.parse(await res.text()));
      } finally {
        clearTimeout(timer);
      }
    }`,
  },
  {
    id: 'openapi-fetch',
    label: 'openapi-fetch',
    source: `import createClient from 'openapi-fetch';
    export const listKeys = (baseUrl, apiKey) => createClient({ baseUrl, headers: { Authorization: 'Bearer ' + apiKey } }).GET('/keys');`,
  },
  {
    id: 'standalone',
    label: '@modelgates/sdk standalone `list` on our runtime, no validation',
    source: `import { createClient, list } from '@modelgates/sdk';
    export const listKeys = (baseUrl, apiKey) => list({ client: createClient({ baseUrl, auth: apiKey }) });`,
  },
  {
    id: 'standalone-validated',
    label: '@modelgates/sdk standalone `list` + validation (the sdk’s generated validators)',
    source: `import { createClient, list, validation, vListData, vListResponse } from '@modelgates/sdk';
    export const listKeys = (baseUrl, apiKey, query) =>
      list({ client: createClient({ baseUrl, auth: apiKey }), ...(query ? { query } : {}), ...validation(vListData, vListResponse) });`,
  },
  {
    id: 'modelgates',
    label: '@modelgates/sdk `ModelGates` class (everything)',
    source: `import { ModelGates } from '@modelgates/sdk';
    export const listKeys = (baseUrl, apiKey) => new ModelGates({ baseUrl, apiKey }).apiKeys.list();`,
  },
  {
    id: 'openrouter-fn',
    label: '@openrouter/sdk standalone `apiKeysList`',
    source: `import { OpenRouterCore } from '@openrouter/sdk/core.js';
    import { apiKeysList } from '@openrouter/sdk/funcs/apiKeysList.js';
    export const listKeys = (serverURL, apiKey) => apiKeysList(new OpenRouterCore({ serverURL, apiKey }));`,
  },
  {
    id: 'openrouter-class',
    label: '@openrouter/sdk `OpenRouter` class',
    source: `import { OpenRouter } from '@openrouter/sdk';
    export const listKeys = (serverURL, apiKey) => new OpenRouter({ serverURL, apiKey }).apiKeys.list();`,
  },
  {
    id: 'react-query',
    label: '@modelgates/react-query: `useApiKeys` + `ModelGatesProvider`, peers external',
    source: `import { ModelGatesProvider, useApiKeys } from '@modelgates/react-query';
    export { ModelGatesProvider };
    export function useKeys() { return useApiKeys({ include_disabled: true }).data; }`,
    external: REACT_QUERY_PEERS,
  },
  {
    id: 'react-query-all',
    label: '@modelgates/react-query: the whole package, peers external',
    source: `export * from '@modelgates/react-query';`,
    external: REACT_QUERY_PEERS,
    diagnostic: true,
  },
  {
    id: 'zod-schemas',
    label: 'zod/mini with `zListData` + `zListResponse` alone (the validation share)',
    source: `import { zListData, zListResponse } from '@modelgates/zod';
    export const check = (input, body) => [zListData.parse(input), zListResponse.parse(body)];`,
    diagnostic: true,
  },
  {
    id: 'zod-floor',
    label: "zod/mini with one one-field `z.object` (zod's own floor)",
    source: `import * as z from 'zod/mini';
    export const check = (body) => z.object({ a: z.string() }).parse(body);`,
    diagnostic: true,
  },
  {
    id: 'zod-all-schemas',
    label: 'zod/mini with the 13 schemas `ModelGates` uses (12 request/response + the error body)',
    source: `export { zCreateKeysData, zCreateKeysResponse, zDeleteKeysData, zDeleteKeysResponse, zGetCurrentKeyData,
      zGetCurrentKeyResponse, zGetKeyData, zGetKeyResponse, zListData, zListResponse, zUpdateKeysData,
      zUpdateKeysResponse, zErrorResponse } from '@modelgates/zod';`,
    diagnostic: true,
  },
];

const benchDir = fileURLToPath(new URL('..', import.meta.url));

export async function measureSize(entry: SizeEntry): Promise<SizeResult> {
  const result = await build({
    stdin: { contents: entry.source, resolveDir: benchDir, loader: 'js', sourcefile: `${entry.id}.js` },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
    legalComments: 'none',
    external: (entry.external ?? []).flatMap((name) => [name, `${name}/*`]),
  });
  const code = result.outputFiles[0]!.contents;
  return {
    id: entry.id,
    label: entry.label,
    diagnostic: entry.diagnostic ?? false,
    minBytes: code.byteLength,
    gzipBytes: gzipSync(code, { level: 9 }).byteLength,
    inputs: inputsOf(result.metafile),
  };
}

function inputsOf(metafile: Metafile): Array<{ path: string; bytes: number }> {
  const output = Object.values(metafile.outputs)[0]!;
  return Object.entries(output.inputs)
    .map(([path, { bytesInOutput }]) => ({ path: shortPath(path), bytes: bytesInOutput }))
    .filter((i) => i.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes);
}

/** `../node_modules/.pnpm/zod@4.6.7/node_modules/zod/v4/mini/schemas.js` -> `zod/v4/mini/schemas.js`. */
function shortPath(path: string): string {
  const nm = path.lastIndexOf('node_modules/');
  if (nm >= 0) return path.slice(nm + 'node_modules/'.length);
  return path.replace(/^(\.\.\/)+/, '');
}

/** The parts a bundle's modules fall into (paths as `shortPath` gives them), in order: a module
 * goes to the first part that matches. */
export const SIZE_PARTS: Array<{
  id: string;
  short: string;
  label: string;
  match: (path: string) => boolean;
}> = [
  { id: 'zod', short: 'zod/mini', label: 'zod/mini (the library)', match: (p) => p.startsWith('zod/') },
  {
    id: 'schemas',
    short: 'the schemas',
    label: '`@modelgates/zod` schemas',
    match: (p) => p.startsWith('packages/zod/'),
  },
  {
    id: 'runtime',
    short: 'our runtime',
    label: 'our runtime (`runtime/*.js`)',
    match: (p) => p.startsWith('packages/sdk/dist/runtime/'),
  },
  {
    id: 'errors',
    short: 'typed errors',
    label: 'typed errors (`errors.js`)',
    match: (p) => p === 'packages/sdk/dist/errors.js',
  },
  {
    id: 'retry',
    short: 'retry policy',
    label: 'retry policy (`retry.js`)',
    match: (p) => p === 'packages/sdk/dist/retry.js',
  },
  {
    id: 'env',
    short: 'runtime detection',
    label: 'runtime detection (`internal/runtime.js`: env lookup, connection-refused test)',
    match: (p) => p === 'packages/sdk/dist/internal/runtime.js',
  },
  {
    id: 'validators',
    short: 'validators',
    label: 'validators generated from the spec (`gen/validators.gen.js`) and their glue (`validators.js`)',
    match: (p) => p === 'packages/sdk/dist/gen/validators.gen.js' || p === 'packages/sdk/dist/validators.js',
  },
  {
    id: 'gen',
    short: 'generated code',
    label: 'generated functions and default client (`gen/*.js`)',
    match: (p) => p.startsWith('packages/sdk/dist/gen/'),
  },
  {
    id: 'class',
    short: 'the `ModelGates` class',
    label:
      'the `ModelGates` class (`client.js`: operations table, request and response checks, `APIPromise`)',
    match: (p) => p === 'packages/sdk/dist/client.js',
  },
  {
    id: 'validate',
    short: 'issue messages',
    label: 'zod issues turned into messages (`internal/validate.js`)',
    match: (p) => p === 'packages/sdk/dist/internal/validate.js',
  },
  {
    id: 'sdk-other',
    short: 'other sdk modules',
    label: 'other `@modelgates/sdk` modules',
    match: (p) => p.startsWith('packages/sdk/'),
  },
  { id: 'other', short: 'the rest', label: 'the rest (the entry, other packages)', match: () => true },
];

/** Minified bytes per part of a bundle (exact, from esbuild's metafile). */
export function partsOf(result: SizeResult): Record<string, number> {
  const out: Record<string, number> = Object.fromEntries(SIZE_PARTS.map((p) => [p.id, 0]));
  for (const input of result.inputs) out[SIZE_PARTS.find((p) => p.match(input.path))!.id]! += input.bytes;
  return out;
}

export async function measureSizes(): Promise<SizeResult[]> {
  const out: SizeResult[] = [];
  for (const entry of sizeEntries) out.push(await measureSize(entry));
  return out;
}

export interface ModuleGraph {
  specifier: string;
  modules: number;
  sourceBytes: number;
  /** Modules under a `locales/` folder. */
  localeModules: number;
}

/** What `import(specifier)` makes Node load and compile: every module reachable, as esbuild resolves them for Node. */
export async function measureModuleGraph(specifier: string): Promise<ModuleGraph> {
  const result = await build({
    stdin: { contents: `export * from '${specifier}';`, resolveDir: benchDir, loader: 'js' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const inputs = Object.entries(result.metafile.inputs).filter(([path]) => path !== '<stdin>');
  return {
    specifier,
    modules: inputs.length,
    sourceBytes: inputs.reduce((sum, [, input]) => sum + input.bytes, 0),
    localeModules: inputs.filter(([path]) => path.includes('/locales/')).length,
  };
}

export const GRAPH_SPECIFIERS = [
  'openapi-fetch',
  'zod/mini',
  '@modelgates/zod',
  '@modelgates/sdk',
  '@modelgates/sdk/functions',
  '@openrouter/sdk',
];
