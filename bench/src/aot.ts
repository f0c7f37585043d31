/**
 * A prototype of "a generator step of ours": the spec's JSON Schemas (the subset it uses) emitted
 * ahead of time as plain functions, one per distinct schema node, each returning `undefined` when
 * the value is valid or the first issue `{ path, message }` (a message in the sdk's words, never
 * quoting the value). Nothing is allocated on success. Bench-only, to price the approach beside
 * ajv's standalone code; not a finished generator (no `allOf`, `oneOf`, `additionalProperties: false`,
 * `maxLength`...: the run fails on a keyword it does not know).
 */
type Json = Record<string, unknown>;

const KNOWN = new Set([
  '$ref',
  '$id',
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

const TYPE_CHECK: Record<string, (x: string) => string> = {
  null: (x) => `${x} === null`,
  string: (x) => `typeof ${x} === 'string'`,
  number: (x) => `typeof ${x} === 'number'`,
  integer: (x) => `Number.isInteger(${x})`,
  boolean: (x) => `typeof ${x} === 'boolean'`,
  object: (x) => `(typeof ${x} === 'object' && ${x} !== null && !Array.isArray(${x}))`,
  array: (x) => `Array.isArray(${x})`,
};
const A = (type: string) => (type === 'integer' || type === 'object' || type === 'array' ? 'an' : 'a');

/**
 * `roots`: exported name -> schema; refs are `defs#/$defs/<Name>` into `defs`. `formats`: regexes
 * for the `format`s used.
 */
export function emitValidators(
  roots: Record<string, Json>,
  defs: Record<string, Json>,
  formats: Record<string, RegExp>,
): string {
  const bodies: string[] = [];
  const regexes: string[] = [];
  const byKey = new Map<string, string>();

  const regex = (re: RegExp) => {
    const literal = re.toString();
    const i = regexes.findIndex((r) => r.endsWith(` = ${literal};`));
    if (i >= 0) return `r${i}`;
    regexes.push(`const r${regexes.length} = ${literal};`);
    return `r${regexes.length - 1}`;
  };

  /** Returns the name of the function that checks `node`. */
  const fn = (node: Json | boolean): string => {
    const key = JSON.stringify(node);
    const known = byKey.get(key);
    if (known) return known;
    const name = `s${byKey.size}`;
    byKey.set(key, name);
    bodies.push(''); // reserve the slot: children are emitted while this one is built
    const slot = bodies.length - 1;
    bodies[slot] = `function ${name}(x) {\n${statements(node)}\n}`;
    return name;
  };

  const statements = (node: Json | boolean): string => {
    if (node === false) return `return f('must not be set');`;
    if (node === true) return '';
    for (const k of Object.keys(node)) if (!KNOWN.has(k)) throw new Error(`aot: unsupported keyword ${k}`);
    const out: string[] = [];
    if (typeof node['$ref'] === 'string') {
      const def = defs[node['$ref'].replace('defs#/$defs/', '')];
      if (!def) throw new Error(`aot: unknown $ref ${node['$ref']}`);
      out.push(`return ${fn(def)}(x);`);
      return out.join('\n');
    }
    if (Array.isArray(node['anyOf'])) {
      // Report the branch that is not `null` (a nullable field): its reason is the useful one.
      const branches = (node['anyOf'] as Json[]).map(fn);
      const main = (node['anyOf'] as Json[]).findIndex((b) => b['type'] !== 'null');
      out.push(
        `let e = ${branches[main]}(x); if (e && ${branches
          .filter((_, i) => i !== main)
          .map((b) => `${b}(x)`)
          .join(' && ')}) return e;`,
      );
    }
    const types = node['type'] === undefined ? [] : ([] as string[]).concat(node['type'] as string);
    if (types.length) {
      const words = types.map((t) => (t === 'null' ? 'null' : `${A(t)} ${t}`)).join(' or ');
      out.push(
        `if (!(${types.map((t) => TYPE_CHECK[t]!('x')).join(' || ')})) return f(\`must be ${words}, not \${t(x)}\`);`,
      );
      if (types.includes('null')) out.push('if (x === null) return;');
    }
    if (Array.isArray(node['enum'])) {
      const values = node['enum'] as unknown[];
      out.push(
        `if (!${JSON.stringify(values)}.includes(x)) return f(${JSON.stringify(`must be one of ${values.map((v) => JSON.stringify(v)).join(', ')}`)});`,
      );
    }
    if ('const' in node)
      out.push(
        `if (x !== ${JSON.stringify(node['const'])}) return f('must be ${JSON.stringify(node['const'])}');`,
      );
    if (typeof node['minimum'] === 'number')
      out.push(`if (x < ${node['minimum']}) return f('must be at least ${node['minimum']}');`);
    if (typeof node['minLength'] === 'number') {
      const n = node['minLength'];
      out.push(
        `if (x.length < ${n}) return f('${n === 1 ? 'must not be empty' : `must be at least ${n} characters`}');`,
      );
    }
    const dateTime =
      'must be an ISO 8601 UTC date-time with seconds, ending in Z or +00:00 (e.g. 2027-12-31T23:59:59Z)';
    if (typeof node['format'] === 'string') {
      const re = formats[node['format']];
      if (!re) throw new Error(`aot: no regex for format ${node['format']}`);
      const message =
        node['format'] === 'date-time'
          ? 'must be an ISO 8601 date-time'
          : `must be a ${node['format'].toUpperCase()}`;
      out.push(`if (!${regex(re)}.test(x)) return f('${message}');`);
    }
    if (typeof node['pattern'] === 'string') {
      const message = node['format'] === 'date-time' ? dateTime : 'has an invalid format';
      out.push(`if (!${regex(new RegExp(node['pattern'], 'u'))}.test(x)) return f('${message}');`);
    }
    if (node['items'] !== undefined) {
      const item = fn(node['items'] as Json);
      out.push(`for (let i = 0; i < x.length; i++) { const e = ${item}(x[i]); if (e) return at(e, i); }`);
    }
    if (node['properties']) {
      const required = new Set((node['required'] as string[] | undefined) ?? []);
      out.push('let v, e;');
      for (const [key, schema] of Object.entries(node['properties'] as Record<string, Json | boolean>)) {
        const k = JSON.stringify(key);
        out.push(`v = x[${k}];`);
        if (schema === false) {
          out.push(`if (v !== undefined) return at(f('must not be set'), ${k});`);
          continue;
        }
        if (required.has(key)) out.push(`if (v === undefined) return at(f('is required'), ${k});`);
        out.push(
          `if (${required.has(key) ? '' : 'v !== undefined && '}(e = ${fn(schema)}(v))) return at(e, ${k});`,
        );
      }
    }
    return out.join('\n');
  };

  const exports = Object.entries(roots).map(([name, schema]) => `export const ${name} = ${fn(schema)};`);
  return [
    "const t = (x) => (x === null ? 'null' : Array.isArray(x) ? 'array' : typeof x);",
    'const f = (message) => ({ path: [], message });',
    'const at = (e, key) => (e.path.unshift(key), e);',
    ...regexes,
    ...bodies,
    ...exports,
  ].join('\n');
}
