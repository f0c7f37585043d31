/**
 * The registry drill without regenerating the repo: a registry with one more operation, rotateKey
 * (`POST /keys/{hash}/rotate`, returning `{ data: ApiKey, key }` with `key` marked secret), given
 * to the server in process. No line of the server names an operation, so it must become a tool
 * with the registry's annotations, be called through `request('rotateKey', parts)`, and its
 * secret must appear in its own result only: never in a log line or in a later error.
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { type OperationInput, operationDocs, operations } from '@modelgates/sdk';
import { exampleHash, responseExample } from '@modelgates/test-utils';
import { operationSchemas, zApiKey } from '@modelgates/zod';
import * as z from 'zod/mini';
import { expect, test } from 'vitest';
import { createServer, type Registry } from '../src/index.js';

const registry: Registry<string> = {
  operations: {
    ...operations,
    rotateKey: {
      method: 'POST',
      path: '/keys/{hash}/rotate',
      resource: 'apiKeys',
      name: 'rotate',
      pathParams: ['hash'],
      queryParams: [],
      body: null,
      responseStatus: 200,
      secrets: ['key'],
      idempotent: false,
      readOnly: false,
      destructive: false,
      paginated: null,
      hook: 'useRotateApiKey',
      cli: 'keys rotate',
    },
  },
  operationDocs: {
    ...operationDocs,
    rotateKey: {
      summary: 'Rotate an API key',
      description: 'Replace the secret of an API key. The new `key` is shown only once.',
      fields: { hash: 'The hash identifier of the API key.' },
    },
  },
  operationSchemas: {
    ...operationSchemas,
    rotateKey: {
      request: z.object({
        body: z.optional(z.never()),
        path: z.object({ hash: z.string().check(z.minLength(1)) }),
        query: z.optional(z.never()),
      }),
      response: z.object({ data: zApiKey, key: z.string() }),
    },
  },
};

// Not shaped like an `sk-` key, so only the registry's secret marker can get it redacted.
const rotated = `rotated-${'5e'.repeat(16)}`;

test('a new operation in the registry is a tool with its annotations, and its secret stays in its own result', async () => {
  const calls: [string, OperationInput][] = [];
  const api = {
    async request(name: string, input: OperationInput) {
      calls.push([name, input]);
      if (name === 'rotateKey')
        return {
          data: (responseExample('/keys/{hash}', 'get', 200) as { data: unknown }).data,
          key: rotated,
        };
      // An upstream that echoes the secret back in its error message.
      throw new Error(`upstream refused ${rotated}`);
    },
  };
  const log: string[] = [];
  const server = createServer({ client: api, registry, allowWrite: true, log: (line) => log.push(line) });
  const client = new Client({ name: 'drill', version: '0.0.0' });
  const [a, b] = InMemoryTransport.createLinkedPair();
  await Promise.all([server.connect(a), client.connect(b)]);
  try {
    const tool = (await client.listTools()).tools.find((t) => t.name === 'rotateKey');
    expect(tool).toMatchObject({
      title: 'Rotate an API key',
      annotations: {
        readOnlyHint: false,
        destructiveHint: false,
        idempotentHint: false,
        openWorldHint: false,
      },
      inputSchema: { required: ['hash'], additionalProperties: false },
      outputSchema: { required: ['data', 'key'] },
    });

    const result = (await client.callTool({
      name: 'rotateKey',
      arguments: { hash: exampleHash },
    })) as CallToolResult;
    expect(result.isError).toBeFalsy();
    expect(calls).toEqual([['rotateKey', { path: { hash: exampleHash } }]]);
    // Its own result: the structured content, the summary's note and the JSON.
    expect(result.structuredContent?.['key']).toBe(rotated);
    const texts = result.content.map((c) => (c.type === 'text' ? c.text : ''));
    expect(texts[0]).toContain('key is a secret: shown this once');
    expect(texts[1]).toContain(rotated);

    // Anywhere else: redacted, even when an upstream error quotes it.
    const failed = (await client.callTool({
      name: 'getKey',
      arguments: { hash: exampleHash },
    })) as CallToolResult;
    expect(failed.isError).toBe(true);
    const errorText = failed.content.map((c) => (c.type === 'text' ? c.text : '')).join('\n');
    expect(errorText).toContain('upstream refused [redacted]');
    expect(log.join('\n')).toContain('call rotateKey: ok');
    expect(log.join('\n')).toContain('upstream refused [redacted]');
    for (const out of [errorText, ...log]) expect(out).not.toContain(rotated);
  } finally {
    await client.close();
    await server.close();
  }
});

test('no source file of the server names an operation: the registry says them all', async () => {
  const { readdirSync, readFileSync } = await import('node:fs');
  const dir = new URL('../src/', import.meta.url);
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  expect(files.length).toBeGreaterThan(3);
  for (const file of files) {
    const source = readFileSync(new URL(file, dir), 'utf8');
    for (const id of Object.keys(operations)) {
      // A camelCase id anywhere; a one-word id (`list`) only as a string.
      const named = /[A-Z]/.test(id) ? new RegExp(`\\b${id}\\b`) : new RegExp(`['"\`]${id}['"\`]`);
      expect(source, `${file} names ${id}`).not.toMatch(named);
    }
  }
});
