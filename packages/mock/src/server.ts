import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MockConfigError } from './internal/errors.js';
import { MockApi, type MockOptions } from './mock.js';

export interface ListenOptions extends MockOptions {
  /** The port; 0 (the default) picks a free one. */
  port?: number;
  /** The interface to bind; 127.0.0.1 by default. */
  host?: string;
  /** An existing mock to serve (then the `MockOptions` here must be left out). */
  mock?: MockApi;
  /** Receives one line per request (method, path, status, duration); `false` for none. `console.log` by default. */
  log?: ((line: string) => void) | false;
  /** The largest request body accepted, in bytes; a larger one gets 413. 1 MiB by default. */
  maxBodyBytes?: number;
  /** How long a client may take to send the request headers, in ms (then 408). 10 s by default. */
  headersTimeoutMs?: number;
  /** How long a client may take to send the whole request, in ms (then 408). 30 s by default. */
  requestTimeoutMs?: number;
  /**
   * Serves the control surface under `/__mock/` (reset, faults, latency, state) for tests in any
   * language. Off by default; only on a loopback host, and only to loopback clients.
   */
  control?: boolean;
}

export interface MockServer {
  /** `http://host:port`: the base URL to give a client. The spec's paths are served right under it (`/keys`, `/key`). */
  readonly url: string;
  readonly port: number;
  readonly host: string;
  /** The state and faults behind the server. */
  readonly mock: MockApi;
  /** Stops listening and ends open connections. */
  close(): Promise<void>;
}

const cors = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'Retry-After, X-Request-Id',
};
const CONTROL = '/__mock';
const loopback = (address: string | undefined) =>
  !!address && (address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.'));

class TooLarge extends Error {}

async function readBody(req: IncomingMessage, max: number): Promise<Buffer> {
  if (Number(req.headers['content-length'] ?? 0) > max) throw new TooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > max) throw new TooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function toRequest(req: IncomingMessage, body: Buffer, base: string, signal: AbortSignal): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD' && body.length > 0;
  return new Request(new URL(req.url ?? '/', base), {
    method: req.method,
    headers,
    body: hasBody ? new Uint8Array(body) : undefined,
    signal,
  });
}

/** Sends the answer as its body comes (a stalled or dripping body reaches the client as it is). */
async function send(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string> = { ...cors };
  response.headers.forEach((value, name) => (headers[name] = value));
  res.writeHead(response.status, headers);
  res.flushHeaders();
  if (!response.body) return void res.end();
  const reader = response.body.getReader();
  res.once('close', () => void reader.cancel().catch(() => {}));
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      res.write(value);
    }
    res.end();
  } catch {
    res.destroy();
  }
}

const json = (res: ServerResponse, status: number, body?: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json', ...cors });
  res.end(body === undefined ? undefined : JSON.stringify(body));
};

/**
 * The control surface (`control: true`): JSON over HTTP, so a test suite in any language can reset
 * the mock, inject faults and read its state. See the README for curl examples.
 */
async function controlRequest(
  mock: MockApi,
  method: string,
  path: string,
  body: Buffer,
  res: ServerResponse,
) {
  let input: Record<string, unknown> = {};
  if (body.length) {
    try {
      input = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
    } catch {
      return json(res, 400, { error: { code: 400, message: 'body must be JSON' } });
    }
  }
  try {
    if (method === 'POST' && path === '/reset') return (mock.reset(), json(res, 204));
    if (method === 'GET' && path === '/state') return json(res, 200, { keys: mock.keys, calls: mock.calls });
    if (method === 'DELETE' && path === '/faults') return (mock.clearFaults(), json(res, 204));
    if (method === 'POST' && path === '/faults') {
      const { kind = 'status', ...fault } = input;
      if (kind === 'status') mock.failNext(fault as never);
      else if (kind === 'drop') mock.dropNext(fault);
      else if (kind === 'stall') mock.stallNext(fault);
      else if (kind === 'drip') mock.dripNext(fault);
      else throw new MockConfigError('kind', 'must be status, drop, stall or drip');
      return json(res, 204);
    }
    if (method === 'PUT' && path === '/latency') {
      mock.setLatency(input['ms'] as number, input['operation'] as never);
      return json(res, 204);
    }
    return json(res, 404, {
      error: { code: 404, message: `no control endpoint ${method} ${CONTROL}${path}` },
    });
  } catch (error) {
    if (error instanceof MockConfigError)
      return json(res, 400, { error: { code: 400, message: error.message } });
    throw error;
  }
}

function checkMs(value: number, field: string): number {
  if (!Number.isInteger(value) || value < 1)
    throw new MockConfigError(field, 'must be a whole number of ms >= 1');
  return value;
}

/**
 * Serves a mock over real HTTP on 127.0.0.1 (by default), for end-to-end tests and for clients in
 * other languages. The spec's paths are served at the root (`server.url + '/keys'`), as Prism
 * serves them; nothing else is (`/api/v1/keys` is 404). Answers CORS preflights, so a browser app
 * on another origin can call it. A `dropNext` fault destroys the socket without an answer.
 */
export async function listen(options: ListenOptions = {}): Promise<MockServer> {
  const {
    port = 0,
    host = '127.0.0.1',
    mock: given,
    log = (line: string) => console.log(line),
    maxBodyBytes = 1024 * 1024,
    headersTimeoutMs = 10_000,
    requestTimeoutMs = 30_000,
    control = false,
    ...mockOptions
  } = options;
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new MockConfigError('port', 'must be an integer from 0 to 65535');
  if (typeof host !== 'string' || host === '')
    throw new MockConfigError('host', 'must be a host name or address');
  if (log !== false && typeof log !== 'function')
    throw new MockConfigError('log', 'must be a function or false');
  if (!Number.isInteger(maxBodyBytes) || maxBodyBytes < 0)
    throw new MockConfigError('maxBodyBytes', 'must be a whole number of bytes >= 0');
  checkMs(headersTimeoutMs, 'headersTimeoutMs');
  checkMs(requestTimeoutMs, 'requestTimeoutMs');
  if (headersTimeoutMs > requestTimeoutMs)
    throw new MockConfigError('headersTimeoutMs', 'must not be longer than requestTimeoutMs');
  if (typeof control !== 'boolean') throw new MockConfigError('control', 'must be a boolean');
  if (control && !['127.0.0.1', '::1', 'localhost'].includes(host))
    throw new MockConfigError('control', 'is served only on a loopback host (127.0.0.1, ::1, localhost)');
  if (given !== undefined && !(given instanceof MockApi))
    throw new MockConfigError('mock', 'must be a MockApi (createMock())');
  if (given && Object.keys(mockOptions).length) {
    throw new MockConfigError(
      Object.keys(mockOptions)[0]!,
      'cannot be combined with `mock`: configure that mock instead',
    );
  }
  const mock = given ?? new MockApi(mockOptions);
  let base = '';

  const server = createServer(
    {
      headersTimeout: headersTimeoutMs,
      requestTimeout: requestTimeoutMs,
      connectionsCheckingInterval: Math.min(1_000, headersTimeoutMs),
    },
    (req, res) => {
      const started = performance.now();
      // Only the method, the path and the status: never a header (Authorization) or a body (a secret).
      const line = (status: string | number) =>
        log && log(`${req.method} ${req.url} ${status} ${(performance.now() - started).toFixed(1)}ms`);
      if (req.method === 'OPTIONS') {
        res.writeHead(204, {
          ...cors,
          'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
          'access-control-allow-headers': req.headers['access-control-request-headers'] ?? '*',
          'access-control-max-age': '600',
        });
        res.end();
        line(204);
        return;
      }
      const aborter = new AbortController();
      res.once('close', () => aborter.abort(new Error('the client closed the connection')));
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      const isControl = control && (path === CONTROL || path.startsWith(`${CONTROL}/`));
      readBody(req, maxBodyBytes)
        .then(async (body) => {
          if (isControl) {
            if (!loopback(req.socket.remoteAddress))
              return json(res, 403, { error: { code: 403, message: 'loopback only' } });
            await controlRequest(mock, req.method ?? 'GET', path.slice(CONTROL.length), body, res);
            return line(res.statusCode);
          }
          const response = await mock.handle(toRequest(req, body, base, aborter.signal), { baseUrl: base });
          if (!response) {
            req.socket.destroy();
            line('dropped');
            return;
          }
          await send(res, response);
          line(response.status);
        })
        .catch((error: unknown) => {
          if (error instanceof TooLarge && !res.headersSent) {
            res.writeHead(413, { 'content-type': 'application/json', connection: 'close', ...cors });
            res.end(
              JSON.stringify({
                error: { code: 413, message: `Request body larger than ${maxBodyBytes} bytes` },
              }),
            );
            line(413);
            return;
          }
          if (!res.headersSent) {
            res.writeHead(500, { 'content-type': 'application/json', ...cors });
            res.end(JSON.stringify({ error: { code: 500, message: 'Internal Server Error' } }));
          } else res.destroy();
          line(500);
        });
    },
  );

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  base = `http://${urlHost}:${address.port}`;
  return {
    url: base,
    port: address.port,
    host: address.address,
    mock,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
