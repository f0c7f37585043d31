#!/usr/bin/env node
/**
 * `npx @modelgates/mcp`: the MCP server on stdio (both protocol eras, `serveStdio`), or with
 * `--http` on Streamable HTTP. stdout carries only the protocol; every log line goes to stderr,
 * redacted (no API key, no created secret).
 */
import { serveStdio } from '@modelcontextprotocol/server/stdio';
import { DEFAULT_BASE_URL, ModelGates } from '@modelgates/sdk';
import { ConfigError, parseConfig, usage } from './config.js';
import { Redactor } from './internal/redact.js';
import { listen } from './node-http.js';
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

  const clientOptions = {
    ...(config.baseUrl ? { baseUrl: config.baseUrl } : {}),
    httpReferer: config.httpReferer,
    appTitle: config.appTitle,
    appCategories: config.appCategories,
    timeoutMs: config.timeoutMs,
    logger: {
      debug: (message: string, ...details: unknown[]) => {
        if (config.debug) log(`${message}${details.map((d) => ` ${detail(d)}`).join('')}`);
      },
      warn: (message: string, ...details: unknown[]) =>
        log(`${message}${details.map((d) => ` ${detail(d)}`).join('')}`),
    },
  };
  const tools = enabledTools(config).map((t) => t.name);
  const mode = config.allowWrite ? 'read and write' : 'read-only';
  const api = shownUrl(config.baseUrl ?? DEFAULT_BASE_URL);
  // A failure inside one call is answered as a tool error; anything that still escapes is logged
  // and the server goes on serving.
  process.on('unhandledRejection', (reason) =>
    log(`unhandled rejection: ${reason instanceof Error ? reason.message : String(reason)}`),
  );
  process.on('uncaughtException', (error: NodeJS.ErrnoException) => {
    // The client is gone (its end of stdout closed): nobody to serve, stop instead of looping.
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') process.exit(0);
    log(`uncaught exception: ${error.message}`);
  });
  process.stdout.on('error', () => process.exit(0));

  if (config.http) {
    const server = await listen({
      host: config.host,
      port: config.port,
      allowedOrigins: config.allowedOrigins,
      maxBodyBytes: config.maxBodyBytes,
      allowWrite: config.allowWrite,
      tools: config.tools,
      confirm: config.confirm,
      client: clientOptions,
      log,
    });
    const stop = () => void server.close().finally(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    log(
      `${SERVER_NAME} ${SERVER_VERSION} listening on ${server.url} with ${tools.length} tool(s) (${mode}): ` +
        `${tools.join(', ')}; API ${api}; each request authenticates with its own key (Authorization: Bearer)` +
        (config.allowedOrigins.length ? `; browser origins ${config.allowedOrigins.join(', ')}` : ''),
    );
    return;
  }

  const client = new ModelGates({ apiKey: config.apiKey, ...clientOptions });
  const handle = serveStdio(
    () =>
      createServer({
        client,
        allowWrite: config.allowWrite,
        tools: config.tools,
        confirm: config.confirm,
        log,
        redactor,
      }),
    { onerror: (error) => log(`error: ${error.message}`) },
  );
  let closing = false;
  const shutdown = () => {
    if (closing) return;
    closing = true;
    void handle.close().finally(() => process.exit(0));
    // Exit even if closing hangs (an orphaned server must not outlive its client).
    setTimeout(() => process.exit(0), 2000).unref();
  };
  process.stdin.once('end', shutdown);
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  log(
    `${SERVER_NAME} ${SERVER_VERSION} serving ${tools.length} tool(s) (${mode}): ${tools.join(', ')}; API ${api}`,
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
