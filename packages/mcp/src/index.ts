/**
 * @modelgates/mcp: the ModelGates API-key management API as MCP tools. Most people run the
 * `modelgates-mcp` bin (`npx @modelgates/mcp`); this entry point is for putting the same tools
 * into a server of your own.
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
export { Redactor } from './internal/redact.js';
export type { OperationId } from '@modelgates/sdk';
