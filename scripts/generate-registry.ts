/**
 * The operation registry: one table of the spec's operations that every package keys by.
 *
 * Reads `spec/openapi.yaml` (after the hey-api runs, which empty the `src/gen` folders) and writes:
 * - packages/sdk/src/gen/registry.gen.ts   `operations` (what the client needs at run time: method,
 *   path, parameters, body date fields, idempotent, paginated, read-only/destructive, secret
 *   response fields, public names) and `operationDocs` (summary, description, field descriptions,
 *   for the MCP tools, the CLI's help and the docs), `schemaFields` (every field of every object
 *   component: type, nullable, required, format, description), and their types.
 * - packages/sdk/src/gen/resources.gen.ts  the `ModelGates` resource classes (`ApiKeys`): one method
 *   per operation, its arguments derived from the operation (path parameters, then the body or the
 *   query, then the request options), plus `<method>All` for a paginated operation.
 * - packages/zod/src/gen/operations.gen.ts each operation's request and response zod schemas.
 *
 * Public names come from the spec's `x-modelgates` extension of each operation (`method`, `hook`,
 * `cli` or `cliExclude`, `paginated`, `idempotent`, `destructive`, `resource`); secret response
 * fields from `x-modelgates-secret: true` on the property. A response string property that looks
 * like a secret (named key/secret/token, or described as one) and is not marked either way stops
 * the generator: a secret must never be missed silently.
 *
 * Run by scripts/generate.ts (`pnpm generate`), so `pnpm check:generated` covers it.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { parse } from 'yaml';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const input = join(root, 'spec/openapi.yaml');
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

// A parsed YAML document (eslint's config leaves scripts' `any` alone).
type Node = Record<string, any>;

export interface FieldInfo {
  type: 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'unknown';
  nullable: boolean;
  required: boolean;
  format?: string;
  enum?: string[];
  /** The component an object or array item refers to. */
  ref?: string;
  description?: string;
  deprecated?: boolean;
  secret?: boolean;
}

const pascal = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** A tag's words as a property name: `API Keys` -> `apiKeys`. */
const words = (s: string) =>
  s
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w, i) => (i === 0 ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()))
    .join('');
const text = (value: unknown) =>
  typeof value === 'string' ? value.trim().replace(/\s*\n\s*/g, ' ') : undefined;
const SECRET_NAME = /^(key|secret|token|api_key|password)$/i;
const SECRET_WORDS = /\bsecret\b|\bplaintext\b/i;

export function buildRegistry(spec: Node) {
  const lookup = (ref: string): Node => {
    const [hash, ...parts] = ref.split('/');
    if (hash !== '#') throw new Error(`only local $refs are supported: ${ref}`);
    return parts.reduce((at: Node, part) => at[part], spec);
  };
  const deref = (node: Node): Node =>
    typeof node?.['$ref'] === 'string' ? deref(lookup(node['$ref'])) : node;
  const refName = (node: Node | undefined) =>
    typeof node?.['$ref'] === 'string' ? node['$ref'].split('/').pop() : undefined;

  /** A property's shape, through `$ref`s, `type: [x, 'null']` and `anyOf: [x, {type: null}]`. */
  function field(prop: Node, required: boolean, where: string): FieldInfo {
    let nullable = false;
    let node = prop;
    let ref = refName(node);
    const description = text(prop['description'] ?? deref(prop)['description']);
    if (Array.isArray(node['anyOf'] ?? node['oneOf'])) {
      const branches = (node['anyOf'] ?? node['oneOf']) as Node[];
      const rest = branches.filter((b) => deref(b)['type'] !== 'null');
      nullable = rest.length < branches.length;
      if (rest.length !== 1) return { type: 'unknown', nullable, required, description };
      ref = refName(rest[0]);
      node = rest[0]!;
    }
    node = deref(node);
    let type = node['type'] as string | string[] | undefined;
    if (Array.isArray(type)) {
      nullable ||= type.includes('null');
      type = type.filter((t) => t !== 'null')[0];
    }
    const out: FieldInfo = {
      type: (['string', 'number', 'integer', 'boolean', 'object', 'array'].includes(type ?? '')
        ? type
        : 'unknown') as FieldInfo['type'],
      nullable,
      required,
    };
    if (node['format']) out.format = node['format'];
    if (Array.isArray(node['enum'])) out.enum = node['enum'];
    if (type === 'array' && refName(node['items'])) out.ref = refName(node['items']);
    else if (ref && type === 'object') out.ref = ref;
    if (description) out.description = description;
    if (prop['deprecated'] || node['deprecated']) out.deprecated = true;
    const marker = prop['x-modelgates-secret'];
    if (marker === true) out.secret = true;
    if (marker === undefined && type === 'string' && where.startsWith('response')) {
      const name = where.split('.').pop()!;
      if (SECRET_NAME.test(name) || SECRET_WORDS.test(description ?? '')) {
        throw new Error(
          `spec/openapi.yaml: ${where} looks like a secret. Mark it \`x-modelgates-secret: true\` ` +
            '(it is then redacted everywhere but in the result that creates it) or `false`.',
        );
      }
    }
    return out;
  }

  function fieldsOf(schema: Node, where: string): Record<string, FieldInfo> {
    const s = deref(schema);
    const required = new Set<string>(s['required'] ?? []);
    const out: Record<string, FieldInfo> = {};
    for (const [name, prop] of Object.entries((s['properties'] ?? {}) as Record<string, Node>))
      out[name] = field(prop, required.has(name), `${where}.${name}`);
    return out;
  }

  const schemaFields: Record<string, Record<string, FieldInfo>> = {};
  for (const [name, schema] of Object.entries(
    (spec['components']?.['schemas'] ?? {}) as Record<string, Node>,
  )) {
    if (deref(schema)['type'] === 'object' && deref(schema)['properties'])
      schemaFields[name] = fieldsOf(schema, `components.schemas.${name}`);
  }

  const operations: Record<string, Node> = {};
  const docs: Record<string, Node> = {};
  const seen = new Map<string, string>();
  for (const [path, item] of Object.entries(spec['paths'] as Record<string, Node>)) {
    for (const method of METHODS) {
      const op = item[method] as Node | undefined;
      if (!op) continue;
      const id = op['operationId'] as string;
      if (!id) throw new Error(`spec/openapi.yaml: ${method.toUpperCase()} ${path} has no operationId`);
      const x = (op['x-modelgates'] ?? {}) as Node;
      const params = [...(item['parameters'] ?? []), ...(op['parameters'] ?? [])].map(deref);
      const fieldDocs: Record<string, string> = {};
      const pathParams: string[] = [];
      const queryParams: string[] = [];
      for (const p of params) {
        if (p['in'] === 'header') continue; // the attribution headers are client configuration
        (p['in'] === 'path' ? pathParams : queryParams).push(p['name']);
        const d = text(p['description'] ?? deref(p['schema'] ?? {})['description']);
        if (d) fieldDocs[p['name']] = d;
      }
      let body: Node | null = null;
      if (op['requestBody']) {
        const rb = deref(op['requestBody']);
        const schema = rb['content']?.['application/json']?.['schema'] as Node;
        const fields = fieldsOf(schema, `${id}.requestBody`);
        for (const [name, f] of Object.entries(fields)) if (f.description) fieldDocs[name] = f.description;
        body = {
          required: rb['required'] === true,
          schema: refName(schema) ?? null,
          fields: Object.keys(fields),
          requiredFields: Object.keys(fields).filter((f) => fields[f]!.required),
          dateFields: Object.keys(fields).filter((f) => fields[f]!.format === 'date-time'),
        };
      }
      const success = Object.keys(op['responses'] ?? {}).find((s) => /^2\d\d$/.test(s));
      const responseSchema = success
        ? deref(op['responses'][success])['content']?.['application/json']?.['schema']
        : undefined;
      const responseFields = responseSchema ? fieldsOf(responseSchema, `response of ${id}`) : {};
      const secrets = Object.keys(responseFields).filter((f) => responseFields[f]!.secret);
      const upper = method.toUpperCase();
      const resource = (x['resource'] as string | undefined) ?? words(String(op['tags']?.[0] ?? 'default'));
      const methodName = (x['method'] as string | undefined) ?? id;
      const key = `${resource}.${methodName}`;
      if (seen.has(key)) throw new Error(`spec/openapi.yaml: ${id} and ${seen.get(key)} are both ${key}`);
      seen.set(key, id);
      const paginated = x['paginated']
        ? {
            offset: String(x['paginated']['offset']),
            items: String(x['paginated']['items']),
            pageSize: Number(x['paginated']['pageSize']),
          }
        : null;
      if (paginated && !queryParams.includes(paginated.offset))
        throw new Error(`spec/openapi.yaml: ${id}'s x-modelgates.paginated.offset is not a query parameter`);
      if (x['cli'] !== undefined && x['cliExclude'] !== undefined)
        throw new Error(`spec/openapi.yaml: ${id} has both x-modelgates.cli and cliExclude`);
      operations[id] = {
        method: upper,
        path,
        resource,
        name: methodName,
        pathParams,
        queryParams,
        body,
        responseStatus: success ? Number(success) : null,
        secrets,
        idempotent: (x['idempotent'] as boolean | undefined) ?? upper !== 'POST',
        readOnly: upper === 'GET',
        destructive: (x['destructive'] as boolean | undefined) ?? upper === 'DELETE',
        paginated,
        hook: (x['hook'] as string | undefined) ?? `use${pascal(id)}`,
        cli: x['cliExclude'] !== undefined ? null : ((x['cli'] as string | undefined) ?? id),
      };
      docs[id] = {
        summary: text(op['summary']) ?? id,
        description: text(op['description']) ?? text(op['summary']) ?? id,
        fields: fieldDocs,
        ...(x['cliExclude'] !== undefined ? { cliExclude: String(x['cliExclude']) } : {}),
        responseSchema: responseSchema ? (refName(responseSchema) ?? null) : null,
        responseFields,
      };
    }
  }
  return { operations, docs, schemaFields };
}

const HEADER = [
  '// This file is generated from spec/openapi.yaml by scripts/generate-registry.ts (pnpm generate).',
  '// Do not edit it by hand: change the spec or the generator and regenerate.',
  '',
];

function registrySource(r: ReturnType<typeof buildRegistry>): string {
  return [
    ...HEADER,
    "import type { HttpMethod } from '../runtime/types.js';",
    '',
    '/** A field of an object schema, as the spec states it. */',
    'export interface FieldInfo {',
    "  type: 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'unknown';",
    '  nullable: boolean;',
    '  required: boolean;',
    '  format?: string;',
    '  enum?: readonly string[];',
    "  /** The component an object (or an array's items) refers to. */",
    '  ref?: string;',
    '  description?: string;',
    '  deprecated?: boolean;',
    '  /** Marked `x-modelgates-secret`: shown only in the result that creates it. */',
    '  secret?: boolean;',
    '}',
    '',
    '/** What the client, the hooks, the mock, the CLI and the MCP server know of one operation. */',
    'export interface OperationMeta {',
    '  method: HttpMethod;',
    '  /** The path template, relative to the base URL. */',
    '  path: string;',
    '  /** The `ModelGates` resource (`mg.apiKeys`) and method (`mg.apiKeys.get`). */',
    '  resource: string;',
    '  name: string;',
    '  pathParams: readonly string[];',
    '  queryParams: readonly string[];',
    '  body: {',
    '    required: boolean;',
    '    /** The component the body is, when it is one. */',
    '    schema: string | null;',
    '    fields: readonly string[];',
    '    requiredFields: readonly string[];',
    '    /** `date-time` fields: the sdk also takes a `Date` for them and sends it as UTC. */',
    '    dateFields: readonly string[];',
    '  } | null;',
    '  responseStatus: number | null;',
    '  /** Response fields marked `x-modelgates-secret`: the operation creates a secret. */',
    '  secrets: readonly string[];',
    '  /** Safe to send twice (retried after it may have reached the server). */',
    '  idempotent: boolean;',
    '  readOnly: boolean;',
    '  destructive: boolean;',
    "  /** Offset paging: the query parameter, the response's item array and the page size. */",
    '  paginated: { offset: string; items: string; pageSize: number } | null;',
    "  /** The React hook (and the other adapters' function) name. */",
    '  hook: string;',
    '  /** The CLI command words, or null when the operation is deliberately not a command (see `operationDocs`). */',
    '  cli: string | null;',
    '}',
    '',
    '/** Texts of an operation: for tool descriptions, help and docs. Kept apart from `operations` so a',
    ' * bundle that only calls the API does not carry them. */',
    'export interface OperationDocs {',
    '  summary: string;',
    '  description: string;',
    '  /** Descriptions of the path, query and body fields. */',
    '  fields: Readonly<Record<string, string>>;',
    '  /** Why the operation has no CLI command. */',
    '  cliExclude?: string;',
    '}',
    '',
    "/** Every operation of the spec, by operationId, in the spec's order. */",
    `export const operations = ${JSON.stringify(r.operations, null, 2)} as const satisfies Record<string, OperationMeta>;`,
    '',
    '/** What the client needs at run time of each operation, and nothing more (bundles that call the',
    " * API carry this, not `operations`' names and lists). Derived from `operations`. */",
    `export const operationRoutes = ${JSON.stringify(
      Object.fromEntries(
        Object.entries(r.operations).map(([id, o]) => [
          id,
          {
            method: o['method'],
            path: o['path'],
            idempotent: o['idempotent'],
            dateFields: o['body']?.['dateFields'] ?? [],
            paginated: o['paginated'],
          },
        ]),
      ),
      null,
      2,
    )} as const satisfies Record<OperationId, Pick<OperationMeta, 'method' | 'path' | 'idempotent' | 'paginated'> & { dateFields: readonly string[] }>;`,
    '',
    '/** An operation of the spec: its operationId. */',
    'export type OperationId = keyof typeof operations;',
    '/** The operations that only read. */',
    "export type ReadOperationId = { [K in OperationId]: (typeof operations)[K]['readOnly'] extends true ? K : never }[OperationId];",
    '/** The operations that change something. */',
    'export type WriteOperationId = Exclude<OperationId, ReadOperationId>;',
    '/** The operations that are CLI commands. */',
    "export type CliOperationId = { [K in OperationId]: (typeof operations)[K]['cli'] extends string ? K : never }[OperationId];",
    '/** The hook names, one per operation. */',
    "export type HookName = (typeof operations)[OperationId]['hook'];",
    '',
    `export const operationDocs = ${JSON.stringify(
      Object.fromEntries(
        Object.entries(r.docs).map(([id, { responseFields: _f, responseSchema: _s, ...docs }]) => [id, docs]),
      ),
      null,
      2,
    )} as const satisfies Record<OperationId, OperationDocs>;`,
    '',
    '/** Every field of every object schema of the spec. */',
    `export const schemaFields = ${JSON.stringify(
      Object.fromEntries(
        Object.entries(r.schemaFields).map(([name, fields]) => [
          name,
          Object.fromEntries(Object.entries(fields).map(([f, { description: _d, ...info }]) => [f, info])),
        ]),
      ),
      null,
      2,
    )} as const satisfies Record<string, Record<string, FieldInfo>>;`,
    '',
    '/** The description of every field of every object schema (kept apart from `schemaFields`, so a',
    " * bundle that only needs the fields' shapes does not carry the texts). */",
    `export const schemaFieldDocs = ${JSON.stringify(
      Object.fromEntries(
        Object.entries(r.schemaFields).map(([name, fields]) => [
          name,
          Object.fromEntries(
            Object.entries(fields).flatMap(([f, { description }]) => (description ? [[f, description]] : [])),
          ),
        ]),
      ),
      null,
      2,
    )} as const satisfies Record<SchemaName, Record<string, string>>;`,
    '',
    'export type SchemaName = keyof typeof schemaFields;',
    '',
  ].join('\n');
}

function resourcesSource(r: ReturnType<typeof buildRegistry>): string {
  const byResource = new Map<string, [string, Node][]>();
  for (const [id, op] of Object.entries(r.operations)) {
    const list = byResource.get(op['resource']) ?? [];
    list.push([id, op]);
    byResource.set(op['resource'], list);
  }
  const typeImports = new Set<string>();
  const exportsOut: string[] = [];
  const classes: string[] = [];
  for (const [resource, ops] of byResource) {
    const cls = pascal(resource);
    const methods: string[] = [];
    for (const [id, op] of ops) {
      const P = pascal(id);
      const name = op['name'] as string;
      typeImports.add(`${P}Data`);
      typeImports.add(`${P}Response`);
      const doc = r.docs[id]!;
      const args: string[] = [];
      const input: string[] = [];
      if (op['pathParams'].length) {
        for (const p of op['pathParams'] as string[]) args.push(`${p}: ${P}Data['path']['${p}']`);
        input.push(`path: { ${(op['pathParams'] as string[]).join(', ')} }`);
      }
      if (op['body']) {
        const typeName = op['body'].schema
          ? String(op['body'].schema).replace(/Request$/, '') + 'Input'
          : `${pascal(name)}Input`;
        const dates = (op['body'].dateFields as string[]).map((f) => `'${f}'`).join(' | ') || 'never';
        exportsOut.push(
          `/** \`${resource}.${name}\`'s body: the wire fields${dates === 'never' ? '' : ', with date-time fields also taking a `Date` (sent as UTC)'}. */`,
          `export type ${typeName} = WithDates<${P}Data['body'], ${dates}>;`,
        );
        args.push(`body: ${typeName}${op['body'].required ? '' : ' = {}'}`);
        input.push('body');
      } else if (op['queryParams'].length) {
        const q = `${pascal(name)}Query`;
        exportsOut.push(
          `/** \`${resource}.${name}\`'s query parameters. */`,
          `export type ${q} = NonNullable<${P}Data['query']>;`,
        );
        args.push(`query?: ${q}`);
        input.push('query');
      }
      args.push('options?: RequestOptions');
      methods.push(
        `  /**\n   * ${doc['summary']}\n   *\n   * ${doc['description']}\n   */`,
        `  ${name}(${args.join(', ')}): APIPromise<${P}Response> {`,
        `    return callerOf(this).request('${id}', { ${input.join(', ')} }, options);`,
        '  }',
        '',
      );
      if (op['paginated']) {
        const q = `${pascal(name)}Query`;
        const items = op['paginated'].items;
        methods.push(
          `  /** Every item of \`${name}\`, page after page (${op['paginated'].pageSize} a page), fetched lazily as you iterate. */`,
          `  ${name}All(query?: ${q}, options?: RequestOptions): AsyncGenerator<${P}Response['${items}'][number]> {`,
          `    return callerOf(this).paginate<${P}Response['${items}'][number]>('${id}', query, options);`,
          '  }',
          '',
        );
      }
    }
    classes.push(
      `/** The ${resource} operations: \`mg.${resource}\`. */`,
      `export class ${cls} {`,
      '  constructor(mg: Caller) {',
      "    Object.defineProperty(this, 'mg', { value: mg, configurable: true });",
      '  }',
      '',
      ...methods,
      '}',
      '',
    );
  }
  const resourcesType = [...byResource.keys()].map((res) => `  readonly ${res}: ${pascal(res)};`);
  return [
    ...HEADER,
    "import type { APIPromise, Caller, RequestOptions } from '../client.js';",
    `import type { ${[...typeImports].sort().join(', ')} } from './types.gen.js';`,
    '',
    '/**',
    " * A resource's client: a non-enumerable property set by its constructor, neither a #private field",
    " * nor a declared member. Vue's `reactive`, a deep `ref` and Pinia stores hold the client behind a",
    ' * proxy: a private field refuses a proxy at run time, and a private member makes the unwrapped',
    ' * type (`UnwrapNestedRefs<ModelGates>`) unassignable to `ModelGates`. Configurable, so a proxy may',
    ' * hand back its own wrapper of it.',
    ' */',
    'const callerOf = (resource: object): Caller => (resource as { mg: Caller }).mg;',
    '',
    '/** `T` with its `K` fields also taking a `Date`. */',
    'type WithDates<T, K extends PropertyKey> = [K] extends [never]',
    '  ? T',
    '  : Omit<T, K & keyof T> & { [P in K & keyof T]?: T[P] | Date };',
    '',
    ...exportsOut,
    '',
    ...classes,
    '/** The resources of a `ModelGates` client. */',
    'export interface Resources {',
    ...resourcesType,
    '}',
    '',
    '/** Makes the resources of a client. */',
    'export function createResources(mg: Caller): Resources {',
    `  return { ${[...byResource.keys()].map((res) => `${res}: new ${pascal(res)}(mg)`).join(', ')} };`,
    '}',
    '',
  ].join('\n');
}

function zodSource(r: ReturnType<typeof buildRegistry>): string {
  const ids = Object.keys(r.operations);
  const names = ids.flatMap((id) => [`z${pascal(id)}Data`, `z${pascal(id)}Response`]);
  return [
    ...HEADER,
    `import { ${names.join(', ')} } from './zod.gen.js';`,
    '',
    "/** Each operation's request (`path`, `query`, `body`) and success-response schemas, by operationId. */",
    'export const operationSchemas = {',
    ...ids.map((id) => `  ${id}: { request: z${pascal(id)}Data, response: z${pascal(id)}Response },`),
    '} as const;',
    '',
  ].join('\n');
}

const cell = (s: string) => s.replace(/\|/g, '\\|');

function typeText(f: FieldInfo): string {
  let t: string = f.ref ?? f.type;
  if (f.type === 'array') t = `${f.ref ?? 'unknown'}[]`;
  if (f.enum) t = f.enum.map((v) => `\`${v}\``).join(', ');
  else t = `\`${t}\``;
  if (f.format) t += ` (${f.format})`;
  if (f.nullable) t += ' or `null`';
  return t;
}

/** The operations table and one table of fields per object schema, for the READMEs. */
function docsSections(r: ReturnType<typeof buildRegistry>) {
  const ops = Object.entries(r.operations).map(([id, op]) => {
    const cli = op['cli']
      ? `\`modelgates ${op['cli']}\``
      : `none (${cell(String(r.docs[id]!['cliExclude']))})`;
    return `| \`${id}\` | \`${op['method']} ${op['path']}\` | \`mg.${op['resource']}.${op['name']}\` | \`${op['hook']}\` | ${cli} | ${cell(String(r.docs[id]!['summary']))} |`;
  });
  const operationsTable = [
    '| operationId (function, MCP tool) | HTTP | `ModelGates` method | hook | CLI | summary |',
    '| --- | --- | --- | --- | --- | --- |',
    ...ops,
  ].join('\n');
  const fieldTables = Object.entries(r.schemaFields)
    .map(([name, fields]) =>
      [
        `#### \`${name}\``,
        '',
        '| field | type | required | description |',
        '| --- | --- | --- | --- |',
        ...Object.entries(fields).map(
          ([field, f]) =>
            `| \`${field}\`${f.deprecated ? ' (deprecated)' : ''} | ${cell(typeText(f))} | ${f.required ? 'yes' : 'no'} | ${cell(f.description ?? '')}${f.secret ? ' **Secret: shown once.**' : ''} |`,
        ),
      ].join('\n'),
    )
    .join('\n\n');
  return { operationsTable, fieldTables };
}

/** Replaces what stands between `<!-- registry:NAME -->` and `<!-- /registry:NAME -->` in a README. */
async function writeSection(file: string, name: string, content: string): Promise<void> {
  const start = `<!-- registry:${name} (generated from spec/openapi.yaml by pnpm generate; do not edit) -->`;
  const end = `<!-- /registry:${name} -->`;
  const old = readFileSync(file, 'utf8');
  const from = old.indexOf(start);
  const to = old.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${relative(root, file)} has no ${start} ... ${end} section`);
  const next = old.slice(0, from + start.length) + '\n\n' + content + '\n\n' + old.slice(to);
  const formatted = await format(next, { ...(await resolveConfig(file)), filepath: file });
  if (formatted !== old) {
    writeFileSync(file, formatted);
    console.log(`generated ${relative(root, file)} (${name})`);
  }
}

async function write(file: string, source: string): Promise<void> {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, await format(source, { ...(await resolveConfig(file)), filepath: file }));
  console.log(`generated ${relative(root, file)}`);
}

export async function generateRegistry(): Promise<void> {
  const registry = buildRegistry(parse(readFileSync(input, 'utf8')) as Node);
  await write(join(root, 'packages/sdk/src/gen/registry.gen.ts'), registrySource(registry));
  await write(join(root, 'packages/sdk/src/gen/resources.gen.ts'), resourcesSource(registry));
  await write(join(root, 'packages/zod/src/gen/operations.gen.ts'), zodSource(registry));
  const { operationsTable, fieldTables } = docsSections(registry);
  await writeSection(join(root, 'README.md'), 'operations', operationsTable);
  await writeSection(join(root, 'packages/sdk/README.md'), 'operations', operationsTable);
  await writeSection(join(root, 'packages/sdk/README.md'), 'fields', fieldTables);
}

// Run directly (not imported by scripts/generate.ts).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await generateRegistry();
