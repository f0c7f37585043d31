/**
 * Foundation contract tests: the generated functions against a real Prism serving spec/openapi.yaml.
 * Prism is stateless: it answers every call with the spec's example, so these tests check the wire
 * contract (paths, methods, bodies, status codes), not server state.
 */
import { exampleHash, requestExample, responseExample, testApiKey } from '@modelgates/test-utils';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { createClient } from '../src/runtime/index.js';
import { createKeys, deleteKeys, getCurrentKey, getKey, list, updateKeys } from '../src/gen/sdk.gen.js';

const baseUrl = inject('prismUrl');
const client = createClient({ baseUrl, auth: () => testApiKey, throwOnError: true });

describe('generated functions against Prism', () => {
  it('getCurrentKey returns the spec example', async () => {
    const { data, response } = await getCurrentKey({ client });
    expect(response.status).toBe(200);
    expect(data).toEqual(responseExample('/key', 'get', 200));
  });

  it('list returns the spec example', async () => {
    const { data } = await list({ client, query: { include_disabled: true, offset: 0 } });
    expect(data).toEqual(responseExample('/keys', 'get', 200));
  });

  it('createKeys sends the example body and gets 201 with the example', async () => {
    const body = requestExample('/keys', 'post') as Parameters<typeof createKeys>[0]['body'];
    const { data, response } = await createKeys({ client, body });
    expect(response.status).toBe(201);
    expect(data).toEqual(responseExample('/keys', 'post', 201));
  });

  it('getKey returns the spec example', async () => {
    const { data } = await getKey({ client, path: { hash: exampleHash } });
    expect(data).toEqual(responseExample('/keys/{hash}', 'get', 200));
  });

  it('updateKeys sends the example body and returns the spec example', async () => {
    const body = requestExample('/keys/{hash}', 'patch') as Parameters<typeof updateKeys>[0]['body'];
    const { data } = await updateKeys({ client, path: { hash: exampleHash }, body });
    expect(data).toEqual(responseExample('/keys/{hash}', 'patch', 200));
  });

  it('deleteKeys returns {deleted: true}', async () => {
    const { data } = await deleteKeys({ client, path: { hash: exampleHash } });
    expect(data).toEqual({ deleted: true });
    expect(data).toEqual(responseExample('/keys/{hash}', 'delete', 200));
  });
});

describe('Prism enforces the spec on raw requests', () => {
  const raw = (path: string, init: RequestInit = {}, auth = true) =>
    fetch(`${baseUrl}${path}`, {
      ...init,
      headers: {
        ...(auth ? { authorization: `Bearer ${testApiKey}` } : {}),
        ...(init.body ? { 'content-type': 'application/json' } : {}),
      },
    });
  const create = (body: unknown) => raw('/keys', { method: 'POST', body: JSON.stringify(body) });

  let valid: Record<string, unknown>;
  beforeAll(() => {
    valid = requestExample('/keys', 'post') as Record<string, unknown>;
  });

  it('accepts the example create body (201)', async () => {
    expect((await create(valid)).status).toBe(201);
  });

  /**
   * Prism answers a request that breaks the spec with its validation error. Because these operations
   * declare a 400 response (as the real service does), Prism serves that declared 400 instead of its
   * generic 422, and lists what was wrong in the `sl-violations` header.
   */
  async function expectRejected(res: Response, location: string[]) {
    expect(res.status).toBe(400);
    const violations = JSON.parse(res.headers.get('sl-violations') ?? '[]') as { location: string[] }[];
    expect(violations.map((v) => v.location.join('.'))).toContain(location.join('.'));
    await res.body?.cancel();
  }

  it.each([
    ['a bad limit_reset enum', () => ({ ...valid, limit_reset: 'yearly' }), 'limit_reset'],
    ['a missing name', () => ({ ...valid, name: undefined }), ''],
    ['an empty name', () => ({ ...valid, name: '' }), 'name'],
    ['a non-UTC expires_at', () => ({ ...valid, expires_at: '2027-12-31T23:59:59+02:00' }), 'expires_at'],
    ['an expires_at without offset', () => ({ ...valid, expires_at: '2027-12-31T23:59:59' }), 'expires_at'],
    ['a minute-only expires_at', () => ({ ...valid, expires_at: '2027-12-31T23:59Z' }), 'expires_at'],
    ['a non-uuid workspace_id', () => ({ ...valid, workspace_id: 'ws 1' }), 'workspace_id'],
  ])('rejects %s on create', async (_, body, field) => {
    await expectRejected(await create(body()), ['request', 'body', ...(field ? [field] : [])]);
  });

  it('rejects a negative offset on list', async () => {
    await expectRejected(await raw('/keys?offset=-1'), ['request', 'query', 'offset']);
  });

  it('rejects a non-uuid workspace_id on list', async () => {
    await expectRejected(await raw('/keys?workspace_id=ws%201'), ['request', 'query', 'workspace_id']);
  });

  it('rejects an unknown limit_reset on update', async () => {
    const res = await raw(`/keys/${exampleHash}`, {
      method: 'PATCH',
      body: JSON.stringify({ limit_reset: 'hourly' }),
    });
    await expectRejected(res, ['request', 'body', 'limit_reset']);
  });

  it('answers 401 without an Authorization header', async () => {
    const res = await raw('/key', {}, false);
    expect(res.status).toBe(401);
    const body = (await res.json()) as { error?: { code: number } };
    expect(body.error?.code).toBe(401);
  });
});
