/**
 * Every client the issue names, over stdio and over HTTP, against the built bin and
 * `@modelgates/mock`'s stateful HTTP server:
 * - the v2 client (`@modelcontextprotocol/client`) pinned to 2026-07-28 (server/discover, no
 *   initialize; a confirmation comes back as an `input_required` result the client fulfils);
 * - the v2 client in its default legacy mode (the 2025 initialize handshake);
 * - the 1.x client (`@modelcontextprotocol/sdk`), which negotiates 2025-era versions.
 * Each one lists the tools, runs create → list → update → get → delete (confirmed) → get 404, and
 * a declined confirmation sends nothing to the API. The protocol version each one negotiated is
 * checked too. Last, raw JSON-RPC written by hand, in both eras over stdio and HTTP: bad
 * `tools/call` params are -32602 with one sentence naming the field, and a resource that does not
 * exist is "resource not found" with its uri, coded for the era (see expectJsonRpcErrors; the
 * fetch handler under workerd runs the same checks in workerd.test.ts); a cancelled read that found
 * nothing leaves no -32002 behind for a later request reusing its id.
 */
import { Client as V2Client, StreamableHTTPClientTransport as V2Http } from '@modelcontextprotocol/client';
import { StdioClientTransport as V2Stdio } from '@modelcontextprotocol/client/stdio';
import { Client as V1Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport as V1Stdio } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport as V1Http } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { type CallToolResult, ElicitRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { listen, type MockServer } from '@modelgates/mock/server';
import { testApiKey } from '@modelgates/test-utils';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import {
  binPath,
  callsOf,
  type Era,
  expectJsonRpcErrors,
  LIFECYCLE_CALLS,
  rawHttp,
  rawStdio,
  startHttpServer,
  type HttpServer,
} from './helpers.js';

type Answer = 'accept' | 'decline';
interface Session {
  tools(): Promise<string[]>;
  call(name: string, args: Record<string, unknown>): Promise<CallToolResult>;
  version(): string | undefined;
  close(): Promise<void>;
}
interface Kind {
  name: string;
  connect(transport: 'stdio' | 'http', answer: () => Answer): Promise<Session>;
  /** The protocol version the connection must land on. */
  expected: string;
}

let api: MockServer;
let http: HttpServer;
const stdioEnv = () => ({ MODELGATES_API_KEY: testApiKey, MODELGATES_BASE_URL: api.url });
const stdioArgs = [binPath, '--allow-write'];
const bearer = () => ({ headers: { Authorization: `Bearer ${testApiKey}` } });
const elicited = (answer: Answer) =>
  answer === 'accept' ? { action: 'accept' as const, content: { confirm: true } } : { action: answer };

const v2 = (mode: 'modern' | 'legacy'): Kind => ({
  name: `v2 client, ${mode}`,
  expected: mode === 'modern' ? '2026-07-28' : '2025-11-25',
  async connect(transport, answer) {
    const client = new V2Client(
      { name: 'clients-test', version: '0.0.0' },
      {
        capabilities: { elicitation: { form: {} } },
        ...(mode === 'modern' ? { versionNegotiation: { mode: { pin: '2026-07-28' } } } : {}),
      },
    );
    client.setRequestHandler('elicitation/create', () => elicited(answer()));
    await client.connect(
      transport === 'stdio'
        ? new V2Stdio({ command: process.execPath, args: stdioArgs, env: stdioEnv(), stderr: 'ignore' })
        : new V2Http(new URL(http.url), { requestInit: bearer() }),
    );
    return {
      tools: async () => (await client.listTools()).tools.map((t) => t.name),
      call: async (name, args) => (await client.callTool({ name, arguments: args })) as CallToolResult,
      version: () => client.getNegotiatedProtocolVersion(),
      close: () => client.close(),
    };
  },
});

const v1: Kind = {
  name: 'v1 client',
  expected: '2025-11-25',
  async connect(transport, answer) {
    const client = new V1Client(
      { name: 'clients-test', version: '0.0.0' },
      { capabilities: { elicitation: { form: {} } } },
    );
    client.setRequestHandler(ElicitRequestSchema, () => elicited(answer()));
    const t: Transport =
      transport === 'stdio'
        ? new V1Stdio({ command: process.execPath, args: stdioArgs, env: stdioEnv(), stderr: 'ignore' })
        : new V1Http(new URL(http.url), { requestInit: bearer() });
    // The client hands the version the server's initialize result named to its transport.
    let negotiated: string | undefined;
    const set = t.setProtocolVersion?.bind(t);
    t.setProtocolVersion = (version: string) => {
      negotiated = version;
      set?.(version);
    };
    await client.connect(t);
    return {
      tools: async () => (await client.listTools()).tools.map((t) => t.name),
      call: async (name, args) => (await client.callTool({ name, arguments: args })) as CallToolResult,
      version: () => negotiated,
      close: () => client.close(),
    };
  },
};

beforeAll(async () => {
  api = await listen({ log: false });
  http = await startHttpServer({ args: ['--allow-write'], env: { MODELGATES_BASE_URL: api.url } });
});
afterAll(async () => {
  await http?.close();
  await api?.close();
});
beforeEach(() => api.mock.reset());

interface Key {
  hash: string;
  name: string;
  disabled: boolean;
}

describe.each([v2('modern'), v2('legacy'), v1])('$name', (kind) => {
  describe.each(['stdio', 'http'] as const)('over %s', (transport) => {
    let session: Session;
    let answer: Answer = 'accept';
    beforeAll(async () => {
      session = await kind.connect(transport, () => answer);
    });
    afterAll(() => session?.close());
    beforeEach(() => {
      answer = 'accept';
    });

    const ok = async <T>(name: string, args: Record<string, unknown> = {}) => {
      const result = await session.call(name, args);
      expect(result.isError, JSON.stringify(result.content)).toBeFalsy();
      return result.structuredContent as T;
    };

    test('negotiates the expected protocol version and lists every tool', async () => {
      expect(session.version()).toBe(kind.expected);
      expect(await session.tools()).toEqual([
        'getCurrentKey',
        'list',
        'createKeys',
        'getKey',
        'updateKeys',
        'deleteKeys',
      ]);
    });

    test('create → list → update → get → delete (confirmed) → get 404', async () => {
      const created = await ok<{ data: Key; key: string }>('createKeys', {
        name: `${kind.name} ${transport}`,
      });
      const { hash } = created.data;
      expect(created.key).toMatch(/^sk-or-v1-/);
      expect((await ok<{ data: Key[] }>('list')).data.map((k) => k.hash)).toContain(hash);
      expect((await ok<{ data: Key }>('updateKeys', { hash, name: 'renamed' })).data.name).toBe('renamed');
      expect((await ok<{ data: Key }>('getKey', { hash })).data).toMatchObject({ hash, name: 'renamed' });
      expect(await ok('deleteKeys', { hash })).toEqual({ deleted: true });
      const gone = await session.call('getKey', { hash });
      expect(gone.isError).toBe(true);
      expect(gone.content[0]).toMatchObject({ text: expect.stringContaining('HTTP 404') });
      expect(callsOf(api)).toEqual(LIFECYCLE_CALLS);
    });

    test('a declined confirmation sends nothing: the key is neither deleted nor disabled', async () => {
      const { hash } = (await ok<{ data: Key }>('createKeys', { name: 'keep me' })).data;
      answer = 'decline';
      for (const [name, args] of [
        ['deleteKeys', { hash }],
        ['updateKeys', { hash, disabled: true }],
      ] as const) {
        const result = await session.call(name, args);
        expect(result.isError).toBe(true);
        expect(result.content[0]).toMatchObject({
          text: `${name} was not confirmed by the user (decline). Nothing was sent.`,
        });
      }
      expect(api.mock.calls.map((c) => c.operation)).toEqual(['createKeys']);
      expect(api.mock.key(hash)).toMatchObject({ disabled: false });
    });
  });
});

describe.each(['legacy', 'modern'] as const satisfies readonly Era[])('raw JSON-RPC, %s era', (era) => {
  test.each(['stdio', 'http'] as const)(
    'over %s: bad params are -32602 in one sentence; resource not found per era',
    async (transport) => {
      const peer =
        transport === 'stdio'
          ? await rawStdio(era, stdioArgs.slice(1), stdioEnv())
          : await rawHttp(era, http.url, testApiKey);
      try {
        await expectJsonRpcErrors(peer, era, api);
      } finally {
        await peer.close();
      }
    },
  );
});

test('raw JSON-RPC, legacy era over stdio: a cancelled "resource not found" leaves no -32002 behind for its id', async () => {
  const peer = await rawStdio('legacy', stdioArgs.slice(1), stdioEnv());
  try {
    // Read and cancel in one chunk: the read throws "resource not found", and no answer is sent.
    peer.write(
      { id: 'reused', method: 'resources/read', params: { uri: 'modelgates://nope' } },
      { method: 'notifications/cancelled', params: { requestId: 'reused', reason: 'test' } },
    );
    expect((await peer.request('ping')).result).toEqual({});
    // The id again, for a request that fails otherwise: its own code, not the earlier -32002.
    const answer = peer.answerTo('reused');
    peer.write({ id: 'reused', method: 'tools/call', params: { name: 'list', arguments: 5 } });
    expect((await answer).error).toEqual({
      code: -32602,
      message:
        "arguments must be an object with list's fields (include_disabled, offset, workspace_id), not a number.",
    });
    // The cancel took effect: the read was never answered.
    expect(peer.answers.filter((a) => a.id === 'reused')).toHaveLength(1);
    // A not-found still goes out as -32002.
    expect((await peer.request('resources/read', { uri: 'modelgates://nope' })).error).toMatchObject({
      code: -32002,
      data: { uri: 'modelgates://nope' },
    });
  } finally {
    await peer.close();
  }
});
