/**
 * fast-check arbitraries and single-constraint mutations derived from spec/openapi.yaml itself, so
 * the property tests check the generated schemas against the spec rather than against a second,
 * hand-copied description of it. Only the JSON Schema keywords the spec uses are supported; an
 * unknown one throws, so a spec change cannot silently weaken the tests.
 */
import { spec } from '@modelgates/test-utils';
import fc from 'fast-check';

type Schema = Record<string, any>;
export type Path = (string | number)[];

const resolve = (node: any): any => {
  if (node && typeof node.$ref === 'string') {
    const [, , section, name] = node.$ref.split('/');
    return resolve(spec.components[section]![name!]);
  }
  return node;
};

const supported = new Set([
  'type',
  'format',
  'pattern',
  'minLength',
  'minimum',
  'enum',
  'const',
  'anyOf',
  'items',
  'properties',
  'required',
  'additionalProperties',
  'description',
  'example',
  'deprecated',
]);
function checkKeywords(schema: Schema): void {
  for (const key of Object.keys(schema)) {
    // Specification extensions (`x-modelgates-secret`, ...) say nothing about the values.
    if (!supported.has(key) && !key.startsWith('x-'))
      throw new Error(`spec-arbitraries: unsupported keyword ${key}`);
  }
}

const types = (schema: Schema): string[] => (Array.isArray(schema.type) ? schema.type : [schema.type]);

/** The spec's `pattern` for a string that is not blank (a key's name). */
const NOT_BLANK = '\\S';

/** The spec's UTC rule (`UtcDateTime.pattern`), applied as a pattern on a date-time. */
export const utcPattern = new RegExp(resolve({ $ref: '#/components/schemas/UtcDateTime' }).pattern);

// Years 0000-9999: what RFC 3339's four-digit year can hold.
const instant = fc.date({
  min: new Date('0000-01-01T00:00:00.000Z'),
  max: new Date('9999-12-31T23:59:59.999Z'),
  noInvalidDate: true,
});
/** `YYYY-MM-DDTHH:MM:SS` plus 0-9 fractional digits (the service sends 6). */
const wallClock = fc
  .tuple(instant, fc.integer({ min: 0, max: 9 }), fc.stringMatching(/^\d{9}$/))
  .map(([d, digits, frac]) => d.toISOString().slice(0, 19) + (digits ? `.${frac.slice(0, digits)}` : ''));
const utcSuffix = fc.constantFrom('Z', '+00:00');
/** A non-zero offset, `+HH:MM` or `-HH:MM` (hours 00-23, minutes 00-59). */
export const nonUtcOffset = fc
  .tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .filter(([, h, m]) => h + m > 0)
  .map(([sign, h, m]) => `${sign}${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

/** A UTC date-time the spec's pattern and format both accept. */
export const utcDateTime = fc.tuple(wallClock, utcSuffix).map(([t, z]) => t + z);
/** Any RFC 3339 date-time with an offset. */
export const anyDateTime = fc.tuple(wallClock, fc.oneof(utcSuffix, nonUtcOffset)).map(([t, z]) => t + z);

export interface ArbitraryOptions {
  /** Add unknown properties to every object, as a server adding fields over time would. */
  extras?: boolean;
}

/** A value of the schema's own constraints. */
export function arbitraryFor(node: Schema, options: ArbitraryOptions = {}): fc.Arbitrary<unknown> {
  const schema = resolve(node);
  checkKeywords(schema);
  if (schema.anyOf) return fc.oneof(...schema.anyOf.map((s: Schema) => arbitraryFor(s, options)));
  if ('const' in schema) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const alternatives = types(schema).map((type): fc.Arbitrary<unknown> => {
    switch (type) {
      case 'null':
        return fc.constant(null);
      case 'boolean':
        return fc.boolean();
      case 'integer':
        return fc.integer({ min: schema.minimum ?? Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER });
      case 'number':
        return fc.double({ noNaN: true, noDefaultInfinity: true, min: schema.minimum });
      case 'string':
        if (schema.format === 'date-time') {
          if (schema.pattern && schema.pattern !== utcPattern.source)
            throw new Error('unknown date-time pattern');
          return schema.pattern ? utcDateTime : anyDateTime;
        }
        // RFC 9562 UUIDs; the wider set JSON Schema's `uuid` admits is covered in contract.test.ts.
        if (schema.format === 'uuid') return fc.uuid();
        // `pattern: '\S'`: not blank (a name); any other pattern is not known here.
        if (schema.pattern === NOT_BLANK)
          return fc
            .string({ minLength: Math.max(1, schema.minLength ?? 0), unit: 'grapheme' })
            .filter((v) => /\S/.test(v));
        if (schema.format || schema.pattern) throw new Error(`unsupported string format ${schema.format}`);
        return fc.string({ minLength: schema.minLength ?? 0, unit: 'grapheme' });
      case 'array':
        return fc.array(arbitraryFor(schema.items, options), { maxLength: 5 });
      case 'object':
        return objectArbitrary(schema, options);
      default:
        throw new Error(`unsupported type ${type}`);
    }
  });
  return alternatives.length === 1 ? alternatives[0]! : fc.oneof(...alternatives);
}

function objectArbitrary(schema: Schema, options: ArbitraryOptions): fc.Arbitrary<unknown> {
  const properties: Record<string, Schema> = schema.properties ?? {};
  const record = fc.record(
    Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, arbitraryFor(v, options)])),
    { requiredKeys: schema.required ?? [] },
  );
  if (!options.extras || schema.additionalProperties === false) return record;
  // Prefixed so an extra never collides with (and replaces) a declared property.
  const extras = fc.dictionary(
    fc.string().map((k) => `x_${k}`),
    fc.jsonValue(),
    { maxKeys: 3 },
  );
  return fc.tuple(record, extras).map(([known, unknown]) => ({ ...unknown, ...known }));
}

export interface Operation {
  operationId: string;
  method: string;
  path: string;
  op: Schema;
  params: Schema[];
}

export const operations: Operation[] = Object.entries(spec.paths).flatMap(([path, item]) =>
  Object.entries(item)
    .filter(([method]) => ['get', 'post', 'patch', 'delete'].includes(method))
    .map(([method, op]) => ({
      operationId: op.operationId as string,
      method,
      path,
      op,
      params: [...(item.parameters ?? []), ...(op.parameters ?? [])].map(resolve),
    })),
);

const groupOf = { path: 'path', query: 'query', header: 'headers' } as const;

/**
 * The request shape hey-api's `z<Op>Data` validates: `{ body, path, query, headers }`. A group is
 * required when it holds a required parameter (or, for `body`, when the request body is required).
 */
export function requestShape(o: Operation): Schema {
  const properties: Record<string, Schema> = {};
  const required: string[] = [];
  for (const [location, group] of Object.entries(groupOf)) {
    const params = o.params.filter((p) => p.in === location);
    if (!params.length) continue;
    const req = params.filter((p) => p.required).map((p) => p.name as string);
    properties[group] = {
      type: 'object',
      properties: Object.fromEntries(params.map((p) => [p.name, p.schema])),
      required: req,
    };
    if (req.length) required.push(group);
  }
  if (o.op.requestBody) {
    properties.body = o.op.requestBody.content['application/json'].schema;
    if (o.op.requestBody.required) required.push('body');
  }
  return { type: 'object', properties, required };
}

/** The schema of an operation's success response. */
export function responseShape(o: Operation): { status: number; schema: Schema } {
  const [status, response] = Object.entries(o.op.responses as Record<string, any>).find(([s]) =>
    /^2/.test(s),
  )!;
  return { status: Number(status), schema: resolve(response).content['application/json'].schema };
}

export interface Mutation {
  /** What the mutation breaks, e.g. "non-UTC offset". */
  kind: string;
  /** The path the failing issue must report. */
  path: Path;
  /** A fresh mutated copy of a valid value. */
  apply: fc.Arbitrary<(valid: any) => unknown>;
}

const setAt = (value: any, path: Path, leaf: unknown, remove = false): unknown => {
  const copy = structuredClone(value ?? {});
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] ??= {};
  const last = path.at(-1)!;
  if (remove) delete node[last];
  else node[last] = leaf;
  return copy;
};
const setTo = (path: Path, leaf: fc.Arbitrary<unknown>) =>
  leaf.map((v) => (valid: any) => setAt(valid, path, v));

/** A value of none of the schema's JSON types. */
function wrongType(schema: Schema): fc.Arbitrary<unknown> {
  const allowed = new Set(
    schema.anyOf ? schema.anyOf.flatMap((s: Schema) => types(resolve(s))) : types(schema),
  );
  const candidates: [string, unknown][] = [
    ['string', 'text'],
    ['number', 1.5],
    ['boolean', true],
    ['null', null],
    ['array', []],
    ['object', {}],
  ];
  return fc.constantFrom(...candidates.filter(([type]) => !allowed.has(type)).map(([, v]) => v));
}

/** Every single-constraint mutation the spec implies for the request (or response) shape. */
export function mutationsOf(node: Schema, path: Path = [], required = true): Mutation[] {
  const schema = resolve(node);
  const out: Mutation[] = [];
  if (path.length) {
    if (required)
      out.push({
        kind: 'required field dropped',
        path,
        apply: fc.constant((v: any) => setAt(v, path, undefined, true)),
      });
    out.push({ kind: 'wrong type', path, apply: setTo(path, wrongType(schema)) });
  }
  const leaf = schema.anyOf ? resolve(schema.anyOf.find((s: Schema) => resolve(s).type !== 'null')) : schema;
  if (leaf.enum) {
    out.push({
      kind: 'enum broken',
      path,
      apply: setTo(
        path,
        fc.string().filter((s) => !leaf.enum.includes(s)),
      ),
    });
  }
  if ('const' in leaf) {
    out.push({ kind: 'const broken', path, apply: setTo(path, fc.constant(!leaf.const)) });
  }
  if (leaf.minLength) out.push({ kind: 'too short (empty)', path, apply: setTo(path, fc.constant('')) });
  if (leaf.pattern === NOT_BLANK) {
    const blank = fc.array(fc.constantFrom(' ', '\t', '\n'), { minLength: 1, maxLength: 4 });
    out.push({
      kind: 'blank',
      path,
      apply: setTo(
        path,
        blank.map((w) => w.join('')),
      ),
    });
  }
  if (types(leaf).includes('integer')) {
    out.push({
      kind: 'not an integer',
      path,
      apply: setTo(path, fc.double({ noInteger: true, noDefaultInfinity: true, noNaN: true })),
    });
    if (leaf.minimum !== undefined) {
      out.push({
        kind: 'below minimum',
        path,
        apply: setTo(path, fc.integer({ min: -1e9, max: leaf.minimum - 1 })),
      });
    }
  }
  if (leaf.format === 'uuid') {
    out.push({
      kind: 'not a uuid',
      path,
      apply: setTo(
        path,
        fc.uuid().map((u) => u.replace(/-/g, '')),
      ),
    });
  }
  if (leaf.format === 'date-time') {
    // RFC 3339 (JSON Schema's date-time) demands seconds and an offset.
    out.push(
      { kind: 'offset missing', path, apply: setTo(path, wallClock) },
      {
        kind: 'minute-only time',
        path,
        apply: setTo(
          path,
          fc.tuple(wallClock, utcSuffix).map(([t, z]) => t.slice(0, 16) + z),
        ),
      },
    );
  }
  if (leaf.format === 'date-time' && leaf.pattern) {
    out.push(
      {
        kind: 'non-UTC offset',
        path,
        apply: setTo(
          path,
          fc.tuple(wallClock, nonUtcOffset).map(([t, o]) => t + o),
        ),
      },
      {
        kind: 'offset -00:00',
        path,
        apply: setTo(
          path,
          wallClock.map((t) => `${t}-00:00`),
        ),
      },
    );
  }
  if (types(leaf).includes('object') && leaf.properties) {
    const req = new Set<string>(leaf.required ?? []);
    for (const [key, child] of Object.entries(leaf.properties as Record<string, Schema>)) {
      out.push(...mutationsOf(child, [...path, key], req.has(key)));
    }
  }
  return out;
}
