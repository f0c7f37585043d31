/**
 * The six API-key operations as MCP tools. Nothing about a tool is typed in here by hand except
 * how it calls the sdk and how its result is put in words:
 * - name, title and description: the spec's operationId, summary and description
 *   (src/gen/operations.gen.ts, generated from spec/openapi.yaml);
 * - input schema: the operation's generated zod/mini request schema (`z<Op>Data` in
 *   @modelgates/zod), its path, query and body fields flattened into one object, turned into JSON
 *   Schema by zod, with each field's description from the spec;
 * - output schema: the generated response schema (`z<Op>Response`), likewise;
 * - annotations: from the HTTP method.
 */
import type {
  ApiKey,
  CreateKeyInput,
  CreateKeysResponse,
  DeleteKeysResponse,
  GetCurrentKeyResponse,
  GetKeyResponse,
  ListResponse,
  ModelGates,
  RequestOptions,
  UpdateKeyInput,
  UpdateKeysResponse,
} from '@modelgates/sdk';
import { PAGE_SIZE } from '@modelgates/sdk';
import {
  zCreateKeysData,
  zCreateKeysResponse,
  zDeleteKeysData,
  zDeleteKeysResponse,
  zGetCurrentKeyData,
  zGetCurrentKeyResponse,
  zGetKeyData,
  zGetKeyResponse,
  zListData,
  zListResponse,
  zUpdateKeysData,
  zUpdateKeysResponse,
} from '@modelgates/zod';
import * as z from 'zod/mini';
import { type OperationId, operations } from './gen/operations.gen.js';

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
  properties?: Record<string, Record<string, unknown>>;
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
export interface ToolDefinition {
  name: OperationId;
  title: string;
  description: string;
  inputSchema: ObjectJsonSchema;
  outputSchema: ObjectJsonSchema;
  annotations: ToolAnnotations;
  /** True for create, update and delete: listed only when the server allows writes. */
  write: boolean;
}

interface Binding<R> {
  request: z.ZodMiniObject;
  response: z.ZodMiniType;
  call(mg: ModelGates, parts: RequestParts, options: RequestOptions): PromiseLike<R>;
  /** The short text beside the structured result. */
  summary(result: R, parts: RequestParts): string;
}

const usd = (n: number) => `$${n.toFixed(2)}`;
const limitText = (k: { usage: number; limit: number | null; limit_reset: string | null }) =>
  `${usd(k.usage)} used, ` +
  (k.limit === null
    ? 'no limit'
    : `limit ${usd(k.limit)}${k.limit_reset ? ` (resets ${k.limit_reset})` : ''}`);
const keyLine = (k: ApiKey) =>
  `"${k.name}" (hash ${k.hash})${k.disabled ? ', disabled' : ''}: ${limitText(k)}`;
// The sdk checks the hash (type, emptiness) before sending: pass it on as given.
const hashOf = (parts: RequestParts) => parts.path?.['hash'] as string;

const bind = <R>(binding: Binding<R>): Binding<unknown> => binding;

/** How each operation is called through the sdk's `ModelGates` client, which validates the input. */
const bindings: Record<OperationId, Binding<unknown>> = {
  getCurrentKey: bind<GetCurrentKeyResponse>({
    request: zGetCurrentKeyData,
    response: zGetCurrentKeyResponse,
    call: (mg, _parts, options) => mg.apiKeys.getCurrentKeyMetadata(options),
    summary: ({ data: k }) =>
      `Current key ${k.label}${k.is_management_key ? ' (a management key)' : ''}: ${limitText(k)}` +
      (k.limit_remaining === null ? '.' : `, ${usd(k.limit_remaining)} remaining.`),
  }),
  list: bind<ListResponse>({
    request: zListData,
    response: zListResponse,
    call: (mg, parts, options) => mg.apiKeys.list(parts.query, options),
    summary: ({ data }, parts) => {
      const offset = Number(parts.query?.['offset'] ?? 0);
      const more =
        data.length >= PAGE_SIZE
          ? ` A full page: call list with offset ${offset + data.length} for more.`
          : '';
      const head = `${data.length} API key${data.length === 1 ? '' : 's'}${offset ? ` from offset ${offset}` : ''}.${more}`;
      return [head, ...data.map((k) => `- ${keyLine(k)}`)].join('\n');
    },
  }),
  createKeys: bind<CreateKeysResponse>({
    request: zCreateKeysData,
    response: zCreateKeysResponse,
    call: (mg, parts, options) => mg.apiKeys.create(parts.body as CreateKeyInput, options),
    summary: ({ data, key }) =>
      `Created API key ${keyLine(data)}.\n` +
      `Its secret is shown this once and cannot be retrieved again; store it now: ${key}`,
  }),
  getKey: bind<GetKeyResponse>({
    request: zGetKeyData,
    response: zGetKeyResponse,
    call: (mg, parts, options) => mg.apiKeys.get(hashOf(parts), options),
    summary: ({ data }) => `API key ${keyLine(data)}.`,
  }),
  updateKeys: bind<UpdateKeysResponse>({
    request: zUpdateKeysData,
    response: zUpdateKeysResponse,
    call: (mg, parts, options) => mg.apiKeys.update(hashOf(parts), parts.body as UpdateKeyInput, options),
    summary: ({ data }) => `Updated API key ${keyLine(data)}.`,
  }),
  deleteKeys: bind<DeleteKeysResponse>({
    request: zDeleteKeysData,
    response: zDeleteKeysResponse,
    call: (mg, parts, options) => mg.apiKeys.delete(hashOf(parts), options),
    summary: (_result, parts) => `Deleted API key ${String(hashOf(parts))}.`,
  }),
};

/**
 * Annotations by HTTP method. PATCH is idempotent here: an update sets the fields it is given to
 * absolute values, so sending it twice leaves the key as sending it once. A second DELETE finds
 * the key gone (404) but changes nothing more. Every tool acts on the account's own keys only,
 * a closed domain, hence `openWorldHint: false`.
 */
const hints: Record<string, Omit<ToolAnnotations, 'title' | 'openWorldHint'>> = {
  GET: { readOnlyHint: true, destructiveHint: false, idempotentHint: true },
  POST: { readOnlyHint: false, destructiveHint: false, idempotentHint: false },
  PATCH: { readOnlyHint: false, destructiveHint: false, idempotentHint: true },
  DELETE: { readOnlyHint: false, destructiveHint: true, idempotentHint: true },
};

/** The request schema's path, query and body objects, flattened: each field and where it goes. */
function fieldsOf(request: z.ZodMiniObject): {
  shape: Record<string, z.ZodMiniType>;
  where: Record<string, Where>;
} {
  const shape: Record<string, z.ZodMiniType> = {};
  const where: Record<string, Where> = {};
  for (const part of ['path', 'query', 'body'] as const) {
    let schema = request.shape[part] as z.ZodMiniType | undefined;
    if (schema instanceof z.ZodMiniOptional) schema = schema.def.innerType as z.ZodMiniType;
    if (schema === undefined || schema instanceof z.ZodMiniNever) continue;
    if (!(schema instanceof z.ZodMiniObject))
      throw new Error(`the ${part} of a request is not an object schema`);
    for (const [name, field] of Object.entries(schema.shape as Record<string, z.ZodMiniType>)) {
      if (name in shape) throw new Error(`field ${name} is in more than one part of the request`);
      shape[name] = field;
      where[name] = part;
    }
  }
  return { shape, where };
}

function jsonSchema(schema: z.ZodMiniType): ObjectJsonSchema {
  // `input`: what may be sent. For outputs too, as the API may add fields over time and objects in
  // input mode do not forbid extra properties.
  const out = z.toJSONSchema(schema, { io: 'input' }) as ObjectJsonSchema;
  if (out.type !== 'object') throw new Error('a tool schema must be a JSON Schema object');
  return out;
}

interface Tool extends ToolDefinition {
  where: Record<string, Where>;
  binding: Binding<unknown>;
}

function buildTool(name: OperationId): Tool {
  const op = operations[name];
  const binding = bindings[name];
  const { shape, where } = fieldsOf(binding.request);
  // Strict: an unknown argument (a typo such as `limt`) is refused instead of silently dropped.
  const inputSchema = jsonSchema(z.strictObject(shape));
  const docs: Record<string, string> = op.fields;
  for (const [field, property] of Object.entries(inputSchema.properties ?? {})) {
    if (docs[field]) property['description'] = docs[field];
  }
  const annotations = { title: op.summary, ...hints[op.method]!, openWorldHint: false };
  return {
    name,
    title: op.summary,
    description: op.description,
    inputSchema,
    outputSchema: jsonSchema(binding.response),
    annotations,
    write: !annotations.readOnlyHint,
    where,
    binding,
  };
}

const tools: readonly Tool[] = (Object.keys(operations) as OperationId[]).map(buildTool);

/** Every tool, in the spec's order, whether or not a given server enables it. */
export const toolDefinitions: readonly ToolDefinition[] = tools.map(
  ({ where: _where, binding: _binding, ...definition }) => definition,
);

export const TOOL_NAMES: readonly OperationId[] = tools.map((t) => t.name);
export const WRITE_TOOL_NAMES: readonly OperationId[] = tools.filter((t) => t.write).map((t) => t.name);

export function findTool(name: string): Tool | undefined {
  return tools.find((t) => t.name === name);
}

/**
 * Sorts tool arguments into path, query and body. Fields the tool does not have are returned in
 * `unknown` (nothing is sent then); the values themselves are left to the sdk to check.
 */
export function sortArguments(
  tool: Tool,
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

export async function runTool(
  tool: Tool,
  mg: ModelGates,
  parts: RequestParts,
  options: RequestOptions,
): Promise<{ result: Record<string, unknown>; text: string }> {
  const result = await tool.binding.call(mg, parts, options);
  return { result: result as Record<string, unknown>, text: tool.binding.summary(result, parts) };
}

export type { Tool };
