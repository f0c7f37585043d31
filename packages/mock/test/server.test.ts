import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { inspect } from 'node:util';
import { ModelGates, NotFoundResponseError } from '@modelgates/sdk';
import { freePort } from '@modelgates/test-utils';
import { describe, expect, it } from 'vitest';
import { createMock, MockConfigError } from '../src/index.js';
import { listen } from '../src/server.js';

const apiKey = 'sk-or-v1-server-test-secret-0123456789abcdef';

describe('listen()', () => {
  it('binds 127.0.0.1 by default, serves the state, logs one line per request without secrets', async () => {
    const lines: string[] = [];
    const server = await listen({ log: (line) => lines.push(line) });
    try {
      expect(server.host).toBe('127.0.0.1');
      expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
      const mg = new ModelGates({ apiKey, baseUrl: server.url });
      const created = await mg.apiKeys.create({ name: 'served', limit: 5 });
      expect((await mg.apiKeys.get(created.data.hash)).data).toEqual(created.data);
      await mg.apiKeys.delete(created.data.hash);
      await expect(
        mg.apiKeys.get(created.data.hash, { retries: { strategy: 'none' } }),
      ).rejects.toBeInstanceOf(NotFoundResponseError);
      expect(server.mock.key(created.data.hash)).toBeUndefined();

      expect(lines.map((l) => l.replace(/ [\d.]+ms$/, ''))).toEqual([
        'POST /keys 201',
        `GET /keys/${created.data.hash} 200`,
        `DELETE /keys/${created.data.hash} 200`,
        `GET /keys/${created.data.hash} 404`,
      ]);
      const printed = `${lines.join('\n')}\n${inspect(server, { depth: 10, showHidden: true })}`;
      expect(printed).not.toContain(apiKey);
      expect(printed).not.toContain(created.key);
      expect(printed).not.toMatch(/authorization|bearer/i);
    } finally {
      await server.close();
    }
  });

  it('answers CORS preflights and exposes Retry-After and X-Request-Id', async () => {
    const server = await listen({ log: false, mock: createMock() });
    try {
      const preflight = await fetch(`${server.url}/keys`, {
        method: 'OPTIONS',
        headers: {
          origin: 'http://127.0.0.1:5173',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization, content-type',
        },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
      expect(preflight.headers.get('access-control-allow-headers')).toBe('authorization, content-type');
      expect(preflight.headers.get('access-control-allow-methods')).toContain('PATCH');
      const response = await fetch(`${server.url}/key`, { headers: { authorization: `Bearer ${apiKey}` } });
      expect(response.headers.get('access-control-expose-headers')).toBe('Retry-After, X-Request-Id');
    } finally {
      await server.close();
    }
  });

  it('refuses bad options with a MockConfigError naming the field', async () => {
    await expect(listen({ port: 70_000 })).rejects.toMatchObject({ name: 'MockConfigError', field: 'port' });
    await expect(listen({ mock: createMock(), latencyMs: 5 })).rejects.toMatchObject({ field: 'latencyMs' });
    await expect(listen({ keys: [{}] as never })).rejects.toBeInstanceOf(MockConfigError);
  });
});

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

/** Spawns the built bin and resolves once it says where it listens. */
function start(args: string[]): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', () => {
      const url = /listening on (http:\/\/\S+)/.exec(output)?.[1];
      if (url) resolve({ child, url, output: () => output });
    });
    child.once('exit', (code) => reject(new Error(`the bin exited (${code}) before listening:\n${output}`)));
  });
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) =>
    child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code)),
  );

// Starting a Node process takes seconds on a loaded machine; these are bounds on the machine, not on the mock.
describe('the modelgates-mock bin (built dist/cli.js)', { timeout: 30_000 }, () => {
  it('is built', () => {
    expect(existsSync(cli)).toBe(true);
  });

  it('starts on --port, serves a stateful API, logs each request without secrets, stops on SIGTERM', async () => {
    const port = await freePort();
    const { child, url, output } = await start(['--port', String(port)]);
    try {
      expect(url).toBe(`http://127.0.0.1:${port}`);
      const mg = new ModelGates({ apiKey, baseUrl: url });
      const created = await mg.apiKeys.create({ name: 'from the bin' });
      expect((await mg.apiKeys.list()).data.map((k) => k.name)).toContain('from the bin');
      child.kill('SIGTERM');
      expect(await exited(child)).toBe(0);
      const log = output();
      expect(log).toMatch(/^POST \/keys 201 [\d.]+ms$/m);
      expect(log).toMatch(/^GET \/keys 200 [\d.]+ms$/m);
      expect(log).not.toContain(apiKey);
      expect(log).not.toContain(created.key);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });

  it('prints its version with --version (what the packaging check runs)', async () => {
    const child = spawn(process.execPath, [cli, '--version'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    expect(await exited(child)).toBe(0);
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    expect(stdout.trim()).toBe(version);
  });

  it('exits non-zero naming the bad flag', async () => {
    const child = spawn(process.execPath, [cli, '--port', 'abc'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    expect(await exited(child)).toBe(1);
    expect(stderr).toContain('invalid --port');
  });
});
