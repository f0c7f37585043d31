/**
 * How the tests drive the CLI: spawn the built bin (`dist/bin.js`, as `npx` would run it) with a
 * clean environment pointed at any base URL, and capture its exit code, stdout and stderr. Every
 * run is checked for secrets on stderr. `listen` starts a tiny recording HTTP server on 127.0.0.1,
 * either forwarding to Prism (to see exactly what the CLI sent, and still have Prism validate it)
 * or answering itself (for what Prism cannot do: 5xx, slowness, request ids, bad bodies).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { listen as listenMock, type ListenOptions, type MockServer } from '@modelgates/mock/server';
import { responseExample, testApiKey } from '@modelgates/test-utils';
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';

export const binPath = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
if (!existsSync(binPath)) {
  throw new Error(
    'packages/cli/dist/bin.js is missing: run `pnpm --filter @modelgates/cli build` first (turbo does it before `test`)',
  );
}

/** The secret Prism returns from `POST /keys` (the spec's example). */
export const createdSecret = (responseExample('/keys', 'post', 201) as { key: string }).key;

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** MODELGATES_BASE_URL for the run (unset when omitted). */
  baseUrl?: string;
  /** Extra environment; `undefined` removes a variable (e.g. `MODELGATES_API_KEY: undefined`). */
  env?: Record<string, string | undefined>;
  /** Written to stdin, which is then closed; without it stdin is /dev/null. */
  stdin?: string;
}

/** The environment of every run: no inherited MODELGATES_*, NO_COLOR or FORCE_COLOR. */
export function cliEnv(options: CliOptions = {}): Record<string, string> {
  const env: Record<string, string | undefined> = {
    PATH: process.env['PATH'],
    HOME: process.env['HOME'],
    MODELGATES_API_KEY: testApiKey,
    MODELGATES_BASE_URL: options.baseUrl,
    ...options.env,
  };
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined));
}

/** Anything that must never reach stderr: the API key and the created secret. */
export function expectNoSecrets(stderr: string, extra: string[] = []): void {
  for (const secret of [testApiKey, createdSecret, ...extra]) expect(stderr).not.toContain(secret);
}

export function runCli(args: string[], options: CliOptions = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [binPath, ...args], {
      env: cliEnv(options),
      stdio: [options.stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
    if (options.stdin !== undefined) child.stdin!.end(options.stdin);
    child.once('error', reject);
    child.once('close', (code) => {
      expectNoSecrets(stderr);
      resolve({ code, stdout, stderr });
    });
  });
}

export interface Recorded {
  method: string;
  /** Path and query, as received. */
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface TestServer {
  url: string;
  requests: Recorded[];
  close(): Promise<void>;
}

export type Handler = (req: Recorded, res: ServerResponse) => void | Promise<void>;

/** A recording HTTP server on 127.0.0.1 and a free port. */
export async function listen(handler: Handler): Promise<TestServer> {
  const requests: Recorded[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const recorded = { method: req.method!, url: req.url!, headers: req.headers, body };
      requests.push(recorded);
      Promise.resolve(handler(recorded, res)).catch((error: unknown) => {
        res.writeHead(599).end(String(error));
      });
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${address.port}`,
    requests,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

/** Forwards every request to `target` (Prism), optionally with a `Prefer` header (`code=404`)
 * so that Prism answers with that status's example. */
export function forwardTo(target: string, prefer?: string): Handler {
  return async (req, res) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === 'string' && name !== 'host' && name !== 'content-length') headers.set(name, value);
    }
    if (prefer) headers.set('prefer', prefer);
    const answer = await fetch(`${target}${req.url}`, {
      method: req.method,
      headers,
      body: req.method === 'GET' || req.method === 'HEAD' ? undefined : req.body,
    });
    const text = await answer.text();
    const out: Record<string, string> = {};
    answer.headers.forEach((value, name) => {
      if (name !== 'content-length' && name !== 'transfer-encoding' && name !== 'connection')
        out[name] = value;
    });
    res.writeHead(answer.status, out).end(text);
  };
}

/** A JSON answer. */
export function reply(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res
    .writeHead(status, { 'content-type': 'application/json', ...headers })
    .end(typeof body === 'string' ? body : JSON.stringify(body));
}

/** Runs `fn` with a fresh server, closed afterwards whatever happens. */
export async function withServer(handler: Handler, fn: (server: TestServer) => Promise<void>): Promise<void> {
  const server = await listen(handler);
  try {
    await fn(server);
  } finally {
    await server.close();
  }
}

/**
 * A `@modelgates/mock` HTTP server for a test file: started once, back to its seed (no faults, no
 * calls recorded) before each test, closed at the end. Returns the server and `modelgates ...args`
 * run against it.
 */
export function withMockServer(options: ListenOptions = {}) {
  const state: { server?: MockServer } = {};
  beforeAll(async () => {
    state.server = await listenMock({ log: false, ...options });
  });
  afterAll(() => state.server?.close());
  beforeEach(() => state.server?.mock.reset());
  const server = () => state.server!;
  return { server, cli: (...args: string[]) => runCli(args, { baseUrl: server().url }) };
}

/** The run's stdout as JSON, after checking it exited 0 with nothing on stderr. */
export function okJson<T>(result: CliResult): T {
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as T;
}
