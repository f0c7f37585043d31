import { inspect } from 'node:util';
import {
  BadRequestResponseError,
  ForbiddenResponseError,
  ModelGates,
  NotFoundResponseError,
  schemaFields,
  UnauthorizedResponseError,
} from '@modelgates/sdk';
import { responseExample } from '@modelgates/test-utils';
import { zApiKey, zCreateKeysResponse, zCurrentKey, zErrorResponse } from '@modelgates/zod';
import { describe, expect, it } from 'vitest';
import { apiKeyFixture, apiKeyFixtures, createMock, labelOf, MockConfigError } from '../src/index.js';

const apiKey = 'sk-or-v1-management-test-key-0000000000000000000000000000000000';
const client = (mock = createMock(), key = apiKey) => ({
  mock,
  mg: new ModelGates({ apiKey: key, fetch: mock.fetch }),
});
const noRetry = { retries: { strategy: 'none' } } as const;
const specKeys = (
  responseExample('/keys', 'get', 200) as { data: { name: string; hash: string; disabled: boolean }[] }
).data;

/** A raw call, for what the sdk would refuse to send. */
const raw = (
  mock: ReturnType<typeof createMock>,
  path: string,
  init: RequestInit = {},
  key: string | null = apiKey,
) =>
  mock.fetch(`https://modelgates.ai/api/v1${path}`, {
    ...init,
    headers: {
      ...(key === null ? {} : { authorization: `Bearer ${key}` }),
      'content-type': 'application/json',
    },
  });

describe('the seed', () => {
  it('is the spec’s examples: list without disabled keys, all of them with include_disabled', async () => {
    const { mock, mg } = client();
    expect(
      mock.keys,
      'the seed drifted from the spec’s GET /keys 200 example: it is packages/mock/src/gen/examples.gen.ts, ' +
        'written by scripts/generate-mock.ts; run `pnpm generate` (and fix scripts/generate-mock.ts if that is not enough)',
    ).toEqual(specKeys);
    expect((await mg.apiKeys.list()).data.map((k) => k.name)).toEqual(
      specKeys.filter((k) => !k.disabled).map((k) => k.name),
    );
    expect((await mg.apiKeys.list({ include_disabled: true })).data).toEqual(specKeys);
    expect((await mg.apiKeys.getCurrentKeyMetadata()).data).toEqual({
      ...(responseExample('/key', 'get', 200) as { data: object }).data,
      is_management_key: true,
      is_provisioning_key: true,
    });
  });

  it('can be the user’s fixtures instead, and reset() returns to them', async () => {
    const keys = [
      apiKeyFixture({ name: 'alpha', limit: 10, usage: 4 }),
      apiKeyFixture({ name: 'beta', disabled: true }),
    ];
    expect(keys[0]!.limit_remaining).toBe(6);
    const { mock, mg } = client(createMock({ keys }));
    await mg.apiKeys.create({ name: 'gamma' });
    await mg.apiKeys.delete(keys[0]!.hash);
    expect(mock.keys.map((k) => k.name)).toEqual(['beta', 'gamma']);
    mock.reset();
    expect(mock.keys).toEqual(keys);
    expect(mock.calls).toEqual([]);
  });

  it('hands out copies: changing what it returns does not change its state', () => {
    const mock = createMock();
    mock.keys[0]!.name = 'changed';
    mock.key(specKeys[0]!.hash)!.name = 'changed';
    expect(mock.key(specKeys[0]!.hash)!.name).toBe(specKeys[0]!.name);
  });
});

describe('state', () => {
  it('create → list → update → get → delete → get is 404', async () => {
    let now = new Date('2026-12-01T10:00:00.000Z');
    const { mock, mg } = client(createMock({ now: () => now }));
    const created = await mg.apiKeys.create({
      name: 'My CI key',
      limit: 25,
      limit_reset: 'monthly',
      expires_at: '2027-12-31T23:59:59Z',
    });
    expect(zCreateKeysResponse.safeParse(created).success).toBe(true);
    expect(created.key).toMatch(/^sk-or-v1-[0-9a-f]{64}$/);
    expect(created.data).toMatchObject({
      name: 'My CI key',
      label: labelOf(created.key),
      disabled: false,
      limit: 25,
      limit_remaining: 25,
      limit_reset: 'monthly',
      usage: 0,
      byok_usage_monthly: 0,
      created_at: '2026-12-01T10:00:00.000Z',
      updated_at: null,
      expires_at: '2027-12-31T23:59:59Z',
      workspace_id: '0df9e665-d932-5740-b2c7-b52af166bc11',
    });
    expect(created.data.label).toMatch(/^sk-or-v1-[0-9a-f]{3}\.\.\.[0-9a-f]{4}$/);
    const hash = created.data.hash;
    // The secret is returned once, and kept nowhere: not in the state, not in what the mock prints.
    expect(JSON.stringify(mock.keys)).not.toContain(created.key);
    expect(inspect(mock, { depth: 10, showHidden: true })).not.toContain(created.key);

    expect((await mg.apiKeys.list()).data.map((k) => k.name)).toContain('My CI key');

    now = new Date('2026-12-01T11:00:00.000Z');
    const updated = await mg.apiKeys.update(hash, { name: 'Renamed', disabled: true, limit: 40 });
    expect(updated.data).toMatchObject({ name: 'Renamed', disabled: true, limit: 40, limit_remaining: 40 });
    expect(updated.data.updated_at).toBe('2026-12-01T11:00:00.000Z');
    expect(updated.data.created_at).toBe('2026-12-01T10:00:00.000Z');
    expect((await mg.apiKeys.list()).data.map((k) => k.hash)).not.toContain(hash);
    expect((await mg.apiKeys.list({ include_disabled: true })).data.map((k) => k.hash)).toContain(hash);

    expect((await mg.apiKeys.get(hash)).data).toEqual(updated.data);
    expect(await mg.apiKeys.delete(hash)).toEqual({ deleted: true });
    await expect(mg.apiKeys.get(hash, noRetry)).rejects.toBeInstanceOf(NotFoundResponseError);
    await expect(mg.apiKeys.update(hash, { name: 'x' }, noRetry)).rejects.toBeInstanceOf(
      NotFoundResponseError,
    );
    expect(mock.key(hash)).toBeUndefined();
    expect(mock.calls.map((c) => `${c.operation} ${c.status}`)).toEqual([
      'createKeys 201',
      'list 200',
      'updateKeys 200',
      'list 200',
      'list 200',
      'getKey 200',
      'deleteKeys 200',
      'getKey 404',
      'updateKeys 404',
    ]);
  });

  it('limit_remaining is limit minus usage as the spec describes it, below zero once usage passed the limit', async () => {
    const key = apiKeyFixture({ limit: 100, usage: 25.5 });
    const { mg } = client(createMock({ keys: [key] }));
    expect((await mg.apiKeys.update(key.hash, { limit: 20 })).data.limit_remaining).toBe(-5.5);
  });

  it('update keeps usage and follows a cleared limit; limit_remaining is limit minus usage', async () => {
    const key = apiKeyFixture({ limit: 100, usage: 25.5 });
    const { mg } = client(createMock({ keys: [key] }));
    expect((await mg.apiKeys.update(key.hash, { limit: 75 })).data.limit_remaining).toBe(49.5);
    const cleared = (await mg.apiKeys.update(key.hash, { limit: null, limit_reset: null })).data;
    expect(cleared).toMatchObject({ limit: null, limit_remaining: null, limit_reset: null, usage: 25.5 });
  });

  it('pages over 250 keys by 100, and listAll sees each once', async () => {
    const keys = apiKeyFixtures(250, (i) => ({ name: `key ${i}` }));
    const { mg } = client(createMock({ keys }));
    const pages = await Promise.all([0, 100, 200, 250].map((offset) => mg.apiKeys.list({ offset })));
    expect(pages.map((p) => p.data.length)).toEqual([100, 100, 50, 0]);
    expect(pages[1]!.data[0]!.name).toBe('key 100');
    expect(pages[2]!.data.at(-1)!.name).toBe('key 249');
    const all: string[] = [];
    for await (const key of mg.apiKeys.listAll()) all.push(key.hash);
    expect(all).toEqual(keys.map((k) => k.hash));
  });

  it('filters by workspace_id; the default workspace is the spec’s', async () => {
    const other = '11111111-2222-4333-8444-555555555555';
    const { mg } = client(
      createMock({
        keys: [apiKeyFixture({ name: 'here' }), apiKeyFixture({ name: 'there', workspace_id: other })],
      }),
    );
    const created = await mg.apiKeys.create({ name: 'also there', workspace_id: other });
    expect(created.data.workspace_id).toBe(other);
    expect((await mg.apiKeys.list()).data.map((k) => k.name)).toEqual(['here']);
    expect((await mg.apiKeys.list({ workspace_id: other })).data.map((k) => k.name)).toEqual([
      'there',
      'also there',
    ]);
  });

  it('percent-encoded hashes reach the right key', async () => {
    const key = apiKeyFixture();
    const mock = createMock({ keys: [key] });
    const encoded = [...key.hash].map((c) => `%${c.charCodeAt(0).toString(16)}`).join('');
    const response = await raw(mock, `/keys/${encoded}`);
    expect(((await response.json()) as { data: { hash: string } }).data.hash).toBe(key.hash);
  });
});

describe('auth', () => {
  it('answers 401 with the documented body without a bearer key', async () => {
    const mock = createMock();
    const response = await raw(mock, '/keys', {}, null);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: { code: 401, message: 'Missing Authentication header' } });
    const { mg } = client(mock, '');
    await expect(mg.apiKeys.list(undefined, noRetry)).rejects.toBeInstanceOf(UnauthorizedResponseError);
  });

  it('with managementKeys, another key gets GET /key but 403 on the five management operations', async () => {
    const mock = createMock({ managementKeys: [apiKey] });
    const { mg } = client(mock, 'sk-or-v1-ordinary');
    const me = (await mg.apiKeys.getCurrentKeyMetadata()).data;
    expect(zCurrentKey.safeParse(me).success).toBe(true);
    expect(me.is_management_key).toBe(false);
    const hash = specKeys[0]!.hash;
    const refused = [
      mg.apiKeys.list(undefined, noRetry),
      mg.apiKeys.create({ name: 'x' }, noRetry),
      mg.apiKeys.get(hash, noRetry),
      mg.apiKeys.update(hash, { name: 'x' }, noRetry),
      mg.apiKeys.delete(hash, noRetry),
    ];
    for (const call of refused) await expect(call).rejects.toBeInstanceOf(ForbiddenResponseError);
    expect(mock.keys).toEqual(specKeys);
    const { mg: admin } = client(mock);
    expect((await admin.apiKeys.list()).data).toHaveLength(2);
    expect((await admin.apiKeys.getCurrentKeyMetadata()).data.is_management_key).toBe(true);
  });
});

describe('input rules (the @modelgates/zod request schemas): 400 with the error body naming the field', () => {
  const cases: [string, string, RequestInit, string][] = [
    ['missing name', '/keys', { method: 'POST', body: '{}' }, 'name is required'],
    [
      'empty name',
      '/keys',
      { method: 'POST', body: '{"name":""}' },
      'name must be at least 1 character(s) long',
    ],
    [
      'non-UTC expires_at',
      '/keys',
      { method: 'POST', body: '{"name":"x","expires_at":"2027-12-31T23:59:59+02:00"}' },
      'expires_at must be an ISO 8601 UTC',
    ],
    [
      'unknown limit_reset',
      '/keys',
      { method: 'POST', body: '{"name":"x","limit_reset":"yearly"}' },
      'limit_reset must be one of "daily", "weekly", "monthly"',
    ],
    [
      'non-UUID workspace_id on create',
      '/keys',
      { method: 'POST', body: '{"name":"x","workspace_id":"ws 1"}' },
      'workspace_id must be a valid UUID',
    ],
    ['a body that is not JSON', '/keys', { method: 'POST', body: 'name=x' }, 'body must be JSON'],
    ['negative offset', '/keys?offset=-1', {}, 'offset must be >= 0'],
    ['non-integer offset', '/keys?offset=1.5', {}, 'offset must be'],
    ['non-UUID workspace_id on list', '/keys?workspace_id=ws%201', {}, 'workspace_id must be a valid UUID'],
    ['include_disabled not a boolean', '/keys?include_disabled=yes', {}, 'include_disabled must be boolean'],
    [
      'unknown limit_reset on update',
      `/keys/${specKeys[0]!.hash}`,
      { method: 'PATCH', body: '{"limit_reset":"hourly"}' },
      'limit_reset must be one of',
    ],
    [
      'disabled not a boolean on update',
      `/keys/${specKeys[0]!.hash}`,
      { method: 'PATCH', body: '{"disabled":"no"}' },
      'disabled must be boolean',
    ],
  ];
  it.each(cases)('%s', async (_, path, init, message) => {
    const mock = createMock();
    const response = await raw(mock, path, init);
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(zErrorResponse.safeParse(body).success).toBe(true);
    expect(body.error.code).toBe(400);
    expect(body.error.message).toContain('Invalid request parameters');
    expect(body.error.message).toContain(message);
    expect(mock.keys).toEqual(specKeys);
  });

  it('reach the sdk as BadRequestResponseError (a schema-less createClient sends what ModelGates would refuse)', async () => {
    const { createClient, list } = await import('@modelgates/sdk');
    const mock = createMock();
    const bare = createClient({
      baseUrl: 'https://modelgates.ai/api/v1',
      auth: apiKey,
      fetch: mock.fetch,
      retries: { strategy: 'none' },
    });
    const error = await list({ client: bare, query: { offset: -5 } }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(BadRequestResponseError);
    expect((error as BadRequestResponseError).message).toContain('offset must be >= 0');
  });

  it('an unknown path is 404 with the error body', async () => {
    const response = await raw(createMock(), '/nothing');
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: 404, message: 'Resource not found' } });
  });
});

describe('bad configuration and fixtures: a MockConfigError naming the field', () => {
  const wrong: [string, () => unknown, string][] = [
    [
      'a seed key missing a field',
      () => createMock({ keys: [{ ...apiKeyFixture(), created_at: undefined } as never] }),
      'keys[0].created_at',
    ],
    [
      'a seed key with a wrong type',
      () => createMock({ keys: [apiKeyFixture(), { ...apiKeyFixture(), usage: '3' } as never] }),
      'keys[1].usage',
    ],
    [
      'two seed keys with one hash',
      () =>
        createMock({
          keys: [apiKeyFixture({ hash: 'a'.repeat(64) }), apiKeyFixture({ hash: 'a'.repeat(64) })],
        }),
      'keys[1].hash',
    ],
    ['keys not an array', () => createMock({ keys: {} as never }), 'keys'],
    [
      'a seed created_at that is not a timestamp',
      () => createMock({ keys: [{ ...apiKeyFixture(), created_at: 'yesterday' }] }),
      'keys[0].created_at',
    ],
    [
      'a seed hash that is not 64 hex characters',
      () => createMock({ keys: [{ ...apiKeyFixture(), hash: 'x' }] }),
      'keys[0].hash',
    ],
    [
      'a seed expires_at that is not a date-time (a format the spec declares)',
      () => createMock({ keys: [{ ...apiKeyFixture(), expires_at: 'next year' }] }),
      'keys[0].expires_at',
    ],
    [
      'a seed workspace_id that is not a UUID',
      () => createMock({ keys: [{ ...apiKeyFixture(), workspace_id: 'ws' }] }),
      'keys[0].workspace_id',
    ],
    [
      'a seed limit_remaining without a limit',
      () => createMock({ keys: [{ ...apiKeyFixture(), limit: null, limit_remaining: 4 }] }),
      'keys[0].limit_remaining',
    ],
    ['a misspelt option', () => createMock({ key: [] } as never), 'key'],
    ['a bad fixture override', () => apiKeyFixture({ disabled: 'no' as never }), 'apiKeyFixture.disabled'],
    [
      'a bad currentKey field',
      () => createMock({ currentKey: { is_free_tier: 1 as never } }),
      'currentKey.is_free_tier',
    ],
    ['a negative latency', () => createMock({ latencyMs: -1 }), 'latencyMs'],
    [
      'a non-UUID default workspace',
      () => createMock({ defaultWorkspaceId: 'default' }),
      'defaultWorkspaceId',
    ],
    ['an empty management key', () => createMock({ managementKeys: [''] }), 'managementKeys[0]'],
    ['a fault status that is not an error', () => createMock().failNext({ status: 200 }), 'fault.status'],
    [
      'a fault for an unknown operation',
      () => createMock().failNext({ status: 500, operation: 'listKeys' as never }),
      'fault.operation',
    ],
    ['a fault with zero times', () => createMock().dropNext({ times: 0 }), 'fault.times'],
    [
      'a bad Retry-After',
      () => createMock().failNext({ status: 429, retryAfter: 'soon' }),
      'fault.retryAfter',
    ],
  ];
  it.each(wrong)('%s', (_, make, field) => {
    let caught: unknown;
    try {
      make();
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(MockConfigError);
    expect((caught as MockConfigError).field).toBe(field);
    expect((caught as Error).message).toContain(field);
  });

  it('never repeats a management key it refuses', () => {
    const secret = 'sk-or-v1-super-secret-value';
    const error = (() => {
      try {
        createMock({ managementKeys: [secret, 42 as never] });
      } catch (e) {
        return e as MockConfigError;
      }
    })();
    expect(error?.field).toBe('managementKeys[1]');
    expect(`${error?.message} ${inspect(error)}`).not.toContain(secret);
    expect(inspect(createMock({ managementKeys: [secret] }), { depth: 10, showHidden: true })).not.toContain(
      secret,
    );
  });

  it('fixtures are valid ApiKeys with unique hashes', () => {
    const keys = apiKeyFixtures(3);
    for (const key of keys) expect(zApiKey.safeParse(key).success).toBe(true);
    expect(new Set(keys.map((k) => k.hash)).size).toBe(3);
  });
});

describe('keys are built from the spec’s ApiKey schema (schemaFields in the registry)', () => {
  const specFields = Object.entries(schemaFields.ApiKey)
    .filter(([, f]) => f.required || f.nullable)
    .map(([name]) => name)
    .sort();
  it('a created key and a fixture carry every field the spec gives ApiKey; a nullable one the mock has no value for is null', async () => {
    const { mg } = client();
    const created = (await mg.apiKeys.create({ name: 'every field' })).data;
    const fixture = apiKeyFixture();
    for (const key of [created, fixture]) {
      expect(Object.keys(key).sort()).toEqual(specFields);
      expect(key.expires_at).toBeNull(); // nullable, optional, not given: null, not missing
    }
  });
});
