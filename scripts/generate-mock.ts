/**
 * Writes packages/mock/src/gen/examples.gen.ts from `spec/openapi.yaml`: the examples the mock
 * starts from, so its seed is the spec's and never a hand copy.
 * - `exampleKeys`: the items of the paginated operation's 200 example (the seed keys).
 * - `exampleCurrentKey`: the `data` of the 200 example of the operation answering a `CurrentKey`.
 * - `exampleWorkspaceId`: the `ApiKey.workspace_id` example (the default workspace).
 * - `errorExamples`: the error body of every status among `components.responses`.
 *
 * Every example is checked against the spec's schema through the generated @modelgates/zod schemas
 * (formats and patterns included): a bad example stops the generator naming the example and field.
 *
 * Run by scripts/generate.ts (`pnpm generate`) after the zod package is generated, so
 * `pnpm check:generated` covers it; it also runs alone: `pnpm exec tsx scripts/generate-mock.ts`.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { parse } from 'yaml';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const input = join(root, 'spec/openapi.yaml');

type Node = Record<string, any>;
interface Schema {
  safeParse(value: unknown): {
    success: boolean;
    error?: { issues: { path: PropertyKey[]; message: string }[] };
  };
}

export async function generateMock(): Promise<void> {
  const spec = parse(readFileSync(input, 'utf8')) as Node;
  const deref = (node: Node): Node => {
    if (typeof node?.['$ref'] !== 'string') return node;
    const [hash, ...parts] = node['$ref'].split('/');
    if (hash !== '#') throw new Error(`only local $refs are supported: ${node['$ref']}`);
    return deref(parts.reduce((at: Node, part) => at[part], spec));
  };
  const refName = (node: Node | undefined) =>
    typeof node?.['$ref'] === 'string' ? node['$ref'].split('/').pop() : undefined;
  const zod = (await import(pathToFileURL(join(root, 'packages/zod/src/gen/zod.gen.ts')).href)) as Record<
    string,
    Schema
  >;
  const check = (value: unknown, schema: string, where: string) => {
    const parsed = zod[`z${schema}`]!.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error!.issues[0]!;
      throw new Error(
        `spec/openapi.yaml: ${where}.${issue.path.join('.')} does not match the ${schema} schema: ${issue.message}`,
      );
    }
  };

  let exampleKeys: unknown;
  let exampleCurrentKey: unknown;
  for (const [path, item] of Object.entries(spec['paths'] as Record<string, Node>)) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
      const op = item[method] as Node | undefined;
      const ok = op && deref(op['responses']?.['200'] ?? {})['content']?.['application/json'];
      if (!ok) continue;
      const where = `${method.toUpperCase()} ${path} 200 example`;
      const properties = (deref(ok['schema'])['properties'] ?? {}) as Record<string, Node>;
      const paging = op['x-modelgates']?.['paginated'];
      if (paging && refName(deref(properties[paging['items']] ?? {})['items']) === 'ApiKey') {
        exampleKeys = ok['example']?.[paging['items']];
        if (!Array.isArray(exampleKeys) || exampleKeys.length === 0)
          throw new Error(`spec/openapi.yaml: ${where} has no ${paging['items']} to seed the mock with`);
        exampleKeys.forEach((key, i) => check(key, 'ApiKey', `${where}.${paging['items']}[${i}]`));
      }
      if (refName(properties['data']) === 'CurrentKey') {
        exampleCurrentKey = ok['example']?.['data'];
        check(exampleCurrentKey, 'CurrentKey', `${where}.data`);
      }
    }
  }
  if (!exampleKeys) throw new Error('spec/openapi.yaml: no paginated operation lists ApiKey items');
  if (!exampleCurrentKey) throw new Error('spec/openapi.yaml: no operation answers a CurrentKey');
  const exampleWorkspaceId = spec['components']['schemas']['ApiKey']['properties']['workspace_id']['example'];
  if (typeof exampleWorkspaceId !== 'string')
    throw new Error('spec/openapi.yaml: ApiKey.workspace_id has no example (the default workspace)');

  const errorExamples: Record<number, unknown> = {};
  for (const [name, response] of Object.entries(spec['components']['responses'] as Record<string, Node>)) {
    const json = deref(response)['content']?.['application/json'];
    if (refName(json?.['schema']) !== 'ErrorResponse') continue;
    const body = json['example'];
    check(body, 'ErrorResponse', `components.responses.${name}.example`);
    errorExamples[body.error.code as number] = body;
  }

  const dir = join(root, 'packages/mock/src/gen');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'examples.gen.ts');
  const source = [
    '// This file is generated from spec/openapi.yaml by scripts/generate-mock.ts (pnpm generate).',
    '// Do not edit it by hand: change the spec (its examples) or the generator and regenerate.',
    '',
    "import type { ApiKey, CurrentKey, ErrorResponse } from '@modelgates/zod';",
    '',
    "/** The seed: the keys of the spec's list example. */",
    `export const exampleKeys: readonly ApiKey[] = ${JSON.stringify(exampleKeys, null, 2)};`,
    '',
    "/** The spec's `GET /key` example: what a key the mock does not hold (a management key) is described as. */",
    `export const exampleCurrentKey: CurrentKey = ${JSON.stringify(exampleCurrentKey, null, 2)};`,
    '',
    "/** The default workspace: the spec's `ApiKey.workspace_id` example. */",
    `export const exampleWorkspaceId = ${JSON.stringify(exampleWorkspaceId)};`,
    '',
    "/** The spec's error body for each status it declares. */",
    `export const errorExamples: Readonly<Record<number, ErrorResponse>> = ${JSON.stringify(errorExamples, null, 2)};`,
    '',
  ].join('\n');
  writeFileSync(file, await format(source, { ...(await resolveConfig(file)), filepath: file }));
  console.log(`generated ${relative(root, dir)}: examples.gen.ts`);
}

// Run directly (not imported by scripts/generate.ts).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await generateMock();
