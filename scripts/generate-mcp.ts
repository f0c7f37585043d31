/**
 * Writes packages/mcp/src/gen/operations.gen.ts from `spec/openapi.yaml`: each operation's method,
 * path, summary and description and the descriptions of its path, query and body fields. They
 * become the MCP tools' names, titles and descriptions; hey-api's zod output carries no
 * descriptions, and the sdk's JSDoc is not there at run time. The input and output schemas
 * themselves come from @modelgates/zod at run time.
 *
 * Run by scripts/generate.ts (`pnpm generate`), so `pnpm check:generated` covers it; it also runs
 * alone: `pnpm exec tsx scripts/generate-mcp.ts`.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { parse } from 'yaml';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const input = join(root, 'spec/openapi.yaml');

/** Writes the file; the folder is emptied first, like the other generators' output. */
export async function generateMcp(): Promise<void> {
  type Node = Record<string, any>;
  const spec = parse(readFileSync(input, 'utf8')) as Node;
  const deref = (node: Node): Node => {
    if (typeof node?.['$ref'] !== 'string') return node;
    const [hash, ...parts] = node['$ref'].split('/');
    if (hash !== '#') throw new Error(`only local $refs are supported: ${node['$ref']}`);
    return deref(parts.reduce((at: Node, part) => at[part], spec));
  };
  const text = (value: unknown) =>
    typeof value === 'string' ? value.trim().replace(/\s*\n\s*/g, ' ') : undefined;
  const operations: Record<string, Node> = {};
  for (const [path, item] of Object.entries(spec['paths'] as Record<string, Node>)) {
    for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
      const op = item[method] as Node | undefined;
      if (!op) continue;
      const fields: Record<string, string> = {};
      for (const p of [...(item['parameters'] ?? []), ...(op['parameters'] ?? [])].map(deref)) {
        // Headers (the attribution headers) are the server's configuration, not tool arguments.
        if (p['in'] === 'header') continue;
        const description = text(p['description'] ?? deref(p['schema'] ?? {})['description']);
        if (description) fields[p['name']] = description;
      }
      const body = op['requestBody']
        ? deref(deref(op['requestBody'])['content']['application/json']['schema'])
        : {};
      for (const [name, schema] of Object.entries((body['properties'] ?? {}) as Record<string, Node>)) {
        const description = text(schema['description'] ?? deref(schema)['description']);
        if (description) fields[name] = description;
      }
      operations[op['operationId']] = {
        method: method.toUpperCase(),
        path,
        summary: text(op['summary']),
        description: text(op['description']),
        fields,
      };
    }
  }
  const dir = join(root, 'packages/mcp/src/gen');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'operations.gen.ts');
  const source = [
    '// This file is generated from spec/openapi.yaml by scripts/generate-mcp.ts (pnpm generate).',
    '// Do not edit it by hand: change the spec or scripts/generate-mcp.ts and regenerate.',
    '',
    "/** Each operation's method, path, summary, description and field descriptions, keyed by operationId. */",
    `export const operations = ${JSON.stringify(operations, null, 2)} as const;`,
    '',
    'export type OperationId = keyof typeof operations;',
    '',
  ].join('\n');
  writeFileSync(file, await format(source, { ...(await resolveConfig(file)), filepath: file }));
  console.log(`generated ${relative(root, dir)}: operations.gen.ts`);
}

// Run directly (not imported by scripts/generate.ts).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await generateMcp();
