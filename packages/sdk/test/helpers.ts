import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { responseExample } from '@modelgates/test-utils';

export const listBody = () => JSON.stringify(responseExample('/keys', 'get', 200));
export const keyBody = () => JSON.stringify(responseExample('/keys/{hash}', 'get', 200));
export const createdBody = () => JSON.stringify(responseExample('/keys', 'post', 201));

export const json = (body: string | object, status = 200, headers: Record<string, string> = {}) =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });

export interface Recorded {
  method: string;
  url: URL;
  headers: Headers;
  body: string;
}

/** An in-process fetch: records every request and answers with `respond(call number, request)`. */
export function fakeFetch(respond: (n: number, req: Recorded) => Response | Promise<Response>) {
  const calls: Recorded[] = [];
  const fn = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const req = new Request(input, init);
    const rec = { method: req.method, url: new URL(req.url), headers: req.headers, body: await req.text() };
    calls.push(rec);
    if (req.signal.aborted) throw req.signal.reason;
    return respond(calls.length, rec);
  };
  return Object.assign(fn, { calls });
}

/** A small node:http server on 127.0.0.1 for what Prism cannot do (resets, delays, raw bodies). */
export async function httpServer(handler: (req: IncomingMessage, res: ServerResponse, n: number) => void) {
  let n = 0;
  const bodies: string[] = [];
  const server = createServer((req, res) => {
    const count = ++n;
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      bodies.push(body);
      handler(req, res, count);
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get requests() {
      return n;
    },
    bodies,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
