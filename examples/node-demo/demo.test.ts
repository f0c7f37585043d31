/**
 * `npm run setup`'s demo, spawned as a newcomer runs it: the story is told against the stateful
 * mock (and checked against the mock's own record of the calls), then the contract line; with
 * MODELGATES_BASE_URL it talks to that server only.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { test } from 'vitest';
import { promisify } from 'node:util';
import { listen } from '@modelgates/mock/server';

const run = promisify(execFile);
const demo = fileURLToPath(new URL('./demo.ts', import.meta.url));
const tsx = fileURLToPath(new URL('./node_modules/.bin/tsx', import.meta.url));
const story = [
  /^1\. create {3}"modelgates-demo" \([0-9a-f]{12}…\), limit \$5\.00, secret received$/m,
  /^2\. list {5}"modelgates-demo" is listed$/m,
  /^3\. update {3}renamed to "modelgates-demo \(renamed\)", limit \$10\.00$/m,
  /^4\. get {6}"modelgates-demo \(renamed\)", limit \$10\.00: the update stuck$/m,
  /^5\. delete {3}deleted$/m,
  /^6\. get {6}404 Not Found: the key is gone$/m,
];

test('by default: one true story against the stateful mock, then the contract line from Prism', async () => {
  const env = { ...process.env };
  delete env['MODELGATES_BASE_URL'];
  delete env['MODELGATES_API_KEY'];
  const { stdout } = await run(tsx, [demo], { env, timeout: 120_000 });
  assert.match(
    stdout,
    /^ModelGates demo against the stateful @modelgates\/mock at http:\/\/127\.0\.0\.1:\d+$/m,
  );
  for (const line of story) assert.match(stdout, line);
  assert.match(stdout, /^Contract: all \d+ operations of spec\/openapi\.yaml held against Prism/m);
  // No example names from the spec: the story is the demo's own key, start to end.
  assert.doesNotMatch(stdout, /Production Key|Updated API Key Name|My New API Key/);
});

test('MODELGATES_BASE_URL points it at that server (here a mock standing in for the real one)', async () => {
  const server = await listen({ log: false });
  try {
    const apiKey = 'sk-or-v1-demo-test-secret';
    const { stdout } = await run(tsx, [demo], {
      env: { ...process.env, MODELGATES_BASE_URL: server.url, MODELGATES_API_KEY: apiKey },
      timeout: 120_000,
    });
    for (const line of story) assert.match(stdout, line);
    assert.doesNotMatch(stdout, /Contract:/);
    assert.ok(!stdout.includes(apiKey));
    assert.deepEqual(
      server.mock.calls.map((c) => `${c.operation} ${c.status}`),
      ['createKeys 201', 'list 200', 'updateKeys 200', 'getKey 200', 'deleteKeys 200', 'getKey 404'],
    );
  } finally {
    await server.close();
  }
});
