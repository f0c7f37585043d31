/**
 * Safe by default: a read-only server refuses writes without sending anything, and neither the
 * API key nor a created secret ever reaches stderr or an error text, even with --debug logging
 * every HTTP attempt and a server that echoes the key back in its error messages.
 */
import { randomBytes } from 'node:crypto';
import { exampleHash, responseExample } from '@modelgates/test-utils';
import { describe, expect, inject, test } from 'vitest';
import { type Era, rawStdio, startRecorder, startServer, textOf } from './helpers.js';

/** A key unique to this run, so finding it anywhere can only mean it leaked from here. */
const apiKey = `sk-or-v1-${randomBytes(32).toString('hex')}`;
const createdSecret = (responseExample('/keys', 'post', 201) as { key: string }).key;

describe('read-only mode', () => {
  test('create, update and delete are refused with a tool error, and nothing is sent', async () => {
    const api = await startRecorder(() => ({
      status: 500,
      body: { error: { code: 500, message: 'should not be called' } },
    }));
    const server = await startServer({ env: { MODELGATES_API_KEY: apiKey, MODELGATES_BASE_URL: api.url } });
    try {
      for (const [name, args] of [
        ['createKeys', { name: 'sub-agent', limit: 5 }],
        ['updateKeys', { hash: exampleHash, disabled: true }],
        ['deleteKeys', { hash: exampleHash }],
      ] as const) {
        const result = await server.call(name, args);
        expect(result.isError).toBe(true);
        expect(textOf(result)).toBe(
          `${name} is not available: this server is read-only. It changes keys, so it runs only when the server is ` +
            'started with --allow-write (or MODELGATES_MCP_ALLOW_WRITE=1). Nothing was sent.',
        );
      }
      expect(api.requests).toHaveLength(0);
    } finally {
      await server.close();
      await api.close();
    }
  });

  test.each(['legacy', 'modern'] as const satisfies readonly Era[])(
    'raw JSON-RPC, %s era: a tool not enabled is refused the same whatever its arguments, its fields unnamed',
    async (era) => {
      const api = await startRecorder(() => ({ status: 500, body: {} }));
      const env = { MODELGATES_API_KEY: apiKey, MODELGATES_BASE_URL: api.url };
      const readOnly = await rawStdio(era, [], env);
      const narrow = await rawStdio(era, ['--tools', 'getCurrentKey'], env);
      try {
        for (const [peer, name, refusal] of [
          [
            readOnly,
            'createKeys',
            'createKeys is not available: this server is read-only. It changes keys, so it runs only when the ' +
              'server is started with --allow-write (or MODELGATES_MCP_ALLOW_WRITE=1). Nothing was sent.',
          ],
          [
            narrow,
            'list',
            'list is not enabled on this server (it was started with --tools getCurrentKey). Nothing was sent.',
          ],
        ] as const) {
          const expected = { isError: true, content: [{ type: 'text', text: refusal }] };
          for (const args of [{}, 5, null, [], 'name=x'])
            expect(await peer.request('tools/call', { name, arguments: args }), JSON.stringify(args)).toEqual(
              {
                jsonrpc: '2.0',
                id: expect.any(Number),
                result: era === 'modern' ? expect.objectContaining(expected) : expected,
              },
            );
        }
        expect(api.requests).toHaveLength(0);
      } finally {
        await readOnly.close();
        await narrow.close();
        await api.close();
      }
    },
  );

  test('reads still work on a read-only server; a tool left out by --tools is refused', async () => {
    const server = await startServer({
      args: ['--tools', 'getCurrentKey'],
      env: { MODELGATES_API_KEY: apiKey, MODELGATES_BASE_URL: inject('prismUrl') },
    });
    try {
      expect((await server.call('getCurrentKey')).isError).toBeFalsy();
      const result = await server.call('list');
      expect(result.isError).toBe(true);
      expect(textOf(result)).toBe(
        'list is not enabled on this server (it was started with --tools getCurrentKey). Nothing was sent.',
      );
    } finally {
      await server.close();
    }
  });
});

describe('no secret on stderr or in error texts', () => {
  test('every tool, bad arguments and API errors, with --debug: stderr holds neither the key nor the created secret', async () => {
    const server = await startServer({
      args: ['--allow-write', '--debug'],
      env: { MODELGATES_API_KEY: apiKey, MODELGATES_BASE_URL: inject('prismUrl') },
    });
    const texts: string[] = [];
    try {
      const calls: [string, Record<string, unknown>][] = [
        ['getCurrentKey', {}],
        ['list', { include_disabled: true }],
        ['createKeys', { name: 'sub-agent', limit: 5, limit_reset: 'daily' }],
        ['getKey', { hash: exampleHash }],
        ['updateKeys', { hash: exampleHash, disabled: true }],
        ['deleteKeys', { hash: exampleHash }],
        ['createKeys', { name: '', limit: 'x' }],
        // The key pasted into an argument by mistake is not echoed back either.
        ['createKeys', { name: apiKey, limit: 'x' }],
        ['getKey', { hash: '' }],
      ];
      for (const [name, args] of calls) {
        const result = await server.call(name, args);
        const text = textOf(result);
        if (name === 'createKeys' && !result.isError) {
          // The one place the secret may appear: the create tool's own result.
          expect(result.structuredContent?.['key']).toBe(createdSecret);
          expect(text).toContain(createdSecret);
        } else {
          texts.push(text);
        }
      }
    } finally {
      await server.close();
    }
    const stderr = server.stderr();
    // The log is really there (one line per call and one per HTTP attempt), so its absence of secrets means something.
    expect(stderr).toContain('call createKeys: ok');
    // --debug adds the sdk's own log of each HTTP attempt (6 calls reached Prism): lines of its own.
    const sdkLines = stderr
      .split('\n')
      .filter((l) => l && !/^\[modelgates-mcp\] (call |@modelgates\/mcp )/.test(l));
    expect(sdkLines.length).toBeGreaterThanOrEqual(6);
    for (const text of [stderr, ...texts]) {
      expect(text).not.toContain(apiKey);
      expect(text).not.toContain(apiKey.slice('sk-or-v1-'.length));
      expect(text).not.toContain(createdSecret);
    }
  });

  test('a server that echoes the key and a secret in its error messages: redacted in the tool error and on stderr', async () => {
    const api = await startRecorder((req) => ({
      status: 401,
      body: {
        error: {
          code: 401,
          message: `Invalid key ${String(req.headers['authorization'])}; last created ${createdSecret}`,
        },
      },
      headers: { 'x-request-id': 'req-echo' },
    }));
    const server = await startServer({
      args: ['--debug'],
      env: { MODELGATES_API_KEY: apiKey, MODELGATES_BASE_URL: api.url },
    });
    let text = '';
    try {
      const result = await server.call('getCurrentKey');
      expect(result.isError).toBe(true);
      text = textOf(result);
      expect(text).toContain('HTTP 401: Invalid key Bearer [redacted]; last created [redacted].');
      expect(text).toContain('Request id: req-echo.');
    } finally {
      await server.close();
      await api.close();
    }
    const stderr = server.stderr();
    expect(stderr).toContain('call getCurrentKey: error');
    expect(api.requests[0]!.headers['authorization']).toBe(`Bearer ${apiKey}`);
    for (const out of [text, stderr]) {
      expect(out).not.toContain(apiKey);
      expect(out).not.toContain(createdSecret);
    }
  });
});
