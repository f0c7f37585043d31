/**
 * Keys by reference and `keys list` filters, through the built bin against `@modelgates/mock`'s HTTP
 * server seeded with keys chosen for it: two sharing an 8-character hash prefix, two sharing a name,
 * one disabled, one expired, expiries at 3 and 30 days. A reference resolves by full hash, unique
 * prefix (8+) or exact name; an ambiguous one is refused listing the candidates (exit 2), a missing
 * one is exit 3, and in both cases the mock records no change.
 */
import { apiKeyFixture } from '@modelgates/mock';
import { describe, expect, it } from 'vitest';
import { type CliResult, okJson as json, withMockServer } from './helpers.js';

const DAY = 86_400_000;
const at = (ms: number) => new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z');
const now = Date.now();

const deploy = apiKeyFixture({
  hash: `abcdef01${'1'.repeat(56)}`,
  name: 'deploy',
  usage: 10,
  created_at: '2025-03-01T00:00:00Z',
  expires_at: at(now + 3 * DAY),
});
const staging = apiKeyFixture({
  hash: `abcdef01${'2'.repeat(56)}`,
  name: 'staging',
  usage: 50,
  created_at: '2025-01-01T00:00:00Z',
  disabled: true,
});
const oldDup = apiKeyFixture({
  hash: `12345678${'3'.repeat(56)}`,
  name: 'dup',
  usage: 1,
  created_at: '2025-02-01T00:00:00Z',
  expires_at: '2025-06-01T00:00:00Z',
});
const newDup = apiKeyFixture({
  hash: `9abcdef0${'4'.repeat(56)}`,
  name: 'dup',
  usage: 20,
  created_at: '2025-04-01T00:00:00Z',
  expires_at: at(now + 30 * DAY),
});

const { server: mock, cli } = withMockServer({ keys: [deploy, staging, oldDup, newDup] });
const hashes = (r: CliResult) => json<{ data: { hash: string }[] }>(r).data.map((k) => k.hash);
const changes = () => mock().mock.calls.filter((c) => c.operation !== 'list' && c.operation !== 'getKey');

describe('a key by hash, unique hash prefix or exact name', () => {
  it.each([
    ['its full hash', deploy.hash, deploy],
    ['a unique prefix of 9 characters', deploy.hash.slice(0, 9), deploy],
    ['a unique prefix of 8 characters', newDup.hash.slice(0, 8), newDup],
    ['a prefix in capitals', newDup.hash.slice(0, 8).toUpperCase(), newDup],
    ['its exact name', 'deploy', deploy],
    ['the name of a disabled key', 'staging', staging],
  ])('keys get by %s', async (_, ref, key) => {
    expect(json<{ data: { hash: string } }>(await cli('keys', 'get', ref, '--json')).data.hash).toBe(
      key.hash,
    );
  });

  it('update and delete take a reference too', async () => {
    const updated = json<{ data: { hash: string; name: string } }>(
      await cli('keys', 'update', 'abcdef011', '--name', 'deploy-2', '--json'),
    );
    expect(updated.data).toMatchObject({ hash: deploy.hash, name: 'deploy-2' });
    expect(mock().mock.key(deploy.hash)?.name).toBe('deploy-2');

    const deleted = await cli('keys', 'delete', 'deploy-2', '--yes');
    expect(deleted).toMatchObject({ code: 0, stdout: `Deleted key ${deploy.hash}.\n` });
    expect(mock().mock.key(deploy.hash)).toBeUndefined();
  });

  it.each([
    ['a prefix two hashes share', ['keys', 'delete', 'abcdef01', '--yes'], [deploy, staging]],
    ['a name two keys share', ['keys', 'update', 'dup', '--disable'], [oldDup, newDup]],
  ])('%s is refused, listing the candidates; nothing changes', async (_, args, candidates) => {
    const { code, stdout, stderr } = await cli(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(new RegExp(`^error: "${args[2]}" matches 2 keys; give more of the hash:$`, 'm'));
    for (const k of candidates) expect(stderr).toMatch(new RegExp(`^ {2}${k.hash} {2}${k.name}$`, 'm'));
    expect(changes()).toEqual([]);
    expect(mock().mock.keys).toHaveLength(4);
    expect(mock().mock.key(newDup.hash)?.disabled).toBe(false);
  });

  it.each([
    ['no such name', 'nosuch'],
    ['a prefix shorter than 8 characters', deploy.hash.slice(0, 7)],
    ['a prefix no hash has', 'ffffffff'],
  ])('%s: exit 3, nothing changes', async (_, ref) => {
    const { code, stdout, stderr } = await cli('keys', 'delete', ref, '--yes');
    expect(code).toBe(3);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `error: no key matches "${ref}": give a hash, a unique hash prefix (8 or more characters) or an exact name (see modelgates keys list --include-disabled)\n`,
    );
    expect(changes()).toEqual([]);
    expect(mock().mock.keys).toHaveLength(4);
  });

  it('a bad change to a key by name: a usage error after the lookup, nothing changed', async () => {
    const { code, stderr } = await cli('keys', 'update', 'deploy', '--name', '  ');
    expect(code).toBe(2);
    expect(stderr).toBe(
      'error: --name (name): must not be blank\nNothing was changed. Run "modelgates keys update --help" for usage.\n',
    );
    expect(changes()).toEqual([]);
    expect(mock().mock.key(deploy.hash)?.name).toBe('deploy');
  });

  it('--json: an unknown reference is a JSON error with exit code 3', async () => {
    const { code, stderr } = await cli('keys', 'get', 'nosuch', '--json');
    expect(code).toBe(3);
    expect(JSON.parse(stderr)).toMatchObject({ error: { status: null, exit_code: 3 } });
  });
});

describe('keys list --status, --expiring-within, --sort', () => {
  it.each([
    [
      ['--status', 'active'],
      [deploy, newDup],
    ],
    [['--status', 'disabled'], [staging]],
    [['--status', 'expired'], [oldDup]],
    [['--expiring-within', '7d'], [deploy]],
    [['--expiring-within', '4w'], [deploy]],
    [
      ['--expiring-within', '31d'],
      [deploy, newDup],
    ],
    [['--expiring-within', '24h'], []],
    [
      ['--sort', 'name'],
      [deploy, oldDup, newDup],
    ],
    [
      ['--sort', 'usage'],
      [newDup, deploy, oldDup],
    ],
    [
      ['--sort', 'created'],
      [newDup, deploy, oldDup],
    ],
    [
      ['--sort', 'usage', '--include-disabled'],
      [staging, newDup, deploy, oldDup],
    ],
    [
      ['--status', 'active', '--sort', 'name'],
      [deploy, newDup],
    ],
  ])('%j', async (flags, expected) => {
    expect(hashes(await cli('keys', 'list', ...flags, '--json'))).toEqual(expected.map((k) => k.hash));
  });

  it('the table shows the filtered keys only', async () => {
    const { code, stdout } = await cli('keys', 'list', '--status', 'expired');
    expect(code).toBe(0);
    expect(stdout.trim().split('\n')).toHaveLength(2);
    expect(stdout).toMatch(new RegExp(`^dup .* expired .*${oldDup.hash}$`, 'm'));
  });

  it('nothing matching: "No keys."', async () => {
    expect(await cli('keys', 'list', '--expiring-within', '1h')).toMatchObject({
      code: 0,
      stdout: 'No keys.\n',
    });
  });
});
