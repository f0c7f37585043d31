/**
 * Every tool called through the official MCP client against the built bin and Prism. Prism
 * validates each request against the spec (a bad one gets a 4xx, which would fail these tests)
 * and answers with the spec's examples, so the structured results are compared with those.
 */
import {
  exampleHash,
  exampleWorkspace,
  requestExample,
  responseExample,
  testApiKey,
} from '@modelgates/test-utils';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { type Running, startServer, summaryOf, textOf } from './helpers.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';

/** The second text block: the whole result as JSON, for clients that ignore structuredContent. */
const jsonOf = (result: CallToolResult) => {
  expect(result.content).toHaveLength(2);
  return JSON.parse(result.content[1]!.type === 'text' ? result.content[1]!.text : 'null') as unknown;
};

let server: Running;
beforeAll(async () => {
  server = await startServer({
    args: ['--allow-write'],
    env: { MODELGATES_API_KEY: testApiKey, MODELGATES_BASE_URL: inject('prismUrl') },
  });
  // Caches the output schemas: from here on the client checks every structuredContent against them.
  await server.client.listTools();
});
afterAll(() => server.close());

test('getCurrentKey returns the current key as structured content, a summary and the result as JSON', async () => {
  const result = await server.call('getCurrentKey');
  expect(result.isError).toBeFalsy();
  const example = responseExample('/key', 'get', 200) as { data: { label: string } };
  expect(result.structuredContent).toEqual(example);
  expect(summaryOf(result)).toBe('Get current API key: done (GET /key).');
  expect(jsonOf(result)).toEqual(example);
});

test('list passes every query field and returns the page', async () => {
  const result = await server.call('list', {
    include_disabled: true,
    offset: 0,
    workspace_id: exampleWorkspace,
  });
  expect(result.isError).toBeFalsy();
  const example = responseExample('/keys', 'get', 200) as {
    data: { name: string; hash: string; disabled: boolean }[];
  };
  expect(result.structuredContent).toEqual(example);
  expect(summaryOf(result)).toBe('List API keys: done (GET /keys).\n3 items in data.');
  expect(jsonOf(result)).toEqual(example);
});

test('list with no arguments', async () => {
  const result = await server.call('list');
  expect(result.isError).toBeFalsy();
  expect((result.structuredContent as { data: unknown[] }).data).toHaveLength(3);
});

test('createKeys sends the spec example and returns the secret once, in its own result, with the note', async () => {
  const result = await server.call('createKeys', requestExample('/keys', 'post') as Record<string, unknown>);
  expect(result.isError).toBeFalsy();
  const example = responseExample('/keys', 'post', 201) as { key: string; data: { hash: string } };
  expect(result.structuredContent).toEqual(example);
  expect(result.structuredContent?.['key']).toMatch(/^sk-or-v1-[0-9a-f]{64}$/);
  expect(summaryOf(result)).toContain('key is a secret: shown this once and cannot be retrieved again');
  expect(jsonOf(result)).toEqual(example);
  expect(textOf(result)).toContain(example.key);
});

test('createKeys with only a name', async () => {
  const result = await server.call('createKeys', {
    name: 'sub-agent budget',
    limit: 5,
    limit_reset: 'daily',
  });
  expect(result.isError).toBeFalsy();
  expect(result.structuredContent).toHaveProperty('key');
});

test('getKey returns one key', async () => {
  const result = await server.call('getKey', { hash: exampleHash });
  expect(result.isError).toBeFalsy();
  expect(result.structuredContent).toEqual(responseExample('/keys/{hash}', 'get', 200));
  expect(summaryOf(result)).toBe(`Get a single API key: done (GET /keys/${exampleHash}).`);
  expect(jsonOf(result)).toEqual(result.structuredContent);
});

test('updateKeys sends the hash in the path and the rest as the body', async () => {
  const body = requestExample('/keys/{hash}', 'patch') as Record<string, unknown>;
  const result = await server.call('updateKeys', { hash: exampleHash, ...body });
  expect(result.isError).toBeFalsy();
  expect(result.structuredContent).toEqual(responseExample('/keys/{hash}', 'patch', 200));
  expect(jsonOf(result)).toMatchObject({ data: { name: 'Updated API Key Name' } });
});

test('updateKeys can disable a key and clear its limit (null)', async () => {
  const result = await server.call('updateKeys', {
    hash: exampleHash,
    disabled: true,
    limit: null,
    limit_reset: null,
  });
  expect(result.isError).toBeFalsy();
});

test('deleteKeys deletes by hash', async () => {
  const result = await server.call('deleteKeys', { hash: exampleHash });
  expect(result.isError).toBeFalsy();
  expect(result.structuredContent).toEqual({ deleted: true });
  expect(summaryOf(result)).toBe(`Delete an API key: done (DELETE /keys/${exampleHash}).`);
  expect(jsonOf(result)).toEqual({ deleted: true });
});
