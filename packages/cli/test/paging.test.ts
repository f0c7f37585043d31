/**
 * `keys list --all` over more than one page, which Prism (three example keys) cannot serve: a
 * local server holds 105 keys and answers pages of 100 by `offset`, as the service does.
 */
import { responseExample } from '@modelgates/test-utils';
import { zListResponse } from '@modelgates/zod';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { listen, reply, runCli, type TestServer } from './helpers.js';

const template = (responseExample('/keys', 'get', 200) as { data: Record<string, unknown>[] }).data[0]!;
const keys = Array.from({ length: 105 }, (_, i) => ({
  ...template,
  name: `key ${i}`,
  hash: i.toString(16).padStart(64, '0'),
}));
let server: TestServer;

beforeAll(async () => {
  server = await listen((req, res) => {
    const offset = Number(new URL(req.url, 'http://x').searchParams.get('offset') ?? 0);
    reply(res, 200, { data: keys.slice(offset, offset + 100) });
  });
});
afterAll(() => server.close());

it('--all fetches every page and prints all the keys', async () => {
  server.requests.length = 0;
  const { code, stdout } = await runCli(['keys', 'list', '--all', '--json'], { baseUrl: server.url });
  expect(code).toBe(0);
  expect(zListResponse.parse(JSON.parse(stdout)).data.map((k) => k.name)).toEqual(keys.map((k) => k.name));
  expect(server.requests.map((r) => new URL(r.url, 'http://x').searchParams.get('offset'))).toEqual([
    '0',
    '100',
  ]);
});

it('one full page says that more may follow, on stderr', async () => {
  server.requests.length = 0;
  const { code, stdout, stderr } = await runCli(['keys', 'list', '--offset', '0'], { baseUrl: server.url });
  expect(code).toBe(0);
  expect(stdout.trimEnd().split('\n')).toHaveLength(101); // header + 100 rows
  expect(stderr).toBe('note: this is one page of 100 keys; more may follow: --offset 100, or --all\n');
  expect(server.requests).toHaveLength(1);
});
