/**
 * Resources and confirmation without client support, through the built bin and
 * `@modelgates/mock` (raw JSON-RPC errors are in clients.test.ts):
 * - a date-only `expires_at` is reported once;
 * - resources (v2 client, in both eras): the current key and a key by hash, readable on a
 *   read-only server; the created secret is never a resource; a missing key and an unknown URI
 *   are "resource not found", which the client recognises whichever code its era uses;
 * - a client that cannot confirm is refused before anything is sent, unless --no-confirm.
 */
import { Client, ResourceNotFoundError } from '@modelcontextprotocol/client';
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

describe.each(['2026-07-28', '2025-11-25'])('resources, on a read-only server (v2 client, %s)', (version) => {
  let client: Client;
  beforeAll(async () => {
    client = new Client(
      { name: 'resources-test', version: '0.0.0' },
      version === '2026-07-28' ? { versionNegotiation: { mode: { pin: version } } } : {},
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

  test('a key that does not exist and an unknown URI are "resource not found", with the uri', async () => {
    expect(client.getNegotiatedProtocolVersion()).toBe(version);
    for (const [uri, why] of [
      ['modelgates://keys/nope', 'HTTP 404: Resource not found'],
      ['modelgates://keys', 'The resources are modelgates://key, modelgates://keys/{hash}.'],
    ] as const) {
      const read = client.readResource({ uri });
      await expect(read).rejects.toBeInstanceOf(ResourceNotFoundError);
      await expect(read).rejects.toMatchObject({
        uri,
        message: expect.stringContaining(`Resource not found: ${uri}. `),
      });
      await expect(read).rejects.toMatchObject({ message: expect.stringContaining(why) });
    }
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
