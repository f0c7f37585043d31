/**
 * The remote server (`modelgates-mcp --http`, the built bin) as a team would host it: the gates in
 * front of MCP (bearer, Origin, body cap, read-only and tool-subset headers), the caller's own key
 * reaching the API, 100 concurrent calls from 10 clients, and logs without any key or secret.
 */
import { randomBytes } from 'node:crypto';
import { Client, StreamableHTTPClientTransport } from '@modelcontextprotocol/client';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { listen, type MockServer } from '@modelgates/mock/server';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type HttpServer, type Recorder, startHttpServer, startRecorder } from './helpers.js';

/** Keys unique to this run, so finding one anywhere can only mean it leaked from here. */
const keyA = `sk-or-v1-${randomBytes(32).toString('hex')}`;
const keyB = `sk-or-v1-${randomBytes(32).toString('hex')}`;
const initialize = {
  jsonrpc: '2.0',
  id: 1,
  method: 'initialize',
  params: { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 'raw', version: '0' } },
};
const headers = { 'content-type': 'application/json', accept: 'application/json, text/event-stream' };

let api: MockServer;
let http: HttpServer;
beforeAll(async () => {
  api = await listen({ log: false });
  http = await startHttpServer({
    args: ['--allow-write', '--debug', '--allowed-origins', 'https://agents.example'],
    env: { MODELGATES_BASE_URL: api.url },
  });
});
afterAll(async () => {
  await http?.close();
  await api?.close();
});

async function connect(key: string, extra: Record<string, string> = {}, url = http.url) {
  const client = new Client(
    { name: 'http-test', version: '0.0.0' },
    { versionNegotiation: { mode: { pin: '2026-07-28' } }, capabilities: { elicitation: { form: {} } } },
  );
  client.setRequestHandler('elicitation/create', () => ({ action: 'accept', content: { confirm: true } }));
  await client.connect(
    new StreamableHTTPClientTransport(new URL(url), {
      requestInit: { headers: { Authorization: `Bearer ${key}`, ...extra } },
    }),
  );
  return client;
}
const call = async (client: Client, name: string, args: Record<string, unknown> = {}) =>
  (await client.callTool({ name, arguments: args })) as CallToolResult;

describe('the gates in front of MCP', () => {
  test('no bearer: 401 with WWW-Authenticate, in both eras', async () => {
    for (const body of [initialize, { jsonrpc: '2.0', id: 2, method: 'server/discover', params: {} }]) {
      const response = await fetch(http.url, { method: 'POST', headers, body: JSON.stringify(body) });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer realm="modelgates-mcp"');
    }
    const wrongScheme = await fetch(http.url, {
      method: 'POST',
      headers: { ...headers, authorization: `Basic ${keyA}` },
      body: JSON.stringify(initialize),
    });
    expect(wrongScheme.status).toBe(401);
  });

  test('a foreign Origin: 403 (DNS rebinding); an allowed one and none are served', async () => {
    const post = (origin?: string) =>
      fetch(http.url, {
        method: 'POST',
        headers: { ...headers, authorization: `Bearer ${keyA}`, ...(origin ? { origin } : {}) },
        body: JSON.stringify(initialize),
      });
    expect((await post('http://evil.example')).status).toBe(403);
    expect((await post('http://127.0.0.1:1234')).status).toBe(403);
    expect((await post('https://agents.example')).status).toBe(200);
    expect((await post()).status).toBe(200);
  });

  test('a 10 MB body is refused with 413, with or without Content-Length', async () => {
    const big = JSON.stringify({ ...initialize, padding: 'x'.repeat(10 * 1024 * 1024) });
    const declared = await fetch(http.url, {
      method: 'POST',
      headers: { ...headers, authorization: `Bearer ${keyA}` },
      body: big,
    });
    expect(declared.status).toBe(413);
    const bytes = new TextEncoder().encode(big);
    const streamed = await fetch(http.url, {
      method: 'POST',
      headers: { ...headers, authorization: `Bearer ${keyA}` },
      body: new ReadableStream({
        start(controller) {
          for (let i = 0; i < bytes.length; i += 1 << 20) controller.enqueue(bytes.slice(i, i + (1 << 20)));
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
  });

  test('X-MCP-Readonly narrows a write server to the read tools; a write is refused and nothing is sent', async () => {
    const client = await connect(keyA, { 'X-MCP-Readonly': 'true' });
    try {
      expect((await client.listTools()).tools.map((t) => t.name)).toEqual([
        'getCurrentKey',
        'list',
        'getKey',
      ]);
      api.mock.reset();
      const refused = await call(client, 'createKeys', { name: 'nope' });
      expect(refused.isError).toBe(true);
      expect(refused.content[0]).toMatchObject({ text: expect.stringContaining('this server is read-only') });
      expect(api.mock.calls).toEqual([]);
    } finally {
      await client.close();
    }
  });

  test('X-MCP-Tools narrows to a subset; a tool outside the server selection is a 400', async () => {
    const client = await connect(keyA, { 'X-MCP-Tools': 'getKey,deleteKeys' });
    try {
      expect((await client.listTools()).tools.map((t) => t.name)).toEqual(['getKey', 'deleteKeys']);
    } finally {
      await client.close();
    }
    const response = await fetch(http.url, {
      method: 'POST',
      headers: { ...headers, authorization: `Bearer ${keyA}`, 'X-MCP-Tools': 'dropAllKeys' },
      body: JSON.stringify(initialize),
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('dropAllKeys');
  });
});

describe('each request runs with its own key', () => {
  let recorder: Recorder;
  let server: HttpServer;
  beforeAll(async () => {
    recorder = await startRecorder(() => ({ status: 404, body: { error: { code: 404, message: 'nope' } } }));
    server = await startHttpServer({ env: { MODELGATES_BASE_URL: recorder.url, MODELGATES_API_KEY: keyB } });
  });
  afterAll(async () => {
    await server?.close();
    await recorder?.close();
  });

  test("the caller's bearer reaches the API, never the server's environment key", async () => {
    const client = await connect(keyA, {}, server.url);
    try {
      const result = await call(client, 'getKey', { hash: 'abc' });
      expect(result.isError).toBe(true);
      expect(recorder.requests.map((r) => r.headers['authorization'])).toEqual([`Bearer ${keyA}`]);
    } finally {
      await client.close();
    }
    expect(server.stderr()).not.toContain(keyA);
    expect(server.stderr()).not.toContain(keyB);
  });
});

test('100 concurrent calls from 10 clients are all answered, with no key or secret in any log line', async () => {
  const keys = Array.from({ length: 10 }, () => `sk-or-v1-${randomBytes(32).toString('hex')}`);
  const clients = await Promise.all(keys.map((key) => connect(key)));
  const secrets: string[] = [];
  try {
    const results = await Promise.all(
      clients.flatMap((client, i) =>
        Array.from({ length: 10 }, (_, j) =>
          j === 0
            ? call(client, 'createKeys', { name: `agent ${i}` })
            : call(client, j % 2 ? 'getCurrentKey' : 'list'),
        ),
      ),
    );
    expect(results).toHaveLength(100);
    for (const result of results) {
      expect(result.isError, JSON.stringify(result.content)).toBeFalsy();
      const key = result.structuredContent?.['key'];
      if (typeof key === 'string') secrets.push(key);
    }
    expect(secrets).toHaveLength(10);
  } finally {
    await Promise.all(clients.map((c) => c.close()));
  }
  const log = http.stderr();
  // The log is really there: one line per HTTP request and, with --debug, per API attempt.
  expect(log.match(/POST \/mcp 200/g)?.length).toBeGreaterThanOrEqual(100);
  expect(log).toContain('call createKeys: ok');
  for (const secret of [...keys, ...secrets, keyA]) {
    expect(log).not.toContain(secret);
    expect(log).not.toContain(secret.slice('sk-or-v1-'.length));
  }
});
