/** Issue 24, items 4 and 5: the server's URL layout, body cap, bounded call log, timeouts, and the control surface. */
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { freePort } from '@modelgates/test-utils';
import { describe, expect, it } from 'vitest';
import { createMock } from '../src/index.js';
import { listen } from '../src/server.js';

const auth = { authorization: 'Bearer k' };

describe('one URL layout: the spec’s paths right under server.url', () => {
  it('serves /keys and /key; /api/v1/keys is 404', async () => {
    const server = await listen({ log: false });
    try {
      expect((await fetch(`${server.url}/keys`, { headers: auth })).status).toBe(200);
      expect((await fetch(`${server.url}/key`, { headers: auth })).status).toBe(200);
      expect((await fetch(`${server.url}/api/v1/keys`, { headers: auth })).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});

describe('request-body cap', () => {
  it('answers 413 with the error body above maxBodyBytes (declared or streamed), and creates nothing', async () => {
    const server = await listen({ log: false, maxBodyBytes: 1024 });
    try {
      const big = JSON.stringify({ name: 'x'.repeat(2000) });
      const declared = await fetch(`${server.url}/keys`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: big,
      });
      expect(declared.status).toBe(413);
      expect(await declared.json()).toEqual({
        error: { code: 413, message: 'Request body larger than 1024 bytes' },
      });
      const streamed = await fetch(`${server.url}/keys`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: new Blob([big]).stream(),
        duplex: 'half',
      } as RequestInit);
      expect(streamed.status).toBe(413);
      const small = await fetch(`${server.url}/keys`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'fits' }),
      });
      expect(small.status).toBe(201);
      expect(server.mock.keys.map((k) => k.name)).toEqual([
        'Production Key',
        'Staging Key',
        'Old CI Key',
        'fits',
      ]);
    } finally {
      await server.close();
    }
  });
});

describe('bounded call log', () => {
  it('keeps the last maxCalls calls', async () => {
    const mock = createMock({ maxCalls: 3 });
    for (const path of ['/key', '/keys', '/keys?offset=1', '/keys?offset=2'])
      await mock.fetch(`https://modelgates.ai/api/v1${path}`, { headers: auth });
    expect(mock.calls.map((c) => c.path)).toEqual([
      '/api/v1/keys',
      '/api/v1/keys?offset=1',
      '/api/v1/keys?offset=2',
    ]);
    expect(createMock().calls).toEqual([]);
    expect(() => createMock({ maxCalls: 0 })).toThrow('invalid maxCalls');
  });
});

describe('header timeout', { timeout: 20_000 }, () => {
  it('a client that never finishes its headers gets 408 and is disconnected', async () => {
    const server = await listen({ log: false, headersTimeoutMs: 500, requestTimeoutMs: 1_000 });
    try {
      const socket = connect(server.port, '127.0.0.1');
      socket.write('GET /keys HTTP/1.1\r\nHost: 127.0.0.1\r\n'); // and never the blank line
      let answer = '';
      socket.on('data', (c: Buffer) => (answer += c.toString()));
      await new Promise((resolve) => socket.once('close', resolve));
      expect(answer).toMatch(/^HTTP\/1\.1 408/);
    } finally {
      await server.close();
    }
  });
});

// The README's curl examples, run as written against the built bin (the port swapped for a free one).
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const curlBlock = /<!-- control-examples -->\s*```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

describe('the control surface (opt-in, loopback only)', { timeout: 30_000 }, () => {
  it('is off by default: /__mock/reset is a 404 like any unknown path', async () => {
    const server = await listen({ log: false });
    try {
      expect((await fetch(`${server.url}/__mock/reset`, { method: 'POST' })).status).toBe(404);
    } finally {
      await server.close();
    }
  });

  it('is refused on a non-loopback host', async () => {
    await expect(listen({ log: false, control: true, host: '0.0.0.0' })).rejects.toMatchObject({
      field: 'control',
    });
  });

  it('the README’s curl examples work as written against `modelgates-mock --control`', async () => {
    expect(curlBlock).toContain('curl');
    const port = await freePort();
    const child = spawn(process.execPath, [cli, '--control', '--quiet', '--port', String(port)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (c: Buffer) => c.toString().includes('listening') && resolve());
        child.once('exit', (code) => reject(new Error(`the bin exited (${code})`)));
      });
      const outputs: string[] = [];
      for (const line of curlBlock.split('\n').filter((l) => l.startsWith('curl'))) {
        outputs.push(
          execFileSync('bash', ['-c', line.replaceAll('4010', String(port))], { encoding: 'utf8' }),
        );
      }
      const text = outputs.join('\n');
      // What the examples show: a created key, a 503 injected, a slow list, the state, then a reset.
      expect(text).toContain('HTTP/1.1 503');
      const state = JSON.parse(outputs.find((o) => o.startsWith('{"keys"'))!) as {
        keys: { name: string }[];
        calls: { status: number }[];
      };
      expect(state.keys.map((k) => k.name)).toContain('from curl');
      expect(state.calls.map((c) => c.status)).toContain(503);
      const after = await fetch(`http://127.0.0.1:${port}/__mock/state`);
      expect(((await after.json()) as { keys: unknown[] }).keys).toHaveLength(3); // reset: back to the seed
    } finally {
      child.kill('SIGTERM');
    }
  });

  it('refuses a bad fault with 400 naming the field', async () => {
    const server = await listen({ log: false, control: true });
    try {
      const response = await fetch(`${server.url}/__mock/faults`, {
        method: 'POST',
        body: JSON.stringify({ kind: 'status', status: 200 }),
      });
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: { message: string } }).error.message).toContain(
        'fault.status',
      );
    } finally {
      await server.close();
    }
  });
});
