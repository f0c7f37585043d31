/**
 * JSON-RPC errors, resources and confirmation without client support, through the built bin and
 * `@modelgates/mock`:
 * - raw JSON-RPC on stdio: an unknown tool and arguments that are not an object are -32602;
 * - a date-only `expires_at` is reported once;
 * - resources (v2 client, 2026-07-28): the current key and a key by hash, readable on a read-only
 *   server; the created secret is never a resource; a missing key is "resource not found";
 * - a client that cannot confirm is refused before anything is sent, unless --no-confirm.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { Client, ProtocolError } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';
import { listen, type MockServer } from '@modelgates/mock/server';
import { testApiKey } from '@modelgates/test-utils';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { binPath, startServer, textOf } from './helpers.js';

let api: MockServer;
beforeAll(async () => {
  api = await listen({ log: false });
});
afterAll(() => api?.close());
beforeEach(() => api.mock.reset());
const env = () => ({ MODELGATES_API_KEY: testApiKey, MODELGATES_BASE_URL: api.url });

test('raw JSON-RPC: an unknown tool and non-object arguments are -32602 errors', async () => {
  const child = spawn(process.execPath, [binPath, '--allow-write'], {
    env: env(),
    stdio: ['pipe', 'pipe', 'ignore'],
  });
  const answers = new Map<number, { error?: { code: number; message: string } }>();
  createInterface({ input: child.stdout }).on('line', (line) => {
    const message = JSON.parse(line) as { id?: number; error?: { code: number; message: string } };
    if (typeof message.id === 'number') answers.set(message.id, message);
  });
  const send = (message: object) => child.stdin.write(`${JSON.stringify({ jsonrpc: '2.0', ...message })}\n`);
  try {
    send({
      id: 1,
      method: 'initialize',
      params: { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 'raw', version: '0' } },
    });
    send({ method: 'notifications/initialized' });
    send({ id: 2, method: 'tools/call', params: { name: 'dropAllKeys', arguments: {} } });
    send({ id: 3, method: 'tools/call', params: { name: 'list', arguments: [1, 2] } });
    send({ id: 4, method: 'tools/call', params: { name: 'list', arguments: 'offset=1' } });
    await expect.poll(() => answers.size, { timeout: 10_000 }).toBe(4);
    expect(answers.get(2)?.error).toEqual({
      code: -32602,
      message:
        'Unknown tool: dropAllKeys. The tools are getCurrentKey, list, createKeys, getKey, updateKeys, deleteKeys.',
    });
    for (const id of [3, 4]) {
      expect(answers.get(id)?.error?.code).toBe(-32602);
      expect(answers.get(id)?.error?.message).toContain('arguments');
    }
    expect(api.mock.calls).toEqual([]);
  } finally {
    child.kill();
  }
});

test('a date-only expires_at is reported once', async () => {
  const server = await startServer({ args: ['--allow-write'], env: env() });
  try {
    const result = await server.call('createKeys', { name: 'x', expires_at: '2027-12-31' });
    expect(result.isError).toBe(true);
    const text = textOf(result);
    expect(text).toMatch(/^Invalid arguments for createKeys: expires_at must be /);
    expect(text.match(/expires_at/g)).toHaveLength(1);
  } finally {
    await server.close();
  }
});

describe('resources, on a read-only server (v2 client, 2026-07-28)', () => {
  let client: Client;
  beforeAll(async () => {
    client = new Client(
      { name: 'resources-test', version: '0.0.0' },
      { versionNegotiation: { mode: { pin: '2026-07-28' } } },
    );
    await client.connect(
      new StdioClientTransport({ command: process.execPath, args: [binPath], env: env(), stderr: 'ignore' }),
    );
  });
  afterAll(() => client?.close());

  test('the current key is a resource and a key by hash a template; no secret-bearing operation is either', async () => {
    const { resources } = await client.listResources();
    const { resourceTemplates } = await client.listResourceTemplates();
    expect(resources.map((r) => r.uri)).toEqual(['modelgates://key']);
    expect(resourceTemplates.map((r) => r.uriTemplate)).toEqual(['modelgates://keys/{hash}']);
    for (const r of [...resources, ...resourceTemplates]) expect(r.mimeType).toBe('application/json');
  });

  test('reading them calls the API and returns its JSON', async () => {
    const current = await client.readResource({ uri: 'modelgates://key' });
    const key = api.mock.keys[0]!;
    const one = await client.readResource({ uri: `modelgates://keys/${key.hash}` });
    expect(JSON.parse((current.contents[0] as { text: string }).text)).toHaveProperty('data.label');
    expect(JSON.parse((one.contents[0] as { text: string }).text)).toEqual({ data: key });
    expect(api.mock.calls.map((c) => `${c.operation} ${c.status}`)).toEqual([
      'getCurrentKey 200',
      'getKey 200',
    ]);
  });

  test('a key that does not exist is "resource not found" (-32602 in the v2 SDK); an unknown URI is -32602', async () => {
    const missing = client.readResource({ uri: 'modelgates://keys/nope' });
    await expect(missing).rejects.toBeInstanceOf(ProtocolError);
    await expect(missing).rejects.toMatchObject({
      code: -32602,
      message: expect.stringContaining('HTTP 404: Resource not found'),
    });
    await expect(client.readResource({ uri: 'modelgates://keys' })).rejects.toMatchObject({
      code: -32602,
      message: expect.stringContaining('Unknown resource modelgates://keys'),
    });
  });
});

describe('confirmation without client support', () => {
  test('delete and disable are refused and nothing is sent; other writes run', async () => {
    const server = await startServer({ args: ['--allow-write'], env: env(), answer: 'unsupported' });
    try {
      const hash = api.mock.keys[0]!.hash;
      for (const [name, args] of [
        ['deleteKeys', { hash }],
        ['updateKeys', { hash, disabled: true }],
      ] as const) {
        const result = await server.call(name, args);
        expect(result.isError).toBe(true);
        expect(textOf(result)).toMatch(
          new RegExp(
            `^${name} needs the user's confirmation, and this client does not support elicitation\\.`,
          ),
        );
      }
      expect(api.mock.calls).toEqual([]);
      expect((await server.call('updateKeys', { hash, name: 'fine' })).isError).toBeFalsy();
      expect(api.mock.calls.map((c) => c.operation)).toEqual(['updateKeys']);
    } finally {
      await server.close();
    }
  });

  test('--no-confirm relies on the annotations: delete runs without asking', async () => {
    const server = await startServer({
      args: ['--allow-write', '--no-confirm'],
      env: env(),
      answer: 'unsupported',
    });
    try {
      const hash = api.mock.keys[0]!.hash;
      expect((await server.call('deleteKeys', { hash })).isError).toBeFalsy();
      expect(api.mock.key(hash)).toBeUndefined();
    } finally {
      await server.close();
    }
  });
});
