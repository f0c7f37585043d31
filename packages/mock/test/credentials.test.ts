/** Issue 24, item 1: keys as credentials (`auth: 'keys'`), through the three ways in. */
import { ForbiddenResponseError, NotFoundResponseError, UnauthorizedResponseError } from '@modelgates/sdk';
import { zCurrentKey } from '@modelgates/zod';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { apiKeyFixture, createMock, MockConfigError } from '../src/index.js';
import { setupWays, ways } from './ways.js';

const admin = 'sk-or-v1-admin-management-key';
const make = setupWays();

describe.each(ways)("auth: 'keys' (%s)", (way) => {
  it('only known keys authenticate; a created key is one, refused once disabled, expired or deleted', async () => {
    let now = new Date('2026-06-01T00:00:00Z');
    const { client, mock } = await make(way, { auth: 'keys', managementKeys: [admin], now: () => now });
    const mg = client(admin);

    const stranger = client('sk-or-v1-nobody');
    const refused = await stranger.apiKeys.getCurrentKeyMetadata().catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(UnauthorizedResponseError);
    expect((refused as UnauthorizedResponseError).error).toEqual({ code: 401, message: 'Invalid API key' });

    const created = await mg.apiKeys.create({
      name: 'app key',
      limit: 10,
      expires_at: '2026-12-31T00:00:00Z',
    });
    const app = client(created.key);
    // GET /key describes the calling key: its label, limit, remaining, usage, expiry.
    const me = (await app.apiKeys.getCurrentKeyMetadata()).data;
    expect(zCurrentKey.safeParse(me).success).toBe(true);
    expect(me).toMatchObject({
      label: created.data.label,
      limit: 10,
      limit_remaining: 10,
      usage: 0,
      expires_at: '2026-12-31T00:00:00Z',
      is_management_key: false,
    });
    // Not a management key: 403 where the spec says a management key is needed.
    await expect(app.apiKeys.list()).rejects.toBeInstanceOf(ForbiddenResponseError);
    await expect(app.apiKeys.create({ name: 'x' })).rejects.toBeInstanceOf(ForbiddenResponseError);

    await mg.apiKeys.update(created.data.hash, { disabled: true });
    await expect(app.apiKeys.getCurrentKeyMetadata()).rejects.toMatchObject({
      status: 401,
      error: { message: 'API key is disabled' },
    });
    await mg.apiKeys.update(created.data.hash, { disabled: false });
    expect((await app.apiKeys.getCurrentKeyMetadata()).data.label).toBe(created.data.label);

    now = new Date('2027-01-01T00:00:00Z');
    await expect(app.apiKeys.getCurrentKeyMetadata()).rejects.toMatchObject({
      status: 401,
      error: { message: 'API key has expired' },
    });
    now = new Date('2026-06-01T00:00:00Z');

    await mg.apiKeys.delete(created.data.hash);
    await expect(app.apiKeys.getCurrentKeyMetadata()).rejects.toBeInstanceOf(UnauthorizedResponseError);
    await expect(mg.apiKeys.get(created.data.hash)).rejects.toBeInstanceOf(NotFoundResponseError);
    // The management key's own GET /key is the configured (spec example) description.
    expect((await mg.apiKeys.getCurrentKeyMetadata()).data.is_management_key).toBe(true);
    // Nothing secret in what the mock shows.
    const shown = `${JSON.stringify(mock.calls)} ${JSON.stringify(mock.keys)} ${inspect(mock, { depth: 10, showHidden: true })}`;
    expect(shown).not.toContain(created.key);
    expect(shown).not.toContain(admin);
  });

  it('seed keys authenticate with keySecrets; reset() forgets created secrets', async () => {
    const seed = apiKeyFixture({ name: 'seeded', limit: 20, usage: 5 });
    const { client, mock } = await make(way, {
      auth: 'keys',
      managementKeys: [admin],
      keys: [seed],
      keySecrets: { 'sk-or-v1-seeded-secret': seed.hash },
    });
    const me = (await client('sk-or-v1-seeded-secret').apiKeys.getCurrentKeyMetadata()).data;
    expect(me).toMatchObject({ label: seed.label, limit: 20, limit_remaining: 15, usage: 5 });
    const created = await client(admin).apiKeys.create({ name: 'gone after reset' });
    mock.reset();
    await expect(client(created.key).apiKeys.getCurrentKeyMetadata()).rejects.toBeInstanceOf(
      UnauthorizedResponseError,
    );
    expect((await client('sk-or-v1-seeded-secret').apiKeys.getCurrentKeyMetadata()).data.label).toBe(
      seed.label,
    );
  });
});

describe.each(ways)("auth: 'any', the default (%s)", (way) => {
  it('any bearer key works; a created key’s secret still gets GET /key describing it', async () => {
    const { client } = await make(way);
    const mg = client('anything-goes');
    expect((await mg.apiKeys.list()).data.length).toBeGreaterThan(0);
    const created = await mg.apiKeys.create({ name: 'mine', limit: 3 });
    const me = (await client(created.key).apiKeys.getCurrentKeyMetadata()).data;
    expect(me).toMatchObject({ label: created.data.label, limit: 3, limit_remaining: 3 });
  });
});

describe('auth configuration', () => {
  it.each([
    ["auth: 'keys' without a management key", () => createMock({ auth: 'keys' }), 'managementKeys'],
    ['an unknown auth mode', () => createMock({ auth: 'some' as never }), 'auth'],
    [
      'a key secret for a hash the seed does not hold',
      () => createMock({ keySecrets: { 'sk-or-v1-secret-value': 'f'.repeat(64) } }),
      'keySecrets',
    ],
  ])('%s is a MockConfigError naming the field, without the secret', (_, build, field) => {
    const error = (() => {
      try {
        build();
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(MockConfigError);
    expect((error as MockConfigError).field).toBe(field);
    expect((error as Error).message).not.toContain('sk-or-v1-secret-value');
  });
});
