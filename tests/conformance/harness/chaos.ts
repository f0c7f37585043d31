/**
 * The "chaos" server: what Prism cannot do, on 127.0.0.1, for every runtime at once. Each leg of
 * the run gets its own prefix `/s/<session>/`, so request counts never mix between runtimes.
 *
 *   /s/<session>/retry/...    first request: 503 with `Retry-After: 0`; after that: 200 with `listBody`
 *   /s/<session>/hang-*\/...  never answers: the client's timeout or abort has to end it
 *   /s/<session>/echo/...     401 whose error message echoes the Authorization header back
 *   /s/<session>/__stats      requests seen so far under this session, by route: { "retry": 2 }
 *
 * Every answer carries CORS headers (with Retry-After exposed, or a browser's fetch cannot read it),
 * and preflights are answered without being counted.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ChaosServer {
  url: string;
  /** `host:port`, for Deno's --allow-net. */
  host: string;
  close(): Promise<void>;
}

/** A hung request is answered anyway after this long, so nothing outlives a broken client. */
const HANG_LIMIT_MS = 20_000;

const cors = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'retry-after, retry-after-ms, x-request-id',
};

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { ...cors, 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

export async function startChaos(listBody: unknown): Promise<ChaosServer> {
  const counts = new Map<string, Map<string, number>>();
  const hanging = new Set<NodeJS.Timeout>();

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        ...cors,
        'access-control-allow-methods': 'GET, POST, PATCH, DELETE, OPTIONS',
        // Authorization is never covered by a `*` wildcard, so echo what the browser asks for.
        'access-control-allow-headers': req.headers['access-control-request-headers'] ?? '*',
        'access-control-max-age': '600',
      });
      return res.end();
    }
    const [, s, session, route] = new URL(req.url ?? '/', 'http://chaos').pathname.split('/');
    if (s !== 's' || !session || !route)
      return send(res, 404, { error: { code: 404, message: 'Resource not found' } });
    const seen = counts.get(session) ?? new Map<string, number>();
    counts.set(session, seen);
    if (route === '__stats') return send(res, 200, Object.fromEntries(seen));
    const n = (seen.get(route) ?? 0) + 1;
    seen.set(route, n);

    if (route === 'retry') {
      if (n === 1) {
        return send(
          res,
          503,
          { error: { code: 503, message: 'Service Unavailable' } },
          { 'retry-after': '0' },
        );
      }
      return send(res, 200, listBody);
    }
    if (route === 'echo') {
      const auth = req.headers.authorization ?? '';
      return send(res, 401, { error: { code: 401, message: `Invalid API key: ${auth}` } });
    }
    if (route.startsWith('hang')) {
      const timer = setTimeout(() => {
        hanging.delete(timer);
        send(res, 504, { error: { code: 504, message: 'Gateway Timeout' } });
      }, HANG_LIMIT_MS);
      hanging.add(timer);
      res.on('close', () => {
        clearTimeout(timer);
        hanging.delete(timer);
      });
      return;
    }
    send(res, 404, { error: { code: 404, message: 'Resource not found' } });
  };

  const server = createServer(handle);
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        for (const timer of hanging) clearTimeout(timer);
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
