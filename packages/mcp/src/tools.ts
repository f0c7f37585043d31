/**
 * The API's operations as MCP tools, built from the operation registry: nothing in here names an
 * operation, so a new operation in the spec is a new tool.
 * - name, title, description: the operationId and `operationDocs` (the spec's summary and
 *   description);
 * - input schema: the operation's request schema (`operationSchemas[id].request` in
 *   @modelgates/zod), its path, query and body fields flattened into one strict object, turned
 *   into JSON Schema by zod, each field described as in the spec;
 * - output schema: the response schema, likewise;
 * - annotations: the registry's `readOnly`, `destructive` and `idempotent`;
 * - secrets: the response fields the spec marks `x-modelgates-secret` (`operations[id].secrets`),
 *   shown in that tool's own result and nowhere else;
 * - the call: `mg.request(id, { path, query, body })`, the sdk's validated pipeline;
 * - the text: a summary made from the registry and the result, then the whole result as JSON.
 */
import {
  type OperationDocs,
  operationDocs,
  type OperationId,
  type OperationInput,
  type OperationMeta,
  operations,
  type RequestOptions,
} from '@modelgates/sdk';
import { operationSchemas } from '@modelgates/zod';
import type { JSONObject } from '@modelcontextprotocol/server';
import * as z from 'zod/mini';

/** What the tools are built from: the sdk's registry and the zod package's schemas by default. */
export interface Registry<Id extends string = OperationId> {
  operations: Readonly<Record<Id, OperationMeta>>;
  operationDocs: Readonly<Record<Id, OperationDocs>>;
  operationSchemas: Readonly<Record<Id, { request: z.ZodMiniType; response: z.ZodMiniType }>>;
}

export const defaultRegistry: Registry = { operations, operationDocs, operationSchemas };

/** What a tool calls: `ModelGates` is one. */
export interface Api<Id extends string = OperationId> {
  request(name: Id, input: OperationInput, options?: RequestOptions): PromiseLike<unknown>;
}

/** Where a tool argument goes in the request. */
type Where = 'path' | 'query' | 'body';
/** A tool's arguments, sorted into the request's parts. */
export interface RequestParts {
  path?: Record<string, unknown>;
  query?: Record<string, unknown>;
  body?: Record<string, unknown>;
}

/** A JSON Schema object, as MCP wants for inputSchema and outputSchema. */
export interface ObjectJsonSchema {
  type: 'object';
  properties?: Record<string, JSONObject>;
  required?: string[];
  [keyword: string]: unknown;
}

export interface ToolAnnotations {
  title: string;
  readOnlyHint: boolean;
  destructiveHint: boolean;
  idempotentHint: boolean;
  openWorldHint: boolean;
}

/** One tool as `tools/list` shows it, plus whether it writes. */
export interface ToolDefinition<Id extends string = OperationId> {
  name: Id;
  title: string;
  description: string;
  inputSchema: ObjectJsonSchema;
  outputSchema: ObjectJsonSchema;
  annotations: ToolAnnotations;
  /** Not read-only: listed only when the server allows writes. */
  write: boolean;
}

/** A tool with what the server needs to run it. */
export interface Tool<Id extends string = OperationId> extends ToolDefinition<Id> {
  meta: OperationMeta;
  where: Record<string, Where>;
  /** Response fields holding a secret: redacted everywhere but this tool's own result. */
  secrets: readonly string[];
  /** Whether the request parts pass the operation's request schema (the sdk checks them again
   * before sending, and words the errors). */
  valid: (parts: RequestParts) => boolean;
}

/** The request schema's path, query and body objects, flattened: each field and where it goes. */
function fieldsOf(request: z.ZodMiniType): {
  shape: Record<string, z.core.$ZodType>;
  where: Record<string, Where>;
} {
  if (!(request instanceof z.ZodMiniObject)) throw new Error('a request schema is not an object schema');
  const shape: Record<string, z.core.$ZodType> = {};
  const where: Record<string, Where> = {};
  for (const part of ['path', 'query', 'body'] as const) {
    let schema: z.core.$ZodType | undefined = request.shape[part];
    if (schema instanceof z.ZodMiniOptional) schema = schema.def.innerType;
    if (schema === undefined || schema instanceof z.ZodMiniNever) continue;
    if (!(schema instanceof z.ZodMiniObject))
      throw new Error(`the ${part} of a request is not an object schema`);
    for (const [name, field] of Object.entries<z.core.$ZodType>(schema.shape)) {
      if (name in shape) throw new Error(`field ${name} is in more than one part of the request`);
      shape[name] = field;
      where[name] = part;
    }
  }
  return { shape, where };
}

/** Keywords that describe a schema as a whole, kept beside an `anyOf` rather than in a branch. */
const ANNOTATIONS = new Set([
  'description',
  'title',
  'default',
  'examples',
  'deprecated',
  'readOnly',
  'writeOnly',
]);

/**
 * The same JSON Schema with every `type` array (`["string", "null"]`, zod's nullable) split into
 * `anyOf` branches of one type each: equivalent, and portable to clients that map tool schemas
 * onto a single-`type` dialect (the MCP Inspector's `--strict` check).
 */
function portable(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(portable);
  if (typeof node !== 'object' || node === null) return node;
  const entries = Object.entries(node).map(([k, v]) => [k, portable(v)] as const);
  const type = entries.find(([k]) => k === 'type')?.[1];
  if (!Array.isArray(type)) return Object.fromEntries(entries);
  const outer = entries.filter(([k]) => ANNOTATIONS.has(k));
  const inner = entries.filter(([k]) => k !== 'type' && !ANNOTATIONS.has(k));
  return Object.fromEntries([
    ...outer,
    [
      'anyOf',
      type.map((t: unknown) => (t === 'null' ? { type: t } : Object.fromEntries([['type', t], ...inner]))),
    ],
  ]);
}

function jsonSchema(schema: z.ZodMiniType): ObjectJsonSchema {
  // `input`: what may be sent. For outputs too, as the API may add fields over time and objects in
  // input mode do not forbid extra properties.
  const out = z.toJSONSchema(schema, { io: 'input' });
  if (out.type !== 'object') throw new Error('a tool schema must be a JSON Schema object');
  return portable({ ...out, type: 'object' }) as ObjectJsonSchema;
}

/**
 * Every tool of a registry, in the spec's order. `openWorldHint` is false: every operation acts on
 * the account's own keys, a closed domain.
 */
export function buildTools<Id extends string>(registry: Registry<Id>): Tool<Id>[] {
  return (Object.keys(registry.operations) as Id[]).map((name) => {
    const meta = registry.operations[name];
    const docs = registry.operationDocs[name];
    const schemas = registry.operationSchemas[name];
    const { shape, where } = fieldsOf(schemas.request);
    // Strict: an unknown argument (a typo such as `limt`) is refused instead of silently dropped.
    const inputSchema = jsonSchema(z.strictObject(shape));
    for (const [field, property] of Object.entries(inputSchema.properties ?? {})) {
      const description = docs.fields[field];
      if (description) property['description'] = description;
    }
    return {
      name,
      title: docs.summary,
      description: docs.description,
      inputSchema,
      outputSchema: jsonSchema(schemas.response),
      annotations: {
        title: docs.summary,
        readOnlyHint: meta.readOnly,
        destructiveHint: meta.destructive,
        idempotentHint: meta.idempotent,
        openWorldHint: false,
      },
      write: !meta.readOnly,
      meta,
      where,
      secrets: meta.secrets,
      valid: (parts) => z.safeParse(schemas.request, parts).success,
    };
  });
}

const defaultTools = buildTools(defaultRegistry);

/** Every tool, in the spec's order, whether or not a given server enables it. */
export const toolDefinitions: readonly ToolDefinition[] = defaultTools.map(
  ({ meta: _meta, where: _where, secrets: _secrets, valid: _valid, ...definition }) => definition,
);
export const TOOL_NAMES: readonly OperationId[] = defaultTools.map((t) => t.name);
export const WRITE_TOOL_NAMES: readonly OperationId[] = defaultTools
  .filter((t) => t.write)
  .map((t) => t.name);

/**
 * Sorts tool arguments into path, query and body. Fields the tool does not have are returned in
 * `unknown` (nothing is sent then); the values themselves are left to the sdk to check.
 */
export function sortArguments(
  tool: Pick<Tool<string>, 'where'>,
  args: Record<string, unknown>,
): { parts: RequestParts; unknown: string[] } {
  const parts: RequestParts = {};
  const unknown: string[] = [];
  // Parts that are required in the request are always there, so the sdk can name a missing field.
  if (Object.values(tool.where).includes('path')) parts.path = {};
  if (Object.values(tool.where).includes('body')) parts.body = {};
  for (const [name, value] of Object.entries(args)) {
    const part = Object.hasOwn(tool.where, name) ? tool.where[name] : undefined;
    if (!part) unknown.push(name);
    else (parts[part] ??= {})[name] = value;
  }
  return { parts, unknown };
}

/** The path with its parameters filled in, for the summary. */
const filledPath = (meta: OperationMeta, parts: RequestParts) =>
  meta.path.replace(/\{([^}]+)\}/g, (whole, name: string) => {
    const value = parts.path?.[name];
    return typeof value === 'string' ? value : whole;
  });

/** Reads a top-level field of a result (undefined when the result is not an object). */
function fieldReader(result: unknown): (field: string) => unknown {
  const record = new Map<string, unknown>(
    typeof result === 'object' && result !== null ? Object.entries(result) : [],
  );
  return (field) => record.get(field);
}

/**
 * A short text made from the registry and the result alone: what was done, where the next page
 * is, which fields are secrets. The whole result follows it as JSON, for clients that ignore
 * `structuredContent`.
 */
export function summarize(tool: Tool<string>, result: unknown, parts: RequestParts): string {
  const { meta } = tool;
  const lines = [`${tool.title}: done (${meta.method} ${filledPath(meta, parts)}).`];
  const value = fieldReader(result);
  if (meta.paginated) {
    const items = value(meta.paginated.items);
    const count = Array.isArray(items) ? items.length : 0;
    const offsetValue = parts.query?.[meta.paginated.offset];
    const offset = typeof offsetValue === 'number' ? offsetValue : 0;
    lines.push(
      `${count} item${count === 1 ? '' : 's'} in ${meta.paginated.items}${offset ? ` from ${meta.paginated.offset} ${offset}` : ''}.` +
        (count >= meta.paginated.pageSize
          ? ` A full page: call ${tool.name} with ${meta.paginated.offset} ${offset + count} for more.`
          : ''),
    );
  }
  const secrets = tool.secrets.filter((field) => value(field) !== undefined);
  if (secrets.length) {
    lines.push(
      `${secrets.join(', ')} ${secrets.length === 1 ? 'is a secret' : 'are secrets'}: shown this once and ` +
        'cannot be retrieved again; store it now. It is in this result only.',
    );
  }
  return lines.join('\n');
}

/** The values of a result's secret fields (strings only: a secret is a string in the spec). */
export function secretValues(tool: Pick<Tool<string>, 'secrets'>, result: unknown): string[] {
  const value = fieldReader(result);
  return tool.secrets.flatMap((field) => {
    const secret = value(field);
    return typeof secret === 'string' ? [secret] : [];
  });
}
