/**
 * The schemas accept exactly what the server accepts. Each case is a value with the verdict the wire
 * contract (/work/shared/api-surface.md) gives it; the test checks the generated schema and Prism
 * (which enforces spec/openapi.yaml on every request) both reach that verdict, so neither the schema
 * nor the spec can drift from the contract unnoticed.
 */
import { exampleWorkspace, testApiKey } from '@modelgates/test-utils';
import { describe, expect, inject, it } from 'vitest';
import { zCreateKeysData, zListData } from '../src/index.js';

const prismUrl = inject('prismUrl');
const auth = { Authorization: `Bearer ${testApiKey}` };

/** Prism's verdict on a create body: 201 when it conforms, 400 (naming the field) when it does not. */
async function prismAcceptsCreate(body: Record<string, unknown>, field: string): Promise<boolean> {
  const res = await fetch(`${prismUrl}/keys`, {
    method: 'POST',
    headers: { ...auth, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  await res.body?.cancel();
  if (res.status === 400) expect(res.headers.get('sl-violations')).toContain(field);
  else expect(res.status).toBe(201);
  return res.status === 201;
}

async function prismAcceptsList(query: Record<string, string>): Promise<boolean> {
  const res = await fetch(`${prismUrl}/keys?${new URLSearchParams(query)}`, { headers: auth });
  await res.body?.cancel();
  expect([200, 400]).toContain(res.status);
  return res.status === 200;
}

const zodAcceptsCreate = (body: Record<string, unknown>) => zCreateKeysData.safeParse({ body }).success;

describe('expires_at on create: UTC only, with seconds', () => {
  it.each([
    // What the service itself sends (microseconds, +00:00) must pass.
    ['2025-02-19T20:52:27.363244+00:00', true],
    ['2027-12-31T23:59:59Z', true],
    ['2027-12-31T23:59:59+00:00', true],
    ['2027-12-31T23:59:59.5Z', true],
    [null, true],
    ['2027-12-31T23:59:59+02:00', false],
    ['2027-12-31T23:59:59-05:30', false],
    ['2027-12-31T23:59:59-00:00', false], // RFC 3339's "offset unknown", not UTC
    ['2027-12-31T23:59:59', false], // no offset
    ['2027-12-31T23:59Z', false], // minute-only
    ['2027-12-31T23:59+00:00', false],
    ['2027-12-31', false],
    ['2027-02-30T12:00:00Z', false],
    ['2027-12-31 23:59:59Z', false],
    ['2027-12-31T23:59:59+0000', false],
    ['2027-12-31t23:59:59z', false],
    ['', false],
  ])('%j → accepted: %s', async (expires_at, accepted) => {
    const body = { name: 'k', expires_at };
    expect(zodAcceptsCreate(body)).toBe(accepted);
    expect(await prismAcceptsCreate(body, 'expires_at')).toBe(accepted);
  });

  it('rejects a leap second, in zod and in the spec (its pattern allows seconds 00-59 only)', async () => {
    const body = { name: 'k', expires_at: '2027-12-31T23:59:60Z' };
    expect(zodAcceptsCreate(body)).toBe(false);
    expect(await prismAcceptsCreate(body, 'expires_at')).toBe(false);
  });
});

describe('name and creator_user_id on create: at least one character, the name not blank', () => {
  it.each([
    [{ name: 'k' }, true],
    [{ name: ' k ' }, true],
    [{ name: ' ' }, false],
    [{ name: ' \t\n' }, false],
    [{ name: '' }, false],
    [{ name: 'k', creator_user_id: null }, true],
    [{ name: 'k', creator_user_id: 'user_2dHFtVWx2n56w6HkM0000000000' }, true],
    [{ name: 'k', creator_user_id: '' }, false],
    [{ name: 'k', limit: -1 }, true], // the spec sets no minimum on limit
    [{ name: 'k', limit: null, limit_reset: null }, true],
    [{ name: 'k', limit_reset: 'yearly' }, false],
  ])('%j → accepted: %s', async (body, accepted) => {
    expect(zodAcceptsCreate(body)).toBe(accepted);
    expect(await prismAcceptsCreate(body, Object.keys(body).at(-1)!)).toBe(accepted);
  });

  it('rejects a body without name', async () => {
    expect(zodAcceptsCreate({ limit: 5 })).toBe(false);
    expect(await prismAcceptsCreate({ limit: 5 }, 'name')).toBe(false);
  });
});

describe('workspace_id (create body and list query): a UUID', () => {
  it.each([
    [exampleWorkspace, true],
    [exampleWorkspace.toUpperCase(), true],
    ['00000000-0000-0000-0000-000000000000', true],
    ['not-a-uuid', false],
    [exampleWorkspace.replace(/-/g, ''), false],
    [`${exampleWorkspace}0`, false],
  ])('%j → accepted: %s', async (workspace_id, accepted) => {
    expect(zodAcceptsCreate({ name: 'k', workspace_id })).toBe(accepted);
    expect(zListData.safeParse({ query: { workspace_id } }).success).toBe(accepted);
    expect(await prismAcceptsCreate({ name: 'k', workspace_id }, 'workspace_id')).toBe(accepted);
    expect(await prismAcceptsList({ workspace_id })).toBe(accepted);
  });

  it('rejects an empty workspace_id in a create body', async () => {
    // (Not checked on list: Prism reads `?workspace_id=` as absent, and the sdk omits unset params.)
    expect(zodAcceptsCreate({ name: 'k', workspace_id: '' })).toBe(false);
    expect(await prismAcceptsCreate({ name: 'k', workspace_id: '' }, 'workspace_id')).toBe(false);
  });

  // UUIDs by the spec's format (RFC 4122's grammar: any 8-4-4-4-12 hex string) that are not RFC 9562
  // UUIDs: wrong version or variant digit.
  const wideUuids = [
    '12345678-1234-1234-1234-123456789abc', // variant digit 1
    '0df9e665-d932-0740-b2c7-b52af166bc11', // version 0
    '0df9e665-d932-5740-c2c7-b52af166bc11', // variant digit c
  ];
  it.each(wideUuids)('the spec (Prism) accepts %s', async (workspace_id) => {
    expect(await prismAcceptsCreate({ name: 'k', workspace_id }, 'workspace_id')).toBe(true);
    expect(await prismAcceptsList({ workspace_id })).toBe(true);
  });
  // scripts/generate.ts maps `format: uuid` to z.guid(): z.uuid() would also demand an RFC 9562
  // version (1-8) and variant (8-b) and refuse a request the server takes.
  it.each(wideUuids)('the generated schemas accept %s too', (workspace_id) => {
    expect(zodAcceptsCreate({ name: 'k', workspace_id })).toBe(true);
    expect(zListData.safeParse({ query: { workspace_id } }).success).toBe(true);
  });
});

describe('offset on list: an integer ≥ 0', () => {
  it.each([
    [0, true],
    [5, true],
    [100, true],
    [-1, false],
    [1.5, false],
  ])('%j → accepted: %s', async (offset, accepted) => {
    expect(zListData.safeParse({ query: { offset } }).success).toBe(accepted);
    expect(await prismAcceptsList({ offset: String(offset) })).toBe(accepted);
  });
});
