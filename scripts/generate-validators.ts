/**
 * The sdk's validators, compiled ahead of time from spec/openapi.yaml to plain functions
 * (issue 22): packages/sdk/src/gen/validators.gen.ts.
 *
 * One function per distinct schema node; each returns `undefined` for a valid value (nothing is
 * allocated on that path) or the list of issues `{ path, message }`, worded as the sdk words them
 * (the field path, what is wrong, never the value). No `eval` or `new Function`: the output is
 * ordinary source, so it runs under a CSP without `unsafe-eval`.
 *
 * The rules are those of the zod schemas hey-api generates for `@modelgates/zod` from the same spec
 * (scripts/generate.ts), so the two accept and reject exactly the same values; the differential
 * test (packages/sdk/test/validators.differential.test.ts) proves it on generated values. In
 * particular: extra object keys are allowed; `number` is finite, `integer` a safe integer;
 * `format: date-time` is RFC 3339 with an offset (zod 4's `z.iso.datetime({ offset: true })`
 * grammar), `format: uuid` any 8-4-4-4-12 hex string (`z.guid()`); a `pattern` is checked as is
 * (the UTC rule of `UtcDateTime`); an object that is only `additionalProperties` is a plain-object
 * record. Only the JSON Schema keywords the spec uses are supported; an unknown one stops the
 * generator, so a spec change cannot silently weaken validation.
 *
 * Independent of hey-api's plugin API: it reads the YAML itself. Run by scripts/generate.ts after
 * the registry (`pnpm generate`), so `pnpm check:generated` covers it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { parse } from 'yaml';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const input = join(root, 'spec/openapi.yaml');
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

// A parsed YAML document.
type Node = Record<string, any>;

/** Keywords that carry no rule. */
const ANNOTATIONS = new Set(['description', 'example', 'examples', 'deprecated', 'title', 'default']);
const RULES = new Set([
  '$ref',
  'anyOf',
  'type',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'minLength',
  'pattern',
  'format',
  'enum',
  'const',
  'minimum',
]);

/** zod 4's `z.iso.datetime({ offset: true })`: RFC 3339, real calendar dates, seconds, an offset. */
const DATE_TIME =
  /^(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|(?:02)-(?:0[1-9]|1\d|2[0-8])))T(?:(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?(?:Z|(?:[+-](?:[01]\d|2[0-3]):[0-5]\d)))$/;
/** zod 4's `z.guid()`: JSON Schema's `uuid` (any version and variant). */
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const FORMATS: Record<string, { re: RegExp; message: string }> = {
  'date-time': {
    re: DATE_TIME,
    message:
      'must be an ISO 8601 UTC date-time with seconds, ending in Z or +00:00 (e.g. 2027-12-31T23:59:59Z)',
  },
  uuid: { re: UUID, message: 'must be a UUID (e.g. 0df9e665-d932-5740-b2c7-b52af166bc11)' },
};

/** A schema without its annotations: two nodes with the same rules share one function. */
const rulesOf = (node: unknown): unknown =>
  Array.isArray(node)
    ? node.map(rulesOf)
    : typeof node === 'object' && node !== null
      ? Object.fromEntries(
          Object.entries(node)
            .filter(([k]) => !ANNOTATIONS.has(k) && !k.startsWith('x-'))
            .map(([k, v]) => [k, k === 'properties' ? mapValues(v as Node, rulesOf) : rulesOf(v)]),
        )
      : node;
const mapValues = (o: Node, f: (v: unknown) => unknown) =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, f(v)]));
const TYPE_TEST: Record<string, { test: (x: string) => string; noun: string }> = {
  string: { test: (x) => `typeof ${x} === 'string'`, noun: 'a string' },
  boolean: { test: (x) => `typeof ${x} === 'boolean'`, noun: 'a boolean' },
  number: { test: (x) => `(typeof ${x} === 'number' && Number.isFinite(${x}))`, noun: 'a number' },
  integer: { test: (x) => `Number.isInteger(${x})`, noun: 'an integer' },
  array: { test: (x) => `Array.isArray(${x})`, noun: 'an array' },
  object: { test: (x) => `isObject(${x})`, noun: 'an object' },
};

/** The request shape hey-api's `z<Op>Data` checks: `{ body, path, query, headers }`. */
function requestSchema(spec: Node, params: Node[], op: Node): Node {
  const properties: Node = {};
  const required: string[] = [];
  const body = op['requestBody'] && deref(spec, op['requestBody']);
  properties['body'] = body ? body['content']['application/json']['schema'] : false;
  if (body?.['required']) required.push('body');
  for (const [where, group] of [
    ['path', 'path'],
    ['query', 'query'],
    ['header', 'headers'],
  ] as const) {
    const ps = params.filter((p) => p['in'] === where);
    if (!ps.length) {
      properties[group] = false;
      continue;
    }
    const req = ps.filter((p) => p['required']).map((p) => p['name'] as string);
    properties[group] = {
      type: 'object',
      properties: Object.fromEntries(ps.map((p) => [p['name'], p['schema']])),
      required: req,
    };
    if (req.length) required.push(group);
  }
  return { type: 'object', properties, required };
}

function deref(spec: Node, node: Node): Node {
  if (typeof node?.['$ref'] !== 'string') return node;
  const [hash, ...parts] = node['$ref'].split('/');
  if (hash !== '#') throw new Error(`generate-validators: only local $refs: ${node['$ref']}`);
  return deref(
    spec,
    parts.reduce((at: Node, part) => at[part], spec),
  );
}

/** Each operation's request and success-response schema, by operationId, in spec order. */
export function operationSchemasOf(spec: Node): Record<string, { request: Node; response: Node }> {
  const out: Record<string, { request: Node; response: Node }> = {};
  for (const item of Object.values(spec['paths'] as Node)) {
    for (const method of METHODS) {
      const op = item[method] as Node | undefined;
      if (!op) continue;
      const params = [...(item['parameters'] ?? []), ...(op['parameters'] ?? [])].map((p: Node) =>
        deref(spec, p),
      );
      const ok = Object.entries(op['responses'] as Node).find(([status]) => /^2/.test(status));
      const content = ok && deref(spec, ok[1])['content']?.['application/json'];
      if (!content) throw new Error(`generate-validators: ${op['operationId']} has no JSON success response`);
      out[op['operationId']] = { request: requestSchema(spec, params, op), response: content['schema'] };
    }
  }
  return out;
}

/**
 * Emits the validator functions. `roots`: exported name -> schema. Returns the statements (helpers,
 * regexes, functions, exports), TypeScript.
 */
export function emitValidators(spec: Node, roots: Record<string, Node>): string {
  const bodies: string[] = [];
  const regexes: string[] = [];
  const names = new Map<string, string>();

  const regex = (re: RegExp) => {
    const literal = re.toString();
    let i = regexes.findIndex((r) => r.endsWith(` = ${literal};`));
    if (i < 0) i = regexes.push(`const r${regexes.length} = ${literal};`) - 1;
    return `r${i}`;
  };
  const fail = (message: string) => `issue(${JSON.stringify(message)})`;

  /** The name of the function checking `node` (a component keeps its name: `vApiKey`). */
  const fn = (node: Node | boolean, name?: string): string => {
    const ref = typeof node === 'object' && typeof node['$ref'] === 'string' ? node['$ref'] : undefined;
    if (ref?.startsWith('#/components/schemas/')) name = `v${ref.split('/').pop()}`;
    const target = ref ? deref(spec, node as Node) : node;
    const key = JSON.stringify(rulesOf(target));
    const known = names.get(key);
    if (known) return known;
    name ??= `v${names.size}`;
    names.set(key, name);
    const slot = bodies.push('') - 1; // children are emitted while this one is built
    bodies[slot] = `function ${name}(x: any): Issue[] | undefined {\n${statements(target)}\n}`;
    return name;
  };

  const statements = (node: Node | boolean): string => {
    // `false`: hey-api's `z.optional(z.never())`, a request part the operation does not have.
    if (node === false) return `return x === undefined ? undefined : ${fail('must not be set')};`;
    if (node === true) return 'return undefined;';
    for (const k of Object.keys(node))
      if (!RULES.has(k) && !ANNOTATIONS.has(k) && !k.startsWith('x-'))
        throw new Error(`generate-validators: unsupported keyword ${k}`);
    const out: string[] = [];
    let types: string[] = node['type'] === undefined ? [] : [].concat(node['type']);
    if (Array.isArray(node['anyOf'])) {
      // Only `anyOf: [X, { type: null }]` (a nullable X) is used, as hey-api's `z.nullable(X)`.
      const branches = node['anyOf'] as Node[];
      const main = branches.filter((b) => deref(spec, b)['type'] !== 'null');
      if (
        main.length !== 1 ||
        branches.length !== 2 ||
        Object.keys(node).some((k) => RULES.has(k) && k !== 'anyOf')
      )
        throw new Error('generate-validators: anyOf other than [X, null] is not supported');
      return `return x === null ? undefined : ${fn(main[0]!)}(x);`;
    }
    if (types.includes('null')) {
      out.push('if (x === null) return undefined;');
      types = types.filter((t) => t !== 'null');
    }
    if (types.length > 1) throw new Error(`generate-validators: unsupported type list ${types.join(', ')}`);
    const type = types[0];
    if (Array.isArray(node['enum']) || 'const' in node) {
      const values = (node['enum'] as unknown[] | undefined) ?? [node['const']];
      const test = values.map((v) => `x !== ${JSON.stringify(v)}`).join(' && ');
      out.push(
        `if (${test}) return ${fail(`must be one of ${values.map((v) => JSON.stringify(v)).join(', ')}`)};`,
        'return undefined;',
      );
      return out.join('\n');
    }
    if (!type) throw new Error(`generate-validators: a schema without a type: ${JSON.stringify(node)}`);
    const t = TYPE_TEST[type];
    if (!t) throw new Error(`generate-validators: unsupported type ${type}`);
    out.push(`if (!(${t.test('x')})) return issue(\`must be ${t.noun}, not \${typeName(x)}\`);`);
    if (type === 'integer') {
      out.push(
        `if (x > ${Number.MAX_SAFE_INTEGER}) return ${fail(`must be at most ${Number.MAX_SAFE_INTEGER}`)};`,
        `if (x < ${Number.MIN_SAFE_INTEGER}) return ${fail(`must be at least ${Number.MIN_SAFE_INTEGER}`)};`,
      );
    }
    if (typeof node['minimum'] === 'number')
      out.push(`if (x < ${node['minimum']}) return ${fail(`must be at least ${node['minimum']}`)};`);
    if (typeof node['minLength'] === 'number') {
      const n = node['minLength'];
      out.push(
        `if (x.length < ${n}) return ${fail(n === 1 ? 'must not be empty' : `must be at least ${n} characters`)};`,
      );
    }
    if (typeof node['format'] === 'string') {
      const f = FORMATS[node['format']];
      if (!f) throw new Error(`generate-validators: unsupported format ${node['format']}`);
      out.push(`if (!${regex(f.re)}.test(x)) return ${fail(f.message)};`);
    }
    if (typeof node['pattern'] === 'string') {
      // UtcDateTime's pattern says the date-time message; `\S` (a name) says what it means.
      const message =
        node['format'] === 'date-time'
          ? FORMATS['date-time']!.message
          : node['pattern'] === '\\S'
            ? 'must not be blank'
            : `must match the pattern ${node['pattern']}`;
      out.push(`if (!${regex(new RegExp(node['pattern']))}.test(x)) return ${fail(message)};`);
    }
    if (type === 'array') {
      out.push(
        `let e: Issue[] | undefined;`,
        `for (let i = 0; i < x.length; i++) { const r = ${fn(node['items'] ?? true)}(x[i]); if (r) e = at(e, i, r); }`,
        'return e;',
      );
      return out.join('\n');
    }
    if (type === 'object') {
      const properties = (node['properties'] ?? {}) as Node;
      const extra = node['additionalProperties'];
      if (!Object.keys(properties).length && extra !== undefined) {
        // hey-api's `z.record(z.string(), X)`: a plain object (zod checks the prototype).
        if (extra !== true && (typeof extra !== 'object' || Object.keys(extra).length))
          throw new Error('generate-validators: only `additionalProperties: true` is supported');
        out.push(`if (!isPlainObject(x)) return issue(\`must be an object, not \${typeName(x)}\`);`);
        out.push('return undefined;');
        return out.join('\n');
      }
      if (extra !== undefined && extra !== true)
        throw new Error('generate-validators: additionalProperties beside properties is not supported');
      const required = new Set((node['required'] as string[] | undefined) ?? []);
      out.push('let e: Issue[] | undefined, r: Issue[] | undefined, v: unknown;');
      for (const [key, schema] of Object.entries(properties)) {
        const k = JSON.stringify(key);
        out.push(`v = x[${k}];`);
        const check = `(r = ${fn(schema as Node)}(v))`;
        out.push(
          required.has(key)
            ? `if (v === undefined) e = at(e, ${k}, REQUIRED()); else if ${check} e = at(e, ${k}, r);`
            : `if (v !== undefined && ${check}) e = at(e, ${k}, r);`,
        );
      }
      out.push('return e;');
      return out.join('\n');
    }
    out.push('return undefined;');
    return out.join('\n');
  };

  const direct: string[] = [];
  const aliases = Object.entries(roots).map(([name, schema]) => {
    const f = fn(schema, name);
    if (f === name) direct.push(name);
    return f === name ? '' : `export const ${name} = ${f};`;
  });
  return [
    '/** A generated validator: `undefined` when the value is valid, else every issue found. */',
    'export type Validator = (value: unknown) => Issue[] | undefined;',
    '',
    "const typeName = (x: unknown) => (x === null ? 'null' : Array.isArray(x) ? 'array' : typeof x);",
    "const isObject = (x: unknown) => typeof x === 'object' && x !== null && !Array.isArray(x);",
    'const isPlainObject = (x: unknown) => {',
    '  if (!isObject(x)) return false;',
    '  const p = Object.getPrototypeOf(x);',
    '  return p === null || p === Object.prototype;',
    '};',
    'const issue = (message: string): Issue[] => [{ path: [], message }];',
    "const REQUIRED = () => issue('is required');",
    '/** Adds `r` (issues found under `key`) to `e`, prefixing their paths. */',
    'const at = (e: Issue[] | undefined, key: string | number, r: Issue[]): Issue[] => {',
    '  for (const i of r) i.path.unshift(key);',
    '  return e ? e.concat(r) : r;',
    '};',
    ...regexes,
    '',
    ...bodies,
    `export { ${direct.join(', ')} };`,
    ...aliases.filter(Boolean),
  ].join('\n');
}

const pascal = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function validatorsSource(spec: Node): string {
  const ops = operationSchemasOf(spec);
  const roots: Record<string, Node> = {};
  for (const [id, o] of Object.entries(ops)) {
    roots[`v${pascal(id)}Data`] = o.request;
    roots[`v${pascal(id)}Response`] = o.response;
  }
  const perOperation = Object.keys(ops).map(
    (id) => `  ${id}: { request: v${pascal(id)}Data, response: v${pascal(id)}Response },`,
  );
  return [
    '// This file is generated from spec/openapi.yaml by scripts/generate-validators.ts (pnpm generate).',
    '// Do not edit it by hand: change the spec or the generator and regenerate.',
    '',
    "import type { Issue } from '../errors.js';",
    "import type { OperationId } from './registry.gen.js';",
    '',
    emitValidators(spec, roots),
    '',
    "/** Each operation's request (`{ path, query, body }`) and success-response validators, by operationId. */",
    'export const validators = {',
    ...perOperation,
    '} as const satisfies Record<OperationId, { request: Validator; response: Validator }>;',
    '',
  ].join('\n');
}

export async function generateValidators(): Promise<void> {
  const file = join(root, 'packages/sdk/src/gen/validators.gen.ts');
  const source = validatorsSource(parse(readFileSync(input, 'utf8')) as Node);
  writeFileSync(file, await format(source, { ...(await resolveConfig(file)), filepath: file }));
}

// Run directly (not imported by scripts/generate.ts).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  await generateValidators();
