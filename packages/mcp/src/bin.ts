#!/usr/bin/env node
/**
 * `npx @modelgates/mcp`: the MCP server on stdio. stdout carries only the protocol; every log
 * line goes to stderr, redacted (no API key, no created secret).
 */
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { DEFAULT_BASE_URL, ModelGates } from '@modelgates/sdk';
import { ConfigError, parseConfig, usage } from './config.js';
import { Redactor } from './internal/redact.js';
import { createServer, enabledTools, SERVER_NAME, SERVER_VERSION, ToolSelectionError } from './server.js';
import { WRITE_TOOL_NAMES } from './tools.js';

const redactor = new Redactor();
const log = (line: string) => process.stderr.write(`[modelgates-mcp] ${redactor.redact(line)}\n`);
const detail = (value: unknown) => {
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
};

/** The base URL as it may be logged: no user info, query or fragment. */
function shownUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return '(invalid URL)';
  }
}

async function main(): Promise<void> {
  const parsed = parseConfig(process.argv.slice(2), process.env, SERVER_NAME);
  if (parsed.kind === 'help') return void process.stdout.write(usage('modelgates-mcp', WRITE_TOOL_NAMES));
  if (parsed.kind === 'version') return void process.stdout.write(`${SERVER_VERSION}\n`);
  const config = parsed.config;
  redactor.add(config.apiKey);
  // A password in the base URL (https://user:pass@host/...) is a secret too.
  try {
    const password = config.baseUrl ? new URL(config.baseUrl).password : '';
    if (password) [password, decodeURIComponent(password)].forEach((p) => redactor.add(p));
  } catch {
    // Not a URL: the client refuses it below.
  }

  const client = new ModelGates({
    apiKey: config.apiKey,
    ...(config.baseUrl ? { baseUrl: config.baseUrl } : {}),
    httpReferer: config.httpReferer,
    appTitle: config.appTitle,
    appCategories: config.appCategories,
    timeoutMs: config.timeoutMs,
    logger: {
      debug: (message, ...details) => {
        if (config.debug) log(`${message}${details.map((d) => ` ${detail(d)}`).join('')}`);
      },
      warn: (message, ...details) => log(`${message}${details.map((d) => ` ${detail(d)}`).join('')}`),
    },
  });
  const server = createServer({ client, allowWrite: config.allowWrite, tools: config.tools, log, redactor });
  const tools = enabledTools(config).map((t) => t.name);

  const transport = new StdioServerTransport();
  let closing = false;
  const shutdown = () => {
    if (closing) return;
    closing = true;
    void server.close().finally(() => process.exit(0));
  };
  process.stdin.once('end', shutdown);
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  // A failure inside one call is answered as a tool error; anything that still escapes is logged
  // and the server goes on serving.
  process.on('unhandledRejection', (reason) =>
    log(`unhandled rejection: ${reason instanceof Error ? reason.message : String(reason)}`),
  );
  process.on('uncaughtException', (error) => log(`uncaught exception: ${error.message}`));

  await server.connect(transport);
  log(
    `${SERVER_NAME} ${SERVER_VERSION} serving ${tools.length} tool(s) (${config.allowWrite ? 'read and write' : 'read-only'}): ` +
      `${tools.join(', ')}; API ${shownUrl(config.baseUrl ?? DEFAULT_BASE_URL)}`,
  );
  if (!config.allowWrite && !config.tools)
    log(`writes are off: start with --allow-write to serve ${WRITE_TOOL_NAMES.join(', ')}`);
  if (!config.apiKey) log('MODELGATES_API_KEY is not set: the API will refuse every call (401)');
}

main().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof ToolSelectionError;
  log(`${known ? '' : 'could not start: '}${error instanceof Error ? error.message : String(error)}`);
  if (known) process.stderr.write(`Run modelgates-mcp --help for the options.\n`);
  process.exit(2);
});
