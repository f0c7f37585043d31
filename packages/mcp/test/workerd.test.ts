/**
 * The fetch handler (`createFetchHandler`, the package's documented Workers entry) bundled and run
 * under workerd (miniflare), with the Node HTTP server's workload: the v2 client in the 2026-07-28
 * era lists the tools and runs create → list → update → get → delete (confirmed through
 * input_required) → get 404 against `@modelgates/mock`, and a declined confirmation sends nothing;
 * the 1.x client (2025-11-25) does the same except that, served statelessly on Workers (one request
 * cannot resume another's stream), it cannot be asked, so its delete is refused and nothing is
 * sent. No bearer is 401, a foreign Origin 403, a 10 MB body refused, the read-only header
 * honoured, and 100 concurrent calls from 10 clients all answered. Raw JSON-RPC in both eras gets
 * the same -32602 sentences and per-era "resource not found" as the bin (clients.test.ts).
 */
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client as V2Client, StreamableHTTPClientTransport as V2Http } from '@modelcontextprotocol/client';
import { Client as V1Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport as V1Http } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { type CallToolResult, ElicitRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { listen, type MockServer } from '@modelgates/mock/server';
import { build } from 'esbuild';
import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { callsOf, type Era, expectJsonRpcErrors, LIFECYCLE_CALLS, rawHttp } from './helpers.js';

const here = dirname(fileURLToPath(import.meta.url));
let api: MockServer;
let mf: Miniflare;
let url: string;
let answer: 'accept' | 'decline' = 'accept';

beforeAll(async () => {
  api = await listen({ log: false });
  const bundled = await build({
    entryPoints: [join(here, 'worker/worker.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    conditions: ['workerd', 'worker', 'browser'],
    target: 'es2022',
    logLevel: 'silent',
  });
  mf = new Miniflare({
    modules: true,
    script: bundled.outputFiles[0]!.text,
    // No compatibility flags: no Node.js APIs, as on a plain Worker.
    compatibilityDate: '2025-07-18',
    bindings: { MODELGATES_BASE_URL: api.url },
    host: '127.0.0.1',
    port: 0,
  });
  url = new URL('/mcp', await mf.ready).href;
}, 60_000);
afterAll(async () => {
  await mf?.dispose();
  await api?.close();
});
beforeEach(() => {
  api.mock.reset();
  answer = 'accept';
});

const key = () => `sk-or-v1-${randomBytes(32).toString('hex')}`;
const elicited = () =>
  answer === 'accept' ? { action: 'accept' as const, content: { confirm: true } } : { action: answer };
type Call = (name: string, args?: Record<string, unknown>) => Promise<CallToolResult>;

async function v2(headers: Record<string, string> = {}) {
  const client = new V2Client(
    { name: 'workerd-test', version: '0.0.0' },
    { versionNegotiation: { mode: { pin: '2026-07-28' } }, capabilities: { elicitation: { form: {} } } },
  );
  client.setRequestHandler('elicitation/create', elicited);
  await client.connect(
    new V2Http(new URL(url), { requestInit: { headers: { Authorization: `Bearer ${key()}`, ...headers } } }),
  );
  const call: Call = async (name, args = {}) =>
    (await client.callTool({ name, arguments: args })) as CallToolResult;
  return { client, call, version: client.getNegotiatedProtocolVersion() };
}

async function v1() {
  const client = new V1Client(
    { name: 'workerd-test', version: '0.0.0' },
    { capabilities: { elicitation: { form: {} } } },
  );
  client.setRequestHandler(ElicitRequestSchema, elicited);
  const transport = new V1Http(new URL(url), {
    requestInit: { headers: { Authorization: `Bearer ${key()}` } },
  });
  await client.connect(transport);
  const call: Call = async (name, args = {}) =>
    (await client.callTool({ name, arguments: args })) as CallToolResult;
  return { client, call, version: transport.protocolVersion };
}

describe.each([
  ['v2 client, 2026-07-28', v2, '2026-07-28', true],
  ['1.x client, 2025-11-25', v1, '2025-11-25', false],
] as const)('%s', (_name, connect, expected, canConfirm) => {
  test('lists every tool and runs the lifecycle; an unconfirmed delete sends nothing', async () => {
    const { client, call, version } = await connect();
    try {
      expect(version).toBe(expected);
      expect((await client.listTools()).tools).toHaveLength(6);
      const ok = async (name: string, args: Record<string, unknown> = {}) => {
        const result = await call(name, args);
        expect(result.isError, JSON.stringify(result.content)).toBeFalsy();
        return result.structuredContent as { data: { hash: string; name: string } };
      };
      const { hash } = (await ok('createKeys', { name: 'worker key' })).data;
      await ok('list');
      await ok('updateKeys', { hash, name: 'renamed' });
      expect((await ok('getKey', { hash })).data.name).toBe('renamed');
      answer = 'decline';
      const declined = await call('deleteKeys', { hash });
      expect(declined.isError).toBe(true);
      expect(declined.content[0]).toMatchObject({
        text: canConfirm
          ? 'deleteKeys was not confirmed by the user (decline). Nothing was sent.'
          : expect.stringMatching(
              /^deleteKeys needs the user's confirmation, and this client does not support elicitation/,
            ),
      });
      if (!canConfirm) {
        expect(api.mock.calls.map((c) => c.operation)).not.toContain('deleteKeys');
        return;
      }
      answer = 'accept';
      await ok('deleteKeys', { hash });
      expect((await call('getKey', { hash })).isError).toBe(true);
      expect(callsOf(api)).toEqual(LIFECYCLE_CALLS);
    } finally {
      await client.close();
    }
  });
});

test('the gates: 401 without a bearer, 403 for a foreign Origin, 413 for 10 MB, the read-only header', async () => {
  const headers = { 'content-type': 'application/json', accept: 'application/json, text/event-stream' };
  const body = JSON.stringify({
    jsonrpc: '2.0',
    id: 1,
    method: 'initialize',
    params: { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 'raw', version: '0' } },
  });
  const noBearer = await fetch(url, { method: 'POST', headers, body });
  expect(noBearer.status).toBe(401);
  expect(noBearer.headers.get('www-authenticate')).toContain('Bearer');
  const auth = { ...headers, authorization: `Bearer ${key()}` };
  expect(
    (await fetch(url, { method: 'POST', headers: { ...auth, origin: 'http://evil.example' }, body })).status,
  ).toBe(403);
  expect(
    (await fetch(url, { method: 'POST', headers: { ...auth, origin: 'https://agents.example' }, body }))
      .status,
  ).toBe(200);
  const big = `${body.slice(0, -1)},"padding":"${'x'.repeat(10 * 1024 * 1024)}"}`;
  // Refused: workerd answers 413 and may close the connection before the client has written it all.
  const refused = await fetch(url, { method: 'POST', headers: auth, body: big }).then(
    (response) => response.status,
    (error: Error) => (error.cause as { code?: string } | undefined)?.code,
  );
  expect([413, 'ECONNRESET', 'EPIPE']).toContain(refused);
  const { client } = await v2({ 'X-MCP-Readonly': 'true' });
  try {
    expect((await client.listTools()).tools.map((t) => t.name)).toEqual(['getCurrentKey', 'list', 'getKey']);
  } finally {
    await client.close();
  }
});

test('100 concurrent calls from 10 clients are all answered', async () => {
  const clients = await Promise.all(Array.from({ length: 10 }, () => v2()));
  try {
    const results = await Promise.all(
      clients.flatMap(({ call }) =>
        Array.from({ length: 10 }, (_, i) => call(i % 2 ? 'getCurrentKey' : 'list')),
      ),
    );
    expect(results.filter((r) => !r.isError)).toHaveLength(100);
  } finally {
    await Promise.all(clients.map(({ client }) => client.close()));
  }
});

test.each(['legacy', 'modern'] as const satisfies readonly Era[])(
  'raw JSON-RPC, %s era: bad params are -32602 in one sentence; resource not found per era',
  async (era) => {
    const peer = await rawHttp(era, url, key());
    try {
      await expectJsonRpcErrors(peer, era, api);
    } finally {
      await peer.close();
    }
  },
);
