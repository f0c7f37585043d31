/**
 * Starts the BUILT bin (package.json's `bin`, i.e. dist/bin.js) as a child process and connects
 * the official MCP client to it over stdio, the way Claude Desktop, Cursor or VS Code would.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { type AddressInfo } from 'node:net';
import { createServer } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { type CallToolResult, ElicitRequestSchema } from '@modelcontextprotocol/sdk/types.js';

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
