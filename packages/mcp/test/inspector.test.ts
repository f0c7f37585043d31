/**
 * The MCP Inspector's CLI (`@modelcontextprotocol/inspector` 2.12, the npm package) against the
 * built bin and `@modelgates/mock`, in its modern (2026-07-28) and legacy (2025) eras, over stdio
 * and HTTP: the version negotiated (2026-07-28, 2025-11-25), `tools/list --strict` reports no
 * schema problem, and every tool is called
 * (create → list → update → get → delete → get 404) in each era and over each transport. The Inspector CLI cannot answer an
 * elicitation, so on stdio the server asks nothing of it and refuses the delete (nothing sent);
 * the HTTP server runs with --no-confirm and the delete goes through.
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { listen, type MockServer } from '@modelgates/mock/server';
import { testApiKey } from '@modelgates/test-utils';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { binPath, type HttpServer, startHttpServer } from './helpers.js';

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const inspector = join(
  dirname(require.resolve('@modelcontextprotocol/inspector/package.json')),
  'clients/launcher/build/index.js',
);

let api: MockServer;
let http: HttpServer;
beforeAll(async () => {
  api = await listen({ log: false });
  http = await startHttpServer({
    args: ['--allow-write', '--no-confirm'],
    env: { MODELGATES_BASE_URL: api.url },
  });
});
afterAll(async () => {
  await http?.close();
  await api?.close();
});

type Target = 'stdio' | 'http';
/** Runs the Inspector CLI once; resolves with its exit code, parsed stdout and stderr. */
async function inspect(era: string, target: Target, args: string[]) {
  const server =
    target === 'stdio'
      ? [
          '-e',
          `MODELGATES_API_KEY=${testApiKey}`,
          '-e',
          `MODELGATES_BASE_URL=${api.url}`,
          process.execPath,
          binPath,
          '--allow-write',
        ]
      : ['--transport', 'http', '--server-url', http.url, '--header', `Authorization: Bearer ${testApiKey}`];
  const result = await run(
    process.execPath,
    [inspector, '--cli', '--protocol-era', era, ...args, ...server],
    {
      timeout: 60_000,
    },
  ).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
  return { ...result, json: JSON.parse(result.stdout) as Record<string, any> };
}

// Each Inspector run is a fresh Node process (~1 s of CPU): every tool is called in one pairing per
// era and per transport (modern over HTTP, legacy over stdio), the list is checked in all four.
describe.concurrent.each([
  ['modern', 'stdio', false],
  ['legacy', 'stdio', true],
  ['modern', 'http', true],
  ['legacy', 'http', false],
] as const)('Inspector CLI, %s era, %s', (era, target, callEveryTool) => {
  test('tools/list --strict: every tool, no schema warning', async () => {
    const { code, json, stderr } = await inspect(era, target, ['--method', 'tools/list', '--strict']);
    expect(code).toBe(0);
    expect(json['tools'].map((t: { name: string }) => t.name)).toEqual([
      'getCurrentKey',
      'list',
      'createKeys',
      'getKey',
      'updateKeys',
      'deleteKeys',
    ]);
    expect(stderr).not.toMatch(/Warning|Error: tool/);
  });

  test('negotiates the era it asked for (--method initialize reports the version)', async () => {
    const { code, json } = await inspect(era, target, ['--method', 'initialize']);
    expect(code).toBe(0);
    expect(json['protocolVersion']).toBe(era === 'modern' ? '2026-07-28' : '2025-11-25');
    expect(json['serverInfo']).toMatchObject({ name: '@modelgates/mcp' });
  });

  test.runIf(callEveryTool)(
    'every tool called: create → list → update → get → delete → get 404',
    { timeout: 120_000 },
    async () => {
      const call = (name: string, ...pairs: string[]) =>
        inspect(era, target, [
          '--method',
          'tools/call',
          '--tool-name',
          name,
          ...(pairs.length ? ['--tool-arg', ...pairs] : []),
        ]);
      expect((await call('getCurrentKey')).json['structuredContent'].data).toHaveProperty('label');
      const created = await call('createKeys', `name=inspector ${era} ${target}`);
      const hash: string = created.json['structuredContent'].data.hash;
      const listed = await call('list');
      expect(listed.json['structuredContent'].data.map((k: { hash: string }) => k.hash)).toContain(hash);
      expect(
        (await call('updateKeys', `hash=${hash}`, 'name=renamed')).json['structuredContent'].data.name,
      ).toBe('renamed');
      expect((await call('getKey', `hash=${hash}`)).json['structuredContent'].data.name).toBe('renamed');
      const deleted = await call('deleteKeys', `hash=${hash}`);
      if (target === 'stdio') {
        // No elicitation in the Inspector CLI: refused, and the key is still there.
        expect(deleted.code).not.toBe(0);
        expect(deleted.stdout).toContain('does not support elicitation');
        expect(api.mock.key(hash)).toMatchObject({ name: 'renamed' });
      } else {
        expect(deleted.json['structuredContent']).toEqual({ deleted: true });
        expect(api.mock.key(hash)).toBeUndefined();
        const gone = await call('getKey', `hash=${hash}`);
        expect(gone.stdout).toContain('HTTP 404');
      }
    },
  );
});
