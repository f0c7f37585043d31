/**
 * Every command, run as the built bin against a real Prism serving spec/openapi.yaml, through a
 * recording proxy: the tests see exactly what the CLI sent (Prism validates it too, and would answer
 * a request that breaks the spec with 400/422), and check what it printed. Prism is stateless, so
 * nothing here relies on a created key being listed afterwards.
 */
import { exampleHash, exampleWorkspace, responseExample, testApiKey } from '@modelgates/test-utils';
import {
  zCreateKeysResponse,
  zDeleteKeysResponse,
  zGetCurrentKeyResponse,
  zGetKeyResponse,
  zListResponse,
  zUpdateKeysResponse,
} from '@modelgates/zod';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { createdSecret, forwardTo, listen, runCli, type TestServer } from './helpers.js';
import pkg from '../package.json' with { type: 'json' };

const prismUrl = inject('prismUrl');
let proxy: TestServer;
const cli = (args: string[], options: Parameters<typeof runCli>[1] = {}) =>
  runCli(args, { baseUrl: proxy.url, ...options });
const exampleNames = (responseExample('/keys', 'get', 200) as { data: { name: string }[] }).data.map(
  (k) => k.name,
);

beforeAll(async () => {
  proxy = await listen(forwardTo(prismUrl));
});
afterAll(() => proxy.close());
beforeEach(() => {
  proxy.requests.length = 0;
});

/** The one request a command sent, as Prism saw it. */
function sent() {
  expect(proxy.requests).toHaveLength(1);
  return proxy.requests[0]!;
}

describe('modelgates key', () => {
  it('prints the current key: label, usage, limit, remaining', async () => {
    const { code, stdout, stderr } = await cli(['key']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^label +sk-or-v1-au7\.\.\.890$/m);
    expect(stdout).toMatch(/^usage +\$25\.50 /m);
    expect(stdout).toMatch(/^limit +\$100\.00, resets monthly$/m);
    expect(stdout).toMatch(/^remaining +\$74\.50$/m);
    expect(stdout).not.toContain('\x1b['); // not a terminal: no colour
    const req = sent();
    expect(req.method).toBe('GET');
    expect(req.url).toBe('/key');
    expect(req.headers.authorization).toBe(`Bearer ${testApiKey}`);
  });

  it('--json prints the API JSON, which parses with @modelgates/zod', async () => {
    const { code, stdout } = await cli(['key', '--json']);
    expect(code).toBe(0);
    const body = JSON.parse(stdout);
    zGetCurrentKeyResponse.parse(body);
    expect(body).toEqual(responseExample('/key', 'get', 200));
  });
});

describe('modelgates keys list', () => {
  it('prints a table of the page', async () => {
    const { code, stdout } = await cli(['keys', 'list']);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^NAME +LABEL +STATUS +USAGE +LIMIT +RESET +EXPIRES +HASH$/);
    expect(lines.slice(1).map((l) => l.split(/ {2,}/)[0])).toEqual(exampleNames);
    expect(lines.find((l) => l.startsWith('Old CI Key'))).toMatch(/ disabled /);
    expect(lines[1]).toContain(exampleHash);
    expect(sent().url).toBe('/keys');
  });

  it('sends --include-disabled, --workspace and --offset as the query', async () => {
    const { code } = await cli([
      'keys',
      'list',
      '--include-disabled',
      '--workspace',
      exampleWorkspace,
      '--offset',
      '0',
    ]);
    expect(code).toBe(0);
    const query = new URL(sent().url, 'http://x').searchParams;
    expect(Object.fromEntries(query)).toEqual({
      include_disabled: 'true',
      workspace_id: exampleWorkspace,
      offset: '0',
    });
  });

  it('--json prints the API JSON, which parses with @modelgates/zod', async () => {
    const { code, stdout } = await cli(['keys', 'list', '--json']);
    expect(code).toBe(0);
    expect(zListResponse.parse(JSON.parse(stdout))).toBeTruthy();
    expect(JSON.parse(stdout)).toEqual(responseExample('/keys', 'get', 200));
  });

  it('--all walks the pages (Prism has one short page) and prints them as one list', async () => {
    const { code, stdout } = await cli(['keys', 'list', '--all', '--json']);
    expect(code).toBe(0);
    const body = zListResponse.parse(JSON.parse(stdout));
    expect(body.data.map((k) => k.name)).toEqual(exampleNames);
    expect(new URL(sent().url, 'http://x').searchParams.get('offset')).toBe('0');
  });
});

describe('modelgates keys get', () => {
  it('prints one key', async () => {
    const { code, stdout } = await cli(['keys', 'get', exampleHash]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^name +Production Key$/m);
    expect(stdout).toMatch(new RegExp(`^hash +${exampleHash}$`, 'm'));
    expect(stdout).toMatch(/^status +active$/m);
    expect(sent()).toMatchObject({ method: 'GET', url: `/keys/${exampleHash}` });
  });

  it('a reference that is not a full hash never reaches the path: it is looked up by listing', async () => {
    // Prism's list holds the spec's example keys, none named "a/b c": exit 3, nothing else sent.
    const { code, stderr } = await cli(['keys', 'get', 'a/b c']);
    expect(code).toBe(3);
    expect(stderr).toMatch(/^error: no key matches "a\/b c"/m);
    expect(proxy.requests.map((r) => `${r.method} ${r.url.split('?')[0]}`)).toEqual(['GET /keys']);
  });

  it('--json parses with @modelgates/zod', async () => {
    const { stdout } = await cli(['keys', 'get', exampleHash, '--json']);
    expect(JSON.parse(stdout)).toEqual(zGetKeyResponse.parse(responseExample('/keys/{hash}', 'get', 200)));
  });
});

describe('modelgates keys create', () => {
  const flags = [
    '--name',
    'CI key',
    '--limit',
    '50',
    '--reset',
    'monthly',
    '--workspace',
    exampleWorkspace,
    '--include-byok',
  ];

  it('sends every field; a date alone expires at the end of that day, UTC, and says so', async () => {
    const { code, stdout, stderr } = await cli(['keys', 'create', ...flags, '--expires', '2027-12-31']);
    expect(code).toBe(0);
    expect(JSON.parse(sent().body)).toEqual({
      name: 'CI key',
      limit: 50,
      limit_reset: 'monthly',
      workspace_id: exampleWorkspace,
      include_byok_in_limit: true,
      expires_at: '2027-12-31T23:59:59Z',
    });
    expect(stderr).toBe('note: --expires 2027-12-31 means the end of that day, UTC: 2027-12-31T23:59:59Z\n');
    expect(stdout).toContain('Created key "My New API Key".');
    // The secret: on stdout, exactly once.
    expect(stdout.split(createdSecret)).toHaveLength(2);
    expect(stdout.trimEnd().endsWith(createdSecret)).toBe(true);
  });

  it('a UTC date-time is sent as written, with no note', async () => {
    const { code, stderr } = await cli([
      'keys',
      'create',
      '--name',
      'x',
      '--expires',
      '2027-06-30T12:00:00Z',
    ]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(JSON.parse(sent().body)).toEqual({ name: 'x', expires_at: '2027-06-30T12:00:00Z' });
  });

  it('--limit none sends a null limit; unset flags are not sent', async () => {
    await cli(['keys', 'create', '--name', 'x', '--limit', 'none']);
    expect(JSON.parse(sent().body)).toEqual({ name: 'x', limit: null });
  });

  it('--quiet prints only the secret', async () => {
    const { code, stdout, stderr } = await cli(['keys', 'create', '--name', 'x', '--quiet']);
    expect(code).toBe(0);
    expect(stdout).toBe(`${createdSecret}\n`);
    expect(stderr).toBe('');
  });

  it('--json prints the API JSON (secret included), which parses with @modelgates/zod', async () => {
    const { code, stdout } = await cli(['keys', 'create', '--name', 'x', '--json']);
    expect(code).toBe(0);
    const body = zCreateKeysResponse.parse(JSON.parse(stdout));
    expect(body.key).toBe(createdSecret);
    expect(JSON.parse(stdout)).toEqual(responseExample('/keys', 'post', 201));
  });
});

describe('modelgates keys update', () => {
  it('sends only the changes asked for', async () => {
    const { code, stdout } = await cli([
      'keys',
      'update',
      exampleHash,
      '--name',
      'Renamed',
      '--limit',
      '75',
      '--reset',
      'daily',
      '--enable',
    ]);
    expect(code).toBe(0);
    const req = sent();
    expect(req).toMatchObject({ method: 'PATCH', url: `/keys/${exampleHash}` });
    expect(JSON.parse(req.body)).toEqual({
      name: 'Renamed',
      limit: 75,
      limit_reset: 'daily',
      disabled: false,
    });
    expect(stdout).toMatch(/^name +Updated API Key Name$/m); // Prism's example answer
  });

  it('--limit none and --reset none send null; --disable sends disabled: true', async () => {
    const { code } = await cli([
      'keys',
      'update',
      exampleHash,
      '--limit',
      'none',
      '--reset',
      'none',
      '--disable',
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(sent().body)).toEqual({ limit: null, limit_reset: null, disabled: true });
  });

  it('--json parses with @modelgates/zod', async () => {
    const { stdout } = await cli(['keys', 'update', exampleHash, '--disable', '--json']);
    expect(JSON.parse(stdout)).toEqual(
      zUpdateKeysResponse.parse(responseExample('/keys/{hash}', 'patch', 200)),
    );
  });
});

describe('modelgates keys delete', () => {
  it('--yes deletes without asking', async () => {
    const { code, stdout } = await cli(['keys', 'delete', exampleHash, '--yes']);
    expect(code).toBe(0);
    expect(stdout).toBe(`Deleted key ${exampleHash}.\n`);
    expect(sent()).toMatchObject({ method: 'DELETE', url: `/keys/${exampleHash}` });
  });

  it('--json parses with @modelgates/zod', async () => {
    const { code, stdout } = await cli(['keys', 'delete', '-y', exampleHash, '--json']);
    expect(code).toBe(0);
    expect(zDeleteKeysResponse.parse(JSON.parse(stdout))).toEqual({ deleted: true });
  });
});

describe('configuration', () => {
  it('sends the attribution headers', async () => {
    const { code } = await cli([
      'key',
      '--http-referer',
      'https://ci.example',
      '--app-title',
      'CI',
      '--app-categories',
      'cli-agent,cloud-agent',
    ]);
    expect(code).toBe(0);
    expect(sent().headers).toMatchObject({
      'http-referer': 'https://ci.example',
      'x-openrouter-title': 'CI',
      'x-openrouter-categories': 'cli-agent,cloud-agent',
    });
  });

  it('--api-key-stdin reads the key from stdin, over MODELGATES_API_KEY', async () => {
    const piped = 'sk-or-v1-piped-1111111111111111111111111111111111111111111111111111111111';
    const { code, stderr } = await cli(['keys', 'list', '--api-key-stdin'], { stdin: `${piped}\n` });
    expect(code).toBe(0);
    expect(stderr).not.toContain(piped);
    expect(sent().headers.authorization).toBe(`Bearer ${piped}`);
  });

  it('--base-url wins over MODELGATES_BASE_URL', async () => {
    const { code } = await runCli(['key', '--base-url', proxy.url], { baseUrl: 'http://127.0.0.1:9' });
    expect(code).toBe(0);
    expect(sent().url).toBe('/key');
  });

  it('--verbose logs each attempt to stderr, with the key redacted', async () => {
    const { code, stderr } = await cli(['keys', 'list', '--verbose']);
    expect(code).toBe(0);
    expect(stderr).toMatch(new RegExp(`GET ${proxy.url}/keys -> 200`));
    expect(stderr).toContain('Bearer [redacted]');
    expect(stderr).toContain('request id');
  });
});

describe('help and version', () => {
  it('--version prints the package version', async () => {
    expect(await cli(['--version'])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it('--version after a command prints the version too, and runs nothing', async () => {
    expect(await cli(['keys', 'list', '--version'])).toEqual({
      code: 0,
      stdout: `${pkg.version}\n`,
      stderr: '',
    });
    expect(proxy.requests).toHaveLength(0);
  });

  it('--help lists every command and the exit codes', async () => {
    const { code, stdout } = await cli(['--help']);
    expect(code).toBe(0);
    for (const c of [
      'key',
      'keys list',
      'keys get KEY',
      'keys create',
      'keys update KEY',
      'keys delete KEY',
      'completion SHELL',
    ]) {
      expect(stdout).toMatch(new RegExp(`^  ${c} `, 'm'));
    }
    expect(stdout).toContain(
      'Exit codes: 0 success, 1 API error, 2 usage error (nothing sent), 3 not found, 4 auth (401/403), 5 try again later',
    );
    expect(proxy.requests).toHaveLength(0);
  });

  it.each([
    ['key', []],
    [
      'keys list',
      ['--all', '--include-disabled', '--workspace', '--offset', '--status', '--expiring-within', '--sort'],
    ],
    ['keys get', []],
    [
      'keys create',
      [
        '--name',
        '--limit',
        '--reset',
        '--expires',
        '--workspace',
        '--include-byok',
        '--creator-user-id',
        '--quiet',
      ],
    ],
    [
      'keys update',
      ['--name', '--limit', '--reset', '--disable', '--enable', '--include-byok', '--exclude-byok'],
    ],
    ['keys delete', ['--yes']],
  ])('%s --help shows its flags', async (command, flags) => {
    const { code, stdout } = await cli([...command.split(' '), '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`^Usage: modelgates ${command}\\b`));
    for (const flag of [...flags, '--json', '--base-url', '--api-key-stdin', '--timeout', '--retries'])
      expect(stdout).toContain(flag);
    expect(proxy.requests).toHaveLength(0);
  });

  it.each(['get', 'update', 'delete'])('keys %s --help says what a KEY can be', async (command) => {
    const { code, stdout } = await cli(['keys', command, '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain(
      "KEY: a key's hash, a unique prefix of it (8 or more characters) or its exact name.",
    );
  });

  it('keys --help lists the keys commands', async () => {
    const { code, stdout } = await cli(['keys', '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^ {2}keys delete KEY /m);
  });
});
