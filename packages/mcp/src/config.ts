/**
 * The command line and environment of `modelgates-mcp`. Flags win over environment variables.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_MAX_BODY_BYTES } from './http.js';

export interface Config {
  apiKey: string | undefined;
  baseUrl: string | undefined;
  httpReferer: string | undefined;
  appTitle: string;
  appCategories: string | undefined;
  allowWrite: boolean;
  tools: string[] | undefined;
  timeoutMs: number;
  debug: boolean;
  /** Ask the user before deleting or disabling (false: --no-confirm). */
  confirm: boolean;
  /** Serve Streamable HTTP instead of stdio. */
  http: boolean;
  host: string;
  port: number;
  allowedOrigins: string[];
  maxBodyBytes: number;
}

export type Parsed = { kind: 'run'; config: Config } | { kind: 'help' } | { kind: 'version' };

/** A bad flag or variable: the server does not start. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Each attempt's time limit: well inside an MCP client's usual 60 s request timeout. */
export const DEFAULT_TIMEOUT_MS = 15_000;

export const usage = (
  name: string,
  writeTools: readonly string[],
) => `Usage: ${name} [--allow-write] [--tools NAME,...] [--debug]

A stdio MCP server for the ModelGates API-key management API. Read-only by default.

Options:
  --allow-write      also serve ${writeTools.join(', ')} (env MODELGATES_MCP_ALLOW_WRITE=1)
  --tools NAME,...   serve only these tools (env MODELGATES_MCP_TOOLS)
  --debug            log every HTTP attempt to stderr, secrets redacted (env MODELGATES_MCP_DEBUG=1)
  --help, --version

Environment:
  MODELGATES_API_KEY          the API key (a management key for all but reading the current key)
  MODELGATES_BASE_URL         default https://modelgates.ai/api/v1
  MODELGATES_HTTP_REFERER     your app's URL (HTTP-Referer)
  MODELGATES_APP_TITLE        your app's name (X-OpenRouter-Title), default @modelgates/mcp
  MODELGATES_APP_CATEGORIES   e.g. cli-agent,cloud-agent (X-OpenRouter-Categories)
  MODELGATES_TIMEOUT_MS       each attempt's time limit, default ${DEFAULT_TIMEOUT_MS}
`;

function flag(env: Record<string, string | undefined>, name: string): boolean {
  const value = env[name]?.trim().toLowerCase();
  if (value === undefined || value === '' || value === '0' || value === 'false' || value === 'no')
    return false;
  if (value === '1' || value === 'true' || value === 'yes') return true;
  throw new ConfigError(`${name} must be 1, true, yes, 0, false or no`);
}

const list = (values: string[]) =>
  values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);

export function parseConfig(
  argv: string[],
  env: Record<string, string | undefined>,
  defaultTitle: string,
): Parsed {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        'allow-write': { type: 'boolean' },
        tools: { type: 'string', multiple: true },
        debug: { type: 'boolean' },
        'no-confirm': { type: 'boolean' },
        http: { type: 'boolean' },
        host: { type: 'string' },
        port: { type: 'string' },
        'allowed-origins': { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    }));
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };

  const tools = values.tools
    ? list(values.tools)
    : env['MODELGATES_MCP_TOOLS']
      ? list([env['MODELGATES_MCP_TOOLS']])
      : undefined;
  if (tools && tools.length === 0) throw new ConfigError('--tools needs at least one tool name');
  const timeout = env['MODELGATES_TIMEOUT_MS'];
  const timeoutMs = timeout === undefined || timeout === '' ? DEFAULT_TIMEOUT_MS : Number(timeout);
  if (!Number.isFinite(timeoutMs) || timeoutMs < 0)
    throw new ConfigError('MODELGATES_TIMEOUT_MS must be a number of milliseconds >= 0');
  const text = (name: string) => env[name]?.trim() || undefined;
  const portText = values.port ?? text('MODELGATES_MCP_PORT') ?? '3000';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535)
    throw new ConfigError('--port must be a port number (0-65535)');
  const origins = values['allowed-origins']
    ? list(values['allowed-origins'])
    : list([text('MODELGATES_MCP_ALLOWED_ORIGINS') ?? '']);
  for (const origin of origins) {
    if (!/^https?:\/\/[^/]+$/.test(origin))
      throw new ConfigError(`--allowed-origins: ${origin} is not an origin (scheme://host[:port])`);
  }
  const confirmEnv = env['MODELGATES_MCP_CONFIRM'];
  return {
    kind: 'run',
    config: {
      apiKey: text('MODELGATES_API_KEY'),
      baseUrl: text('MODELGATES_BASE_URL'),
      httpReferer: text('MODELGATES_HTTP_REFERER'),
      appTitle: text('MODELGATES_APP_TITLE') ?? defaultTitle,
      appCategories: text('MODELGATES_APP_CATEGORIES'),
      allowWrite: values['allow-write'] ?? flag(env, 'MODELGATES_MCP_ALLOW_WRITE'),
      tools,
      timeoutMs,
      debug: values.debug ?? flag(env, 'MODELGATES_MCP_DEBUG'),
      confirm: values['no-confirm']
        ? false
        : confirmEnv === undefined || confirmEnv.trim() === '' || flag(env, 'MODELGATES_MCP_CONFIRM'),
      http: values.http ?? false,
      host: values.host ?? text('MODELGATES_MCP_HOST') ?? '127.0.0.1',
      port,
      allowedOrigins: origins,
      maxBodyBytes: DEFAULT_MAX_BODY_BYTES,
    },
  };
}
