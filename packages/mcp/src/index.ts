/**
 * @modelgates/mcp: the ModelGates API-key management API as MCP tools. Most people run the
 * `modelgates-mcp` bin (`npx @modelgates/mcp`, or `--http` for a remote server); this entry point
 * is for putting the same tools into a server of your own, or hosting the remote server's `fetch`
 * handler on Workers, Deno or Bun (`createFetchHandler`). It imports no Node built-in.
 */
export {
  createServer,
  enabledTools,
  SERVER_NAME,
  SERVER_VERSION,
  ToolSelectionError,
  type CreateServerOptions,
} from './server.js';
export {
  buildTools,
  defaultRegistry,
  TOOL_NAMES,
  toolDefinitions,
  WRITE_TOOL_NAMES,
  type Api,
  type ObjectJsonSchema,
  type Registry,
  type ToolAnnotations,
  type ToolDefinition,
} from './tools.js';
export {
  createFetchHandler,
  DEFAULT_MAX_BODY_BYTES,
  READ_ONLY_HEADER,
  TOOLS_HEADER,
  type FetchHandler,
  type FetchHandlerOptions,
} from './http.js';
export { Redactor } from './internal/redact.js';
export type { OperationId } from '@modelgates/sdk';
