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
}

export interface MockServer {
  /** `http://host:port`, the base URL to give a client. */
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

async function toRequest(req: IncomingMessage, base: string): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD' && chunks.length > 0;
  return new Request(new URL(req.url ?? '/', base), {
    method: req.method,
    headers,
    body: hasBody ? Buffer.concat(chunks) : undefined,
  });
}

async function send(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string> = { ...cors };
  response.headers.forEach((value, name) => (headers[name] = value));
  res.writeHead(response.status, headers);
  res.end(Buffer.from(await response.arrayBuffer()));
}

/**
 * Serves a mock over real HTTP on 127.0.0.1 (by default), for end-to-end tests and for clients in
 * other languages. Answers CORS preflights, so a browser app on another origin can call it.
 * A `dropNext` fault destroys the socket without an answer.
 */
export async function listen(options: ListenOptions = {}): Promise<MockServer> {
  const {
    port = 0,
    host = '127.0.0.1',
    mock: given,
    log = (line: string) => console.log(line),
    ...mockOptions
  } = options;
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new MockConfigError('port', 'must be an integer from 0 to 65535');
  if (typeof host !== 'string' || host === '')
    throw new MockConfigError('host', 'must be a host name or address');
  if (log !== false && typeof log !== 'function')
    throw new MockConfigError('log', 'must be a function or false');
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

  const server = createServer((req, res) => {
    const started = performance.now();
    // Only the method, the path and the status: never a header (Authorization) or a body (a secret).
    const line = (status: string | number) =>
      log && log(`${req.method} ${req.url} ${status} ${(performance.now() - started).toFixed(1)}ms`);
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        ...cors,
        'access-control-allow-methods': 'GET, POST, PATCH, DELETE, OPTIONS',
        'access-control-allow-headers': req.headers['access-control-request-headers'] ?? '*',
        'access-control-max-age': '600',
      });
      res.end();
      line(204);
      return;
    }
    toRequest(req, base)
      .then((request) => mock.handle(request))
      .then(async (response) => {
        if (!response) {
          req.socket.destroy();
          line('dropped');
          return;
        }
        await send(res, response);
        line(response.status);
      })
      .catch(() => {
        if (!res.headersSent) {
          res.writeHead(500, { 'content-type': 'application/json', ...cors });
          res.end(JSON.stringify({ error: { code: 500, message: 'Internal Server Error' } }));
        } else res.destroy();
        line(500);
      });
  });

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
