/**
 * The remote server: Streamable HTTP as one web-standard `fetch` handler, so the same code runs
 * under `modelgates-mcp --http` (Node, see node-http.ts) and on Workers, Deno or Bun.
 *
 * The server holds no API key: each request carries its caller's own ModelGates key as
 * `Authorization: Bearer`, and the tools it runs call the API with that key only. Before a
 * request reaches MCP:
 * - an `Origin` header not on the allow-list is refused (403): DNS-rebinding protection;
 * - a body over the cap (Content-Length, or counted while read) is refused (413);
 * - a request without a bearer gets 401 and `WWW-Authenticate: Bearer`;
 * - `X-MCP-Readonly: true` narrows this request to read-only tools, `X-MCP-Tools: a,b` to a
 *   subset (400 when they name an unknown tool or ask for a write the server does not allow).
 * Both protocol eras are served: 2026-07-28 statelessly (`createMcpHandler`), 2025-era clients in
 * sessions (`Mcp-Session-Id`), so that the server can ask them to confirm a deletion
 * (elicitation needs the session the answer comes back on). A session belongs to the key that
 * opened it and keeps the tool selection it was opened with. Log lines carry the method, status
 * and time, never a key or a body.
 */
import {
  createMcpHandler,
  isLegacyRequest,
  WebStandardStreamableHTTPServerTransport,
} from '@modelcontextprotocol/server';
import { ModelGates, type ModelGatesOptions } from '@modelgates/sdk';
import { Redactor } from './internal/redact.js';
import { type CreateServerOptions, createServer, enabledTools, ToolSelectionError } from './server.js';

export interface FetchHandlerOptions extends Pick<
  CreateServerOptions,
  'allowWrite' | 'tools' | 'registry' | 'confirm'
> {
  /** The client options every caller's client gets (base URL, timeouts, attribution); never a key. */
  client?: Omit<ModelGatesOptions, 'apiKey'>;
  /** Origins a browser-borne request may come from, e.g. `https://app.example`. Requests with no
   * Origin header (every non-browser client) are served. Default: none. */
  allowedOrigins?: readonly string[];
  /** The largest request body accepted, in bytes. Default 1 MiB. */
  maxBodyBytes?: number;
  /** One line per HTTP request (method, status, time), already redacted. */
  log?: (line: string) => void;
  /** The endpoint's path. Default `/mcp`. */
  path?: string;
  /** 2025-era sessions kept at most (the least recently used is closed first). Default 1000. */
  maxSessions?: number;
  /**
   * How 2025-era clients are served. `'sessions'` (default): in `Mcp-Session-Id` sessions held in
   * memory, so they can be asked to confirm. `'stateless'`: one server per request, as on Workers,
   * where a request cannot resume another request's stream; such clients cannot confirm, so
   * delete and disable are refused for them (2026-07-28 clients confirm either way).
   */
  legacy?: 'sessions' | 'stateless';
}

export interface FetchHandler {
  fetch(request: Request): Promise<Response>;
  close(): Promise<void>;
}

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
export const READ_ONLY_HEADER = 'X-MCP-Readonly';
export const TOOLS_HEADER = 'X-MCP-Tools';

const json = (status: number, message: string, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ jsonrpc: '2.0', id: null, error: { code: -32600, message } }), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });

interface Caller {
  token: string;
  allowWrite: boolean;
  tools: readonly string[] | undefined;
}

/** The MCP endpoint as a `fetch` handler (see the file comment). */
export function createFetchHandler(options: FetchHandlerOptions = {}): FetchHandler {
  const path = options.path ?? '/mcp';
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const origins = new Set(options.allowedOrigins ?? []);
  /** Requests that passed the checks, by their (unguessable, per request) id. */
  const callers = new Map<string, Caller & { redactor: Redactor }>();
  const serverFor = (caller: Caller & { redactor: Redactor }) =>
    createServer({
      client: new ModelGates({ ...options.client, apiKey: caller.token }),
      registry: options.registry,
      allowWrite: caller.allowWrite,
      tools: caller.tools,
      confirm: options.confirm,
      redactor: caller.redactor,
      keySource: 'the ModelGates key sent as the Authorization bearer',
      log: (line) => options.log?.(line),
    });
  const onerror = (error: Error) => options.log?.(`error: ${error.message}`);

  const factory = ({ authInfo }: { authInfo?: { clientId: string } }) => {
    const caller = authInfo && callers.get(authInfo.clientId);
    if (!caller) throw new Error('a request reached MCP without passing the checks');
    return serverFor(caller);
  };
  const mcp = createMcpHandler(factory, {
    legacy: options.legacy === 'stateless' ? 'stateless' : 'reject',
    maxRequestBodySize: maxBody,
    onerror,
  });

  /** 2025-era sessions, least recently used first. */
  const sessions = new Map<string, { transport: WebStandardStreamableHTTPServerTransport; token: string }>();
  const maxSessions = options.maxSessions ?? 1000;
  async function legacy(request: Request, caller: Caller & { redactor: Redactor }): Promise<Response> {
    const id = request.headers.get('mcp-session-id');
    if (id) {
      const session = sessions.get(id);
      // Another key's session is as good as unknown to this caller.
      if (!session || session.token !== caller.token) return json(404, 'Session not found: initialize again');
      sessions.delete(id);
      sessions.set(id, session);
      return session.transport.handleRequest(request);
    }
    if (request.method !== 'POST') return json(400, 'No Mcp-Session-Id: initialize first');
    const transport = new WebStandardStreamableHTTPServerTransport({
      sessionIdGenerator: () => crypto.randomUUID(),
      maxRequestBodySize: maxBody,
      onsessioninitialized: (sid) => {
        sessions.set(sid, { transport, token: caller.token });
        for (const [old, session] of sessions) {
          if (sessions.size <= maxSessions) break;
          sessions.delete(old);
          void session.transport.close();
        }
      },
      onsessionclosed: (sid) => void sessions.delete(sid),
    });
    transport.onerror = onerror;
    await serverFor(caller).connect(transport);
    return transport.handleRequest(request);
  }

  async function serve(request: Request, redactor: Redactor): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname !== path) return json(404, `Not found: the MCP endpoint is ${path}`);
    const origin = request.headers.get('origin');
    if (origin !== null && !origins.has(origin))
      return json(
        403,
        `Origin ${origin} is not allowed (start the server with --allowed-origins to allow it)`,
      );
    const length = Number(request.headers.get('content-length') ?? '0');
    if (length > maxBody) return json(413, `The request body is over ${maxBody} bytes`);
    const auth = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('authorization') ?? '');
    if (!auth?.[1])
      return json(401, 'Send your ModelGates API key as Authorization: Bearer <key>', {
        'www-authenticate': 'Bearer realm="modelgates-mcp"',
      });
    const token = auth[1];
    redactor.add(token);
    const readOnly = /^(1|true|yes)$/i.test(request.headers.get(READ_ONLY_HEADER) ?? '');
    const toolsHeader = request.headers.get(TOOLS_HEADER);
    const wanted = toolsHeader
      ?.split(',')
      .map((t) => t.trim())
      .filter(Boolean);
    const caller = {
      token,
      allowWrite: Boolean(options.allowWrite) && !readOnly,
      tools: wanted ?? options.tools,
      redactor,
    };
    try {
      // The server's own selection bounds the caller's: a header can narrow it, never widen it.
      const allowed = new Set(enabledTools(options).map((t) => t.name));
      const outside = (caller.tools ?? []).filter((t) => !allowed.has(t));
      if (outside.length)
        throw new ToolSelectionError(
          `${outside.join(', ')} not served here; the tools are ${[...allowed].join(', ')}`,
        );
      enabledTools({ ...caller, registry: options.registry });
    } catch (error) {
      if (error instanceof ToolSelectionError) return json(400, `${TOOLS_HEADER}: ${error.message}`);
      throw error;
    }
    if (
      options.legacy !== 'stateless' &&
      (await isLegacyRequest(request, undefined, { maxRequestBodySize: maxBody }))
    )
      return legacy(request, caller);
    const id = crypto.randomUUID();
    callers.set(id, caller);
    try {
      return await mcp.fetch(request, { authInfo: { token, clientId: id, scopes: [] } });
    } finally {
      callers.delete(id);
    }
  }

  return {
    async fetch(request) {
      const started = Date.now();
      const redactor = new Redactor();
      let response: Response;
      try {
        response = await serve(request, redactor);
      } catch (error) {
        options.log?.(redactor.redact(`error: ${error instanceof Error ? error.message : String(error)}`));
        response = json(500, 'Internal error');
      }
      options.log?.(
        redactor.redact(
          `${request.method} ${new URL(request.url).pathname} ${response.status} in ${Date.now() - started} ms`,
        ),
      );
      return response;
    },
    close: async () => {
      await Promise.all([...sessions.values()].map((s) => s.transport.close()));
      sessions.clear();
      await mcp.close();
    },
  };
}
