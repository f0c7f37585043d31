/**
 * The MCP server (the v2 SDK's low-level `Server`): `tools/list` and `tools/call` over the tools
 * in tools.ts, read-only unless writes are allowed, and the read operations as resources. Every
 * failure of a call (bad arguments, an API error, a network error) becomes a tool result with
 * `isError: true` whose text says what happened; the server goes on serving. Bad JSON-RPC params
 * (an unknown tool, arguments that are not an object) are -32602 errors with one sentence; a
 * resource that does not exist is "resource not found" with its uri in `data` (-32602 in the
 * 2026-07-28 era, -32002 in the 2025 era; see internal/server-class.ts).
 *
 * `createServer` builds one instance; the serving entries (`serveStdio`, `createMcpHandler`) take
 * a factory, `() => createServer(options)`, and serve both protocol eras from it: 2026-07-28
 * (`server/discover`, stateless) and the 2025 `initialize` handshake.
 */
import {
  type CallToolResult,
  CLIENT_CAPABILITIES_META_KEY,
  type InputRequiredResult,
  inputRequired,
  inputResponse,
  ProtocolError,
  ProtocolErrorCode,
  type ReadResourceResult,
  ResourceNotFoundError,
  type Server,
  type ServerContext,
} from '@modelcontextprotocol/server';
import { APIError, ModelGatesError, ResponseValidationError, SDKValidationError } from '@modelgates/sdk';
import { ModelGatesServer } from './internal/server-class.js';
import { Redactor } from './internal/redact.js';
import {
  type Api,
  buildTools,
  type RequestParts,
  defaultRegistry,
  type Registry,
  secretValues,
  sortArguments,
  summarize,
  type Tool,
  type ToolDefinition,
} from './tools.js';
import pkg from '../package.json' with { type: 'json' };

export const SERVER_NAME = pkg.name;
export const SERVER_VERSION = pkg.version;

export interface CreateServerOptions {
  /** The configured client every tool calls (`mg.request(operationId, parts, options)`): a `ModelGates`. */
  client: Api<string>;
  /** The operations to serve as tools. Default: the sdk's registry, generated from the spec. */
  registry?: Registry<string>;
  /** List and run the tools that are not read-only too. Default false: read-only. */
  allowWrite?: boolean;
  /** Only these tools (by name). Default: every tool the write mode allows. */
  tools?: readonly string[];
  /** Where one line per tool call goes (already redacted). Default: nowhere. */
  log?: (line: string) => void;
  /** Secrets to keep out of log lines and error texts: pass the API key. Secrets in results (the
   * response fields the spec marks secret) are added as they are returned. */
  redactor?: Redactor;
  /**
   * Ask the user (elicitation; `input_required` in the 2026-07-28 era) before a destructive call
   * or one that disables something, and run it only on an explicit yes. Default true. A client
   * that cannot be asked is refused; `false` relies on the tools' `destructiveHint` instead.
   */
  confirm?: boolean;
  /** Where the 401 hint points: the key the server was started with, or the caller's bearer. */
  keySource?: string;
}

/** Thrown for options that name no tool or a write tool on a read-only server. */
export class ToolSelectionError extends Error {
  override name = 'ToolSelectionError';
}

type Selection = Pick<CreateServerOptions, 'allowWrite' | 'tools' | 'registry'>;

/** The tools a server with these options serves, in the spec's order; throws ToolSelectionError. */
export function enabledTools(options: Selection): ToolDefinition<string>[] {
  return selectTools(buildTools(options.registry ?? defaultRegistry), options).map(
    ({ meta: _meta, where: _where, secrets: _secrets, valid: _valid, ...definition }) => definition,
  );
}

function selectTools(all: Tool<string>[], options: Selection): Tool<string>[] {
  const wanted = options.tools ? new Set(options.tools) : undefined;
  for (const name of wanted ?? []) {
    const tool = all.find((t) => t.name === name);
    if (!tool) {
      throw new ToolSelectionError(
        `unknown tool ${JSON.stringify(name)}; the tools are ${all.map((t) => t.name).join(', ')}`,
      );
    }
    if (tool.write && !options.allowWrite) {
      throw new ToolSelectionError(`${name} writes: allow writes (--allow-write) to use it`);
    }
  }
  if (wanted && wanted.size === 0) throw new ToolSelectionError('no tool selected');
  return all.filter((tool) => (options.allowWrite || !tool.write) && (!wanted || wanted.has(tool.name)));
}

/** What went wrong, in words for the agent, without the API key or any secret. */
function describeError(tool: Tool<string>, error: unknown, keySource: string): string {
  const op = tool.meta;
  if (error instanceof SDKValidationError) {
    // Said once: a value can break one rule by two routes (a date-only string fails both branches
    // of a nullable date-time), which the sdk reports as two equal issues.
    const issues = [
      ...new Set(error.issues.map((i) => `${i.path.join('.') || '(arguments)'} ${i.message}`)),
    ].join('; ');
    return `Invalid arguments for ${tool.name}: ${issues}. Nothing was sent.`;
  }
  if (error instanceof APIError) {
    const message =
      error.error?.message ?? (error.body ? "the body is not the API's JSON error" : 'the body is empty');
    const hint =
      error.status === 401
        ? ` Check ${keySource}.`
        : error.status === 403
          ? ' This operation needs a management key.'
          : '';
    return (
      `${tool.name} failed: the API answered ${op.method} ${op.path} with HTTP ${error.status}: ${message}.${hint} ` +
      `Request id: ${error.requestId ?? 'none (the server sent none)'}.`
    );
  }
  if (error instanceof ResponseValidationError) {
    const issues = error.issues.map((i) => `${i.path.join('.') || '(body)'} ${i.message}`.trim()).join('; ');
    // A write that is not safe to repeat may have taken effect all the same.
    const created =
      tool.write && !op.idempotent
        ? ` The ${tool.name} may have taken effect: check before calling it again.`
        : '';
    return `${tool.name}: the API's response does not match its spec: ${issues}.${created} Request id: ${error.requestId ?? 'none'}.`;
  }
  // ConnectionError, RequestTimeoutError, RequestAbortedError: their messages name the method and URL.
  if (error instanceof ModelGatesError) return `${tool.name} failed: ${error.name}: ${error.message}`;
  return `${tool.name} failed unexpectedly: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** What a JSON value is, in words: `null`, `an array`, `an object`, `a number`, `a string`, `a boolean`. */
const kindOf = (value: unknown) =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'an array'
      : typeof value === 'object'
        ? 'an object'
        : `a ${typeof value}`;

/**
 * Whether a call must be confirmed by the user: a destructive operation, or a write that sets a
 * boolean body field named in CONFIRM_FIELDS to true (disabling a key cuts off whoever uses it).
 */
const CONFIRM_FIELDS: readonly string[] = ['disabled'];
function needsConfirmation(tool: Tool<string>, parts: RequestParts): string | undefined {
  if (tool.meta.destructive) return `${tool.title}`;
  if (!tool.write) return undefined;
  const set = CONFIRM_FIELDS.filter((f) => parts.body?.[f] === true);
  return set.length ? `${tool.title}, setting ${set.join(', ')}` : undefined;
}

/** The JSON Schema the user answers: one required boolean. */
const confirmSchema = {
  type: 'object' as const,
  properties: { confirm: { type: 'boolean' as const, title: 'Yes, go ahead' } },
  required: ['confirm'],
};

/** Read operations without a query (and not paged): the current key, one key by hash. */
function resourcesOf(tools: Tool<string>[]) {
  return tools
    .filter((t) => t.meta.readOnly && !t.meta.paginated && !t.meta.queryParams.length && !t.secrets.length)
    .map((tool) => ({
      tool,
      uriTemplate: `modelgates:/${tool.meta.path}`,
      // Path templates are plain segments and {params}: each param matches one segment.
      pattern: new RegExp(`^modelgates:/${tool.meta.path.replace(/\{(\w+)\}/g, '(?<$1>[^/]+)')}$`),
    }));
}

/** One MCP server instance serving the ModelGates API-key tools (see the file comment). */
export function createServer(options: CreateServerOptions): Server {
  const all = buildTools(options.registry ?? defaultRegistry);
  const tools = selectTools(all, options);
  const resources = resourcesOf(tools);
  const redactor = options.redactor ?? new Redactor();
  const keySource = options.keySource ?? 'the API key the server was started with (MODELGATES_API_KEY)';
  const log = (line: string) => options.log?.(redactor.redact(line));
  // Every error text is redacted too: even the argument names it quotes come from the agent.
  const failure = (text: string): CallToolResult => ({
    isError: true,
    content: [{ type: 'text', text: redactor.redact(text) }],
  });
  const mode = options.allowWrite ? 'read and write' : 'read-only';

  const server = new ModelGatesServer(
    { name: SERVER_NAME, version: SERVER_VERSION, title: 'ModelGates API keys' },
    {
      capabilities: { tools: {}, resources: {} },
      instructions:
        `Manage ModelGates API keys (an LLM gateway): see the current key's usage and limits, list and inspect keys` +
        (options.allowWrite
          ? ', create budget-capped keys, update or disable them, delete them.'
          : '. This server is read-only.') +
        ` Tools: ${tools.map((t) => t.name).join(', ')}.`,
    },
  );

  const unknownTool = (name: string) =>
    new ProtocolError(
      ProtocolErrorCode.InvalidParams,
      redactor.redact(`Unknown tool: ${name}. The tools are ${tools.map((t) => t.name).join(', ')}.`),
    );
  /**
   * The answer to a call of a tool this server does not serve, whatever its arguments: a tool it
   * does not have is -32602; one it has but did not enable is a tool error saying how to enable it.
   */
  const notServed = (name: string): CallToolResult => {
    const known = all.find((t) => t.name === name);
    if (!known) throw unknownTool(name);
    log(`call ${name}: refused, not enabled (${mode})`);
    return failure(
      known.write && !options.allowWrite
        ? `${name} is not available: this server is read-only. It changes keys, so it runs only when the server is started with --allow-write (or MODELGATES_MCP_ALLOW_WRITE=1). Nothing was sent.`
        : `${name} is not enabled on this server (it was started with --tools ${tools.map((t) => t.name).join(',')}). Nothing was sent.`,
    );
  };
  // Checked before the SDK checks the params against its schema (which would answer with its
  // issue list): one sentence naming the field. A tool that is not served is answered as such
  // first, so its field list is never shown.
  server.precheck = (method, request) => {
    if (method !== 'tools/call') return undefined;
    const params = isRecord(request.params) ? request.params : {};
    const { name, arguments: args } = params;
    if (typeof name !== 'string') {
      const rule = 'must be the name of a tool (a string)';
      throw new ProtocolError(
        ProtocolErrorCode.InvalidParams,
        `${name === undefined ? `name is missing: it ${rule}` : `name ${rule}, not ${kindOf(name)}`}. ` +
          `The tools are ${tools.map((t) => t.name).join(', ')}.`,
      );
    }
    if (args === undefined || isRecord(args)) return undefined;
    const tool = tools.find((t) => t.name === name);
    if (!tool) return notServed(name);
    const fields = Object.keys(tool.inputSchema.properties ?? {});
    throw new ProtocolError(
      ProtocolErrorCode.InvalidParams,
      `arguments must be an object ${fields.length ? `with ${name}'s fields (${fields.join(', ')})` : `(${name} takes no fields: {})`}, not ${kindOf(args)}.`,
    );
  };

  server.setRequestHandler('tools/list', () => ({
    tools: tools.map((t) => ({
      name: t.name,
      title: t.title,
      description: t.description,
      inputSchema: t.inputSchema,
      outputSchema: t.outputSchema,
      annotations: t.annotations,
    })),
  }));

  /** Whether this request's client can be asked (its capabilities: per request, or from initialize). */
  const canElicit = (ctx: ServerContext) => {
    const perRequest = new Map(Object.entries(ctx.mcpReq.envelope ?? {})).get(CLIENT_CAPABILITIES_META_KEY);
    const capabilities: unknown = perRequest ?? server.getClientCapabilities();
    return isRecord(capabilities) && isRecord(capabilities['elicitation']);
  };

  /** Calls the API; `status` is the API's HTTP status when it answered with an error. */
  const run = async (
    tool: Tool<string>,
    parts: RequestParts,
    ctx: ServerContext,
  ): Promise<CallToolResult & { status?: number }> => {
    const started = Date.now();
    try {
      const result = await options.client.request(tool.name, parts, { signal: ctx.mcpReq.signal });
      // The secret is this result's alone: from now on it is redacted from every log line and error.
      for (const secret of secretValues(tool, result)) redactor.add(secret);
      log(`call ${tool.name}: ok in ${Date.now() - started} ms`);
      const structured = isRecord(result) ? result : { result };
      return {
        content: [
          { type: 'text', text: summarize(tool, result, parts) },
          { type: 'text', text: JSON.stringify(result, null, 2) },
        ],
        structuredContent: structured,
      };
    } catch (error) {
      const text = redactor.redact(describeError(tool, error, keySource));
      log(`call ${tool.name}: error in ${Date.now() - started} ms: ${text}`);
      return { ...failure(text), ...(error instanceof APIError ? { status: error.status } : {}) };
    }
  };

  server.setRequestHandler(
    'tools/call',
    async (request, ctx): Promise<CallToolResult | InputRequiredResult> => {
      const name = request.params.name;
      const tool = tools.find((t) => t.name === name);
      if (!tool) return notServed(name);
      // An object by now: anything else was answered by the precheck above.
      const { parts, unknown } = sortArguments(tool, request.params.arguments ?? {});
      if (unknown.length) {
        log(`call ${name}: refused, unknown argument(s) ${unknown.join(', ')}`);
        const known = Object.keys(tool.inputSchema.properties ?? {});
        return failure(
          `Invalid arguments for ${name}: ${unknown.map((f) => `${f} is not an argument of this tool`).join('; ')} ` +
            `(its arguments: ${known.length ? known.join(', ') : 'none'}). Nothing was sent.`,
        );
      }
      // Bad arguments are not worth a question: the sdk refuses them below, naming the field.
      const what =
        options.confirm === false || !tool.valid(parts) ? undefined : needsConfirmation(tool, parts);
      if (what) {
        const answer = inputResponse(ctx.mcpReq.inputResponses, 'confirm');
        if (answer.kind === 'elicit') {
          if (answer.action !== 'accept' || answer.content?.['confirm'] !== true) {
            log(`call ${name}: not confirmed (${answer.action}), nothing sent`);
            return failure(`${name} was not confirmed by the user (${answer.action}). Nothing was sent.`);
          }
          log(`call ${name}: confirmed by the user`);
        } else if (!canElicit(ctx)) {
          log(`call ${name}: refused, the client cannot confirm`);
          return failure(
            `${name} needs the user's confirmation, and this client does not support elicitation. ` +
              'Use a client that does, or start the server with --no-confirm to rely on the tool annotations. Nothing was sent.',
          );
        } else {
          const target = parts.path ? Object.values(parts.path).map(String).join(', ') : '';
          return inputRequired({
            inputRequests: {
              confirm: inputRequired.elicit({
                message: redactor.redact(
                  `Confirm: ${what}${target ? ` (${target})` : ''}. Nothing is sent unless you say yes.`,
                ),
                requestedSchema: confirmSchema,
              }),
            },
          });
        }
      }
      const { status: _status, ...result } = await run(tool, parts, ctx);
      return result;
    },
  );

  server.setRequestHandler('resources/list', () => ({
    resources: resources
      .filter((r) => !r.tool.meta.pathParams.length)
      .map((r) => ({
        uri: r.uriTemplate,
        name: r.tool.name,
        title: r.tool.title,
        description: r.tool.description,
        mimeType: 'application/json',
      })),
  }));
  server.setRequestHandler('resources/templates/list', () => ({
    resourceTemplates: resources
      .filter((r) => r.tool.meta.pathParams.length)
      .map((r) => ({
        uriTemplate: r.uriTemplate,
        name: r.tool.name,
        title: r.tool.title,
        description: r.tool.description,
        mimeType: 'application/json',
      })),
  }));
  server.setRequestHandler('resources/read', async (request, ctx): Promise<ReadResourceResult> => {
    const uri = request.params.uri;
    // data is { uri } and nothing else: how the v2 client tells "not found" from other -32602s.
    const notFound = (why: string) =>
      new ResourceNotFoundError(redactor.redact(uri), redactor.redact(`Resource not found: ${uri}. ${why}`));
    for (const { tool, pattern } of resources) {
      const match = pattern.exec(uri);
      if (!match) continue;
      const path = Object.fromEntries(
        Object.entries(match.groups ?? {}).map(([k, v]) => [k, decodeURIComponent(v)]),
      );
      const { status, ...result } = await run(tool, tool.meta.pathParams.length ? { path } : {}, ctx);
      const text = result.content.map((c) => (c.type === 'text' ? c.text : '')).join('\n');
      if (result.isError) {
        if (status === 404) throw notFound(text);
        throw new ProtocolError(ProtocolErrorCode.InternalError, text);
      }
      return {
        contents: [
          { uri, mimeType: 'application/json', text: JSON.stringify(result.structuredContent, null, 2) },
        ],
      };
    }
    throw notFound(`The resources are ${resources.map((r) => r.uriTemplate).join(', ')}.`);
  });

  return server;
}
