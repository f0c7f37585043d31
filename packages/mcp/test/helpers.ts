/**
 * Starts the BUILT bin (package.json's `bin`, i.e. dist/bin.js) as a child process and connects
 * the official MCP client to it over stdio, the way Claude Desktop, Cursor or VS Code would.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { type AddressInfo } from 'node:net';
import { createServer } from 'node:http';
import { createInterface } from 'node:readline';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { type CallToolResult, ElicitRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import type { MockServer } from '@modelgates/mock/server';
import { expect } from 'vitest';

const pkgDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  bin: Record<string, string>;
};
export const binPath = join(pkgDir, pkg.bin['modelgates-mcp']!);

export interface Running {
  client: Client;
  /** Everything the server wrote to stderr so far. */
  stderr(): string;
  call(name: string, args?: Record<string, unknown>): Promise<CallToolResult>;
  /** The confirmation questions the server asked (elicitation), in order. */
  questions: string[];
  close(): Promise<void>;
}

/**
 * Starts `modelgates-mcp ...args` with only `env` (plus PATH, HOME and the like) as its environment.
 * The client supports elicitation and answers every confirmation with `answer` (default: yes),
 * or (`'unsupported'`) declares no elicitation support.
 */
export async function startServer(
  options: {
    args?: string[];
    env?: Record<string, string>;
    answer?: 'accept' | 'decline' | 'cancel' | 'unsupported';
  } = {},
): Promise<Running> {
  if (!existsSync(binPath))
    throw new Error(`${binPath} is missing: build the package first (pnpm --filter @modelgates/mcp build)`);
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [binPath, ...(options.args ?? [])],
    env: options.env ?? {},
    stderr: 'pipe',
  });
  let stderr = '';
  transport.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const answer = options.answer ?? 'accept';
  const client = new Client(
    { name: 'modelgates-mcp-tests', version: '0.0.0' },
    { capabilities: answer === 'unsupported' ? {} : { elicitation: { form: {} } } },
  );
  const questions: string[] = [];
  if (answer !== 'unsupported') {
    client.setRequestHandler(ElicitRequestSchema, (request) => {
      questions.push(request.params.message);
      return answer === 'accept' ? { action: 'accept', content: { confirm: true } } : { action: answer };
    });
  }
  await client.connect(transport);
  return {
    client,
    stderr: () => stderr,
    call: async (name, args = {}) => (await client.callTool({ name, arguments: args })) as CallToolResult,
    questions,
    close: () => client.close(),
  };
}

/** The first text block of a tool result: the summary (the second is the result as JSON). */
export function summaryOf(result: CallToolResult): string {
  const first = result.content[0];
  return first?.type === 'text' ? first.text : '';
}

/** The text of a tool result's text blocks. */
export function textOf(result: CallToolResult): string {
  return result.content.map((c) => (c.type === 'text' ? c.text : '')).join('\n');
}

export interface Recorded {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface Recorder {
  url: string;
  requests: Recorded[];
  /** How many requests the client gave up on before they were answered. */
  aborted(): number;
  close(): Promise<void>;
}

type Reply = { status: number; body: unknown; headers?: Record<string, string> };

/**
 * A tiny HTTP server on 127.0.0.1 that records every request and answers with `reply` (or never,
 * when it returns undefined): for what Prism cannot show (whether anything was sent, which
 * headers, whether a request was given up) or produce (a request id).
 */
export async function startRecorder(reply: (request: Recorded) => Reply | undefined): Promise<Recorder> {
  const requests: Recorded[] = [];
  let aborted = 0;
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const recorded = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body };
      requests.push(recorded);
      const answer = reply(recorded);
      if (!answer) return void res.on('close', () => aborted++);
      res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
      res.end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/v1`,
    requests,
    aborted: () => aborted,
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}

export interface HttpServer {
  /** The MCP endpoint the bin printed, e.g. http://127.0.0.1:40123/mcp. */
  url: string;
  /** Everything the server wrote to stderr so far. */
  stderr(): string;
  close(): Promise<void>;
}

/** Starts `modelgates-mcp --http --port 0 ...args` and waits for the URL it prints on stderr. */
export async function startHttpServer(
  options: { args?: string[]; env?: Record<string, string> } = {},
): Promise<HttpServer> {
  if (!existsSync(binPath))
    throw new Error(`${binPath} is missing: build the package first (pnpm --filter @modelgates/mcp build)`);
  const child = spawn(process.execPath, [binPath, '--http', '--port', '0', ...(options.args ?? [])], {
    env: { PATH: process.env['PATH'] ?? '', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  const url = await new Promise<string>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`no URL on stderr after 15 s:\n${stderr}`)), 15_000);
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const found = /listening on (http:\/\/\S+\/mcp)/.exec(stderr);
      if (found) {
        clearTimeout(timer);
        ok(found[1]!);
      }
    });
    child.once('exit', (code) => fail(new Error(`exited with ${code}:\n${stderr}`)));
  });
  return {
    url,
    stderr: () => stderr,
    close: () =>
      new Promise<void>((ok) => {
        if (child.exitCode !== null) return ok();
        child.once('exit', () => ok());
        child.kill('SIGTERM');
      }),
  };
}

export { LIFECYCLE_CALLS } from '@modelgates/test-utils';

/** The calls `@modelgates/mock` recorded, as `operation status`. */
export const callsOf = (api: MockServer) => api.mock.calls.map((c) => `${c.operation} ${c.status}`);

export type Era = 'legacy' | 'modern';

/** One JSON-RPC answer, as it came over the wire. */
export interface Answer {
  id?: number | string | null;
  result?: Record<string, unknown>;
  error?: { code: number; message: string; data?: unknown };
}

/** A raw JSON-RPC peer: requests written by hand, answers read as they come, no SDK in between. */
export interface RawPeer {
  request(method: string, params?: Record<string, unknown>): Promise<Answer>;
  close(): Promise<void>;
}

const initializeParams = {
  protocolVersion: '2025-11-25',
  capabilities: {},
  clientInfo: { name: 'raw', version: '0' },
};
/** The per-request `_meta` envelope of the 2026-07-28 era (there is no initialize). */
const envelope = {
  'io.modelcontextprotocol/protocolVersion': '2026-07-28',
  'io.modelcontextprotocol/clientInfo': { name: 'raw', version: '0' },
  'io.modelcontextprotocol/clientCapabilities': {},
};
const withEnvelope = (era: Era, params: Record<string, unknown>) =>
  era === 'modern' ? { ...params, _meta: envelope } : params;

/** A raw peer on stdio, which can also write messages as they are, several in one chunk. */
export interface RawStdio extends RawPeer {
  /** Writes these messages (with `jsonrpc` added) in one chunk: the server reads them at once. */
  write(...messages: Record<string, unknown>[]): void;
  /** Resolves with the next answer to `id`. */
  answerTo(id: string | number): Promise<Answer>;
  /** Every answer so far, in order. */
  readonly answers: Answer[];
}

/**
 * Starts the built bin on stdio and speaks JSON-RPC lines to it; in the legacy era it first runs
 * the 2025 initialize handshake.
 */
export async function rawStdio(era: Era, args: string[], env: Record<string, string>): Promise<RawStdio> {
  const child = spawn(process.execPath, [binPath, ...args], { env, stdio: ['pipe', 'pipe', 'ignore'] });
  const waiting = new Map<string | number, (answer: Answer) => void>();
  const answers: Answer[] = [];
  createInterface({ input: child.stdout }).on('line', (line) => {
    const answer = JSON.parse(line) as Answer;
    answers.push(answer);
    if (typeof answer.id !== 'number' && typeof answer.id !== 'string') return;
    waiting.get(answer.id)?.(answer);
    waiting.delete(answer.id);
  });
  const write = (...messages: Record<string, unknown>[]) =>
    child.stdin.write(messages.map((m) => `${JSON.stringify({ jsonrpc: '2.0', ...m })}\n`).join(''));
  const answerTo = (id: string | number) => new Promise<Answer>((ok) => waiting.set(id, ok));
  let next = 0;
  const peer: RawStdio = {
    answers,
    write,
    answerTo,
    request: (method, params = {}) => {
      const id = ++next;
      const answer = answerTo(id);
      write({ id, method, params: withEnvelope(era, params) });
      return answer;
    },
    close: () =>
      new Promise<void>((ok) => {
        if (child.exitCode !== null) return ok();
        child.once('exit', () => ok());
        child.kill();
      }),
  };
  if (era === 'legacy') {
    await peer.request('initialize', initializeParams);
    write({ method: 'notifications/initialized' });
  }
  return peer;
}

/** The JSON-RPC message of a Streamable HTTP response: a JSON body, or the last SSE `data:` line. */
async function answerOf(response: Response): Promise<Answer> {
  const text = await response.text();
  if (!response.headers.get('content-type')?.includes('text/event-stream')) return JSON.parse(text) as Answer;
  const data = text.split('\n').filter((line) => line.startsWith('data: '));
  return JSON.parse(data.at(-1)!.slice('data: '.length)) as Answer;
}

/**
 * Speaks JSON-RPC over Streamable HTTP to `url` with `key` as the bearer: in the modern era one
 * POST a request with the 2026-07-28 headers, in the legacy era after an initialize (in the
 * session it opens, if the server opens one).
 */
export async function rawHttp(era: Era, url: string, key: string): Promise<RawPeer> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/json, text/event-stream',
    authorization: `Bearer ${key}`,
  };
  let next = 0;
  const post = (body: object, extra: Record<string, string> = {}) =>
    fetch(url, { method: 'POST', headers: { ...headers, ...extra }, body: JSON.stringify(body) });
  const peer: RawPeer = {
    async request(method, params = {}) {
      const named = params['name'] ?? params['uri'];
      const modern =
        era === 'modern'
          ? {
              'mcp-protocol-version': '2026-07-28',
              'mcp-method': method,
              ...(typeof named === 'string' ? { 'mcp-name': named } : {}),
            }
          : {};
      const body = { jsonrpc: '2.0', id: ++next, method, params: withEnvelope(era, params) };
      return answerOf(await post(body, modern));
    },
    close: async () => {
      if (headers['mcp-session-id']) await fetch(url, { method: 'DELETE', headers });
    },
  };
  if (era === 'legacy') {
    const response = await post({
      jsonrpc: '2.0',
      id: ++next,
      method: 'initialize',
      params: initializeParams,
    });
    await answerOf(response);
    const session = response.headers.get('mcp-session-id');
    headers['mcp-protocol-version'] = '2025-11-25';
    if (session) headers['mcp-session-id'] = session;
    await (await post({ jsonrpc: '2.0', method: 'notifications/initialized' })).text();
  }
  return peer;
}

/**
 * What a server with every tool (started with --allow-write, in front of `@modelgates/mock`)
 * answers raw JSON-RPC with bad params and unknown resources, in `era`:
 * - `tools/call` whose `arguments` is not an object, or whose `name` is missing, not a string or
 *   not a tool: -32602 and one grammatical sentence naming the field (no issue list, no data), nothing sent to the API, and the
 *   server goes on serving;
 * - `resources/read` of a URI the server does not have, or of a key the API does not know:
 *   "Resource not found" with the uri in `data`, as -32002 in the 2025 era and -32602 in the
 *   2026-07-28 era (SEP-2164).
 */
export async function expectJsonRpcErrors(peer: RawPeer, era: Era, api: MockServer): Promise<void> {
  api.mock.reset();
  const tools = 'getCurrentKey, list, createKeys, getKey, updateKeys, deleteKeys';
  const list = "list's fields (include_disabled, offset, workspace_id)";
  const bad: [Record<string, unknown>, string][] = [
    [{ name: 'list', arguments: 5 }, `arguments must be an object with ${list}, not a number.`],
    [{ name: 'list', arguments: [] }, `arguments must be an object with ${list}, not an array.`],
    [
      { name: 'deleteKeys', arguments: null },
      "arguments must be an object with deleteKeys's fields (hash), not null.",
    ],
    [
      { name: 'createKeys', arguments: 'name=x' },
      "arguments must be an object with createKeys's fields (name, creator_user_id, expires_at, " +
        'include_byok_in_limit, limit, limit_reset, workspace_id), not a string.',
    ],
    [
      { name: 'getCurrentKey', arguments: true },
      'arguments must be an object (getCurrentKey takes no fields: {}), not a boolean.',
    ],
    [{ name: 'dropAllKeys', arguments: 5 }, `Unknown tool: dropAllKeys. The tools are ${tools}.`],
    [
      { name: 42, arguments: {} },
      `name must be the name of a tool (a string), not a number. The tools are ${tools}.`,
    ],
    [{ arguments: {} }, `name is missing: it must be the name of a tool (a string). The tools are ${tools}.`],
    [
      { name: { name: 'list' }, arguments: {} },
      `name must be the name of a tool (a string), not an object. The tools are ${tools}.`,
    ],
    [
      { name: null, arguments: { name: 'list' } },
      `name must be the name of a tool (a string), not null. The tools are ${tools}.`,
    ],
  ];
  for (const [params, message] of bad)
    expect((await peer.request('tools/call', params)).error, JSON.stringify(params)).toEqual({
      code: -32602,
      message,
    });
  expect(api.mock.calls).toEqual([]);
  const fine = await peer.request('tools/call', { name: 'list', arguments: {} });
  expect(fine.error).toBeUndefined();
  expect(fine.result?.['isError']).toBeFalsy();

  const code = era === 'legacy' ? -32002 : -32602;
  const unknown = await peer.request('resources/read', { uri: 'modelgates://nope' });
  expect(unknown.error).toEqual({
    code,
    message:
      'Resource not found: modelgates://nope. The resources are modelgates://key, modelgates://keys/{hash}.',
    data: { uri: 'modelgates://nope' },
  });
  const missing = await peer.request('resources/read', { uri: 'modelgates://keys/nope' });
  expect(missing.error).toEqual({
    code,
    message: expect.stringMatching(
      /^Resource not found: modelgates:\/\/keys\/nope\. getKey failed: the API answered GET \/keys\/\{hash\} with HTTP 404: /,
    ),
    data: { uri: 'modelgates://keys/nope' },
  });
  expect(callsOf(api)).toEqual(['list 200', 'getKey 404']);
}
