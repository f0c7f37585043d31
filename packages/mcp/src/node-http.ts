/**
 * `modelgates-mcp --http`: the fetch handler of http.ts on a `node:http` server. Each Node request
 * becomes a web `Request` (its body streamed, aborted when the client goes away) and the `Response`
 * is streamed back, so Server-Sent Events reach the client as they are written.
 */
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { createFetchHandler, type FetchHandlerOptions } from './http.js';

export interface ListenOptions extends FetchHandlerOptions {
  /** Default 127.0.0.1: reachable from this machine only. */
  host?: string;
  /** Default 3000; 0 picks a free port. */
  port?: number;
}

export interface Listening {
  /** The MCP endpoint, e.g. `http://127.0.0.1:3000/mcp`. */
  url: string;
  close(): Promise<void>;
}

function toRequest(req: IncomingMessage, base: string, signal: AbortSignal): Request {
  const headers = new Headers();
  for (let i = 0; i < req.rawHeaders.length; i += 2)
    headers.append(req.rawHeaders[i]!, req.rawHeaders[i + 1]!);
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  return new Request(new URL(req.url ?? '/', base), {
    method: req.method,
    headers,
    signal,
    ...(hasBody ? { body: Readable.toWeb(req), duplex: 'half' } : {}),
  } as RequestInit);
}

async function send(response: Response, res: ServerResponse): Promise<void> {
  res.writeHead(response.status, [...response.headers].flat());
  if (!response.body) return void res.end();
  const reader = response.body.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) res.write(next.value);
  res.end();
}

export async function listen(options: ListenOptions = {}): Promise<Listening> {
  const handler = createFetchHandler(options);
  const host = options.host ?? '127.0.0.1';
  const server = createHttpServer((req, res) => {
    const aborted = new AbortController();
    res.once('close', () => aborted.abort());
    const base = `http://${req.headers.host ?? host}`;
    handler
      .fetch(toRequest(req, base, aborted.signal))
      .then((response) => send(response, res))
      .catch(() => {
        if (!res.headersSent) res.writeHead(500).end();
        else res.destroy();
      });
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 3000, host, ok);
  });
  const { port } = server.address() as AddressInfo;
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shown}:${port}${options.path ?? '/mcp'}`,
    close: async () => {
      await handler.close();
      await new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      });
    },
  };
}
