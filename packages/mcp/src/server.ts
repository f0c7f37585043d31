/**
 * The MCP server: `tools/list` and `tools/call` over the tools in tools.ts, read-only unless writes
 * are allowed. Every failure of a call (bad arguments, an API error, a network error) becomes a
 * tool result with `isError: true` whose text says what happened; the server goes on serving.
 */
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import {
  type CallToolResult,
  CallToolRequestSchema,
  ErrorCode,
  ListToolsRequestSchema,
  McpError,
} from '@modelcontextprotocol/sdk/types.js';
import { APIError, ModelGatesError, ResponseValidationError, SDKValidationError } from '@modelgates/sdk';
import { Redactor } from './internal/redact.js';
import {
  type Api,
  buildTools,
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
}

/** Thrown for options that name no tool or a write tool on a read-only server. */
export class ToolSelectionError extends Error {
  override name = 'ToolSelectionError';
}

type Selection = Pick<CreateServerOptions, 'allowWrite' | 'tools' | 'registry'>;

/** The tools a server with these options serves, in the spec's order; throws ToolSelectionError. */
export function enabledTools(options: Selection): ToolDefinition<string>[] {
  return selectTools(buildTools(options.registry ?? defaultRegistry), options).map(
    ({ meta: _meta, where: _where, secrets: _secrets, ...definition }) => definition,
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
function describeError(tool: Tool<string>, error: unknown): string {
  const op = tool.meta;
  if (error instanceof SDKValidationError) {
    const issues = error.issues.map((i) => `${i.path.join('.') || '(arguments)'} ${i.message}`).join('; ');
    return `Invalid arguments for ${tool.name}: ${issues}. Nothing was sent.`;
  }
  if (error instanceof APIError) {
    const message =
      error.error?.message ?? (error.body ? "the body is not the API's JSON error" : 'the body is empty');
    const hint =
      error.status === 401
        ? ' Check the API key the server was started with (MODELGATES_API_KEY).'
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

/** A stdio-ready MCP server (connect it to a transport) serving the ModelGates API-key tools. */
export function createServer(options: CreateServerOptions): Server {
  const all = buildTools(options.registry ?? defaultRegistry);
  const tools = selectTools(all, options);
  const redactor = options.redactor ?? new Redactor();
  const log = (line: string) => options.log?.(redactor.redact(line));
  // Every error text is redacted too: even the argument names it quotes come from the agent.
  const failure = (text: string): CallToolResult => ({
    isError: true,
    content: [{ type: 'text', text: redactor.redact(text) }],
  });
  const mode = options.allowWrite ? 'read and write' : 'read-only';

  const server = new Server(
    { name: SERVER_NAME, version: SERVER_VERSION, title: 'ModelGates API keys' },
    {
      capabilities: { tools: {} },
      instructions:
        `Manage ModelGates API keys (an LLM gateway): see the current key's usage and limits, list and inspect keys` +
        (options.allowWrite
          ? ', create budget-capped keys, update or disable them, delete them.'
          : '. This server is read-only.') +
        ` Tools: ${tools.map((t) => t.name).join(', ')}.`,
    },
  );

  server.setRequestHandler(ListToolsRequestSchema, () => ({
    tools: tools.map((t) => ({
      name: t.name,
      title: t.title,
      description: t.description,
      inputSchema: t.inputSchema,
      outputSchema: t.outputSchema,
      annotations: t.annotations,
    })),
  }));

  server.setRequestHandler(CallToolRequestSchema, async (request, extra): Promise<CallToolResult> => {
    const name = request.params.name;
    const tool = tools.find((t) => t.name === name);
    if (!tool) {
      const known = all.find((t) => t.name === name);
      if (!known) throw new McpError(ErrorCode.InvalidParams, redactor.redact(`Unknown tool: ${name}`));
      log(`call ${name}: refused, not enabled (${mode})`);
      return failure(
        known.write && !options.allowWrite
          ? `${name} is not available: this server is read-only. It changes keys, so it runs only when the server is started with --allow-write (or MODELGATES_MCP_ALLOW_WRITE=1). Nothing was sent.`
          : `${name} is not enabled on this server (it was started with --tools ${tools.map((t) => t.name).join(',')}). Nothing was sent.`,
      );
    }
    const started = Date.now();
    const args = request.params.arguments ?? {};
    const { parts, unknown } = sortArguments(tool, args);
    if (unknown.length) {
      log(`call ${name}: refused, unknown argument(s) ${unknown.join(', ')}`);
      const known = Object.keys(tool.inputSchema.properties ?? {});
      return failure(
        `Invalid arguments for ${name}: ${unknown.map((f) => `${f} is not an argument of this tool`).join('; ')} ` +
          `(its arguments: ${known.length ? known.join(', ') : 'none'}). Nothing was sent.`,
      );
    }
    try {
      const result = await options.client.request(tool.name, parts, { signal: extra.signal });
      // The secret is this result's alone: from now on it is redacted from every log line and error.
      for (const secret of secretValues(tool, result)) redactor.add(secret);
      log(`call ${name}: ok in ${Date.now() - started} ms`);
      const structured = isRecord(result) ? result : { result };
      return {
        content: [
          { type: 'text', text: summarize(tool, result, parts) },
          { type: 'text', text: JSON.stringify(result, null, 2) },
        ],
        structuredContent: structured,
      };
    } catch (error) {
      const text = redactor.redact(describeError(tool, error));
      log(`call ${name}: error in ${Date.now() - started} ms: ${text}`);
      return failure(text);
    }
  });

  return server;
}
