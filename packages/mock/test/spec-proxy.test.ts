/**
 * The mock, proven against the spec: a workload through Prism's validating proxy
 * (`prism proxy spec/openapi.yaml <mock> --errors`), with every response also parsed by the
 * @modelgates/zod schemas. Prism checks each request and each response of the mock against
 * spec/openapi.yaml and reports what breaks it in the `sl-violations` header.
 */
import { ForbiddenResponseError, ModelGates, NotFoundResponseError, operations } from '@modelgates/sdk';
import { exampleHash, type PrismServer, requestExample, spec, startPrism } from '@modelgates/test-utils';
import { operationSchemas, zErrorResponse } from '@modelgates/zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OperationName } from '../src/index.js';
import { route } from '../src/internal/routes.js';
import { listen, type MockServer } from '../src/server.js';

const management = 'sk-or-v1-proxy-management-key';
const ordinary = 'sk-or-v1-proxy-ordinary-key';
const noRetry = { retries: { strategy: 'none' } } as const;

/** The operation of a call, by the registry's method and path template (the mock's own routing). */
function operationOf(method: string, path: string): OperationName {
  const found = route(method, path, '');
  if (!found) throw new Error(`no operation is ${method} ${path}`);
  return found.operation;
}

interface Seen {
  call: string;
  status: number;
  violations: { location: string[]; severity: string; message: string }[];
  zod: boolean;
}

let mock: MockServer;
let strict: PrismServer;
let observing: PrismServer;
const seen: Seen[] = [];

/** Records what the proxy answered: status, violations, and whether zod accepts the body. */
async function record(method: string, url: string, response: Response): Promise<void> {
  const path = new URL(url).pathname;
  const operation = operationOf(method, path);
  const text = await response.clone().text();
  const body = text ? JSON.parse(text) : undefined;
  const schema = response.ok ? operationSchemas[operation].response : zErrorResponse;
  seen.push({
    call: `${method} ${path.replace(/[0-9a-f]{64}/, '{hash}')} ${response.status}`,
    status: response.status,
    violations: JSON.parse(response.headers.get('sl-violations') ?? '[]'),
    zod: schema.safeParse(body).success,
  });
}

const recordingFetch: typeof fetch = async (input, init) => {
  const request = new Request(input, init);
  const response = await fetch(request);
  await record(request.method, request.url, response);
  return response;
};

beforeAll(async () => {
  mock = await listen({ log: false, managementKeys: [management] });
  [strict, observing] = await Promise.all([
    startPrism({ proxy: mock.url, errors: true }),
    startPrism({ proxy: mock.url }),
  ]);
}, 60_000);
afterAll(async () => {
  await Promise.all([strict?.stop(), observing?.stop()]);
  await mock?.close();
});

describe('prism proxy --errors in front of the mock', () => {
  it('every operation and every declared error: zero violations, and zod parses every body', async () => {
    mock.mock.reset();
    seen.length = 0;
    const mg = new ModelGates({ apiKey: management, baseUrl: strict.url, fetch: recordingFetch });
    const other = new ModelGates({ apiKey: ordinary, baseUrl: strict.url, fetch: recordingFetch });

    await mg.apiKeys.getCurrentKeyMetadata();
    await other.apiKeys.getCurrentKeyMetadata();
    await mg.apiKeys.list();
    await mg.apiKeys.list({
      include_disabled: true,
      offset: 1,
      workspace_id: '0df9e665-d932-5740-b2c7-b52af166bc11',
    });
    await mg.apiKeys.list({ offset: 500 });
    const created = await mg.apiKeys.create({
      name: 'proxied',
      creator_user_id: 'user_2dHFtVWx2n56w6HkM0000000000',
      expires_at: '2027-12-31T23:59:59Z',
      include_byok_in_limit: true,
      limit: 25,
      limit_reset: 'weekly',
      workspace_id: '0df9e665-d932-5740-b2c7-b52af166bc11',
    });
    await mg.apiKeys.create({ name: 'minimal' });
    const hash = created.data.hash;
    await mg.apiKeys.get(hash);
    await mg.apiKeys.update(hash, {
      name: 'renamed',
      disabled: true,
      include_byok_in_limit: false,
      limit: null,
      limit_reset: null,
    });
    await mg.apiKeys.update(hash, {});
    await mg.apiKeys.delete(hash);
    // 404s: get after delete, and unknown hashes.
    await expect(mg.apiKeys.get(hash, noRetry)).rejects.toBeInstanceOf(NotFoundResponseError);
    await expect(mg.apiKeys.update('0'.repeat(64), { name: 'x' }, noRetry)).rejects.toBeInstanceOf(
      NotFoundResponseError,
    );
    await expect(mg.apiKeys.delete('0'.repeat(64), noRetry)).rejects.toBeInstanceOf(NotFoundResponseError);
    // 403: a non-management key creating a key (the one operation whose 403 the spec declares).
    await expect(other.apiKeys.create({ name: 'x' }, noRetry)).rejects.toBeInstanceOf(ForbiddenResponseError);
    // Injected faults with the statuses each operation declares: 429 (five operations) and 500 (all six).
    const calls: [OperationName, () => Promise<unknown>][] = [
      ['getCurrentKey', () => mg.apiKeys.getCurrentKeyMetadata(noRetry)],
      ['list', () => mg.apiKeys.list(undefined, noRetry)],
      ['createKeys', () => mg.apiKeys.create({ name: 'x' }, noRetry)],
      ['getKey', () => mg.apiKeys.get('0'.repeat(64), noRetry)],
      ['updateKeys', () => mg.apiKeys.update('0'.repeat(64), { name: 'x' }, noRetry)],
      ['deleteKeys', () => mg.apiKeys.delete('0'.repeat(64), noRetry)],
    ];
    for (const [operation, call] of calls) {
      for (const status of operation === 'getCurrentKey' ? ([500] as const) : ([429, 500] as const)) {
        mock.mock.failNext({ status, operation });
        await expect(call()).rejects.toMatchObject({ status });
      }
    }

    expect(seen.filter((s) => s.violations.length > 0)).toEqual([]);
    expect(seen.filter((s) => !s.zod)).toEqual([]);
    expect(seen.map((s) => s.call)).toEqual([
      'GET /key 200',
      'GET /key 200',
      'GET /keys 200',
      'GET /keys 200',
      'GET /keys 200',
      'POST /keys 201',
      'POST /keys 201',
      'GET /keys/{hash} 200',
      'PATCH /keys/{hash} 200',
      'PATCH /keys/{hash} 200',
      'DELETE /keys/{hash} 200',
      'GET /keys/{hash} 404',
      'PATCH /keys/{hash} 404',
      'DELETE /keys/{hash} 404',
      'POST /keys 403',
      'GET /key 500',
      'GET /keys 429',
      'GET /keys 500',
      'POST /keys 429',
      'POST /keys 500',
      'GET /keys/{hash} 429',
      'GET /keys/{hash} 500',
      'PATCH /keys/{hash} 429',
      'PATCH /keys/{hash} 500',
      'DELETE /keys/{hash} 429',
      'DELETE /keys/{hash} 500',
    ]);
    // Every call reached the mock: none was answered by Prism itself.
    expect(mock.mock.calls).toHaveLength(seen.length);
  }, 60_000);
});

/**
 * With `--errors`, Prism answers a request that breaks the spec itself (422, or 401 without a
 * key) and never forwards it. These go through a second proxy without `--errors`, which forwards
 * them and still lists every violation: the only ones allowed are the request's own (sent on
 * purpose), never the mock's response. The strict proxy is asked too, to show that it refuses the
 * same requests: the mock's rules are the spec's.
 */
describe(
  'requests that break the spec: the mock refuses them as Prism does, with spec-true 400/401 answers',
  { timeout: 30_000 },
  () => {
    const bad: [string, string, RequestInit & { key?: string | null }][] = [
      ['no bearer key', '/keys', { key: null }],
      ['missing name', '/keys', { method: 'POST', body: '{}' }],
      ['empty name', '/keys', { method: 'POST', body: '{"name":""}' }],
      [
        'non-UTC expires_at',
        '/keys',
        { method: 'POST', body: '{"name":"x","expires_at":"2027-12-31T23:59:59+02:00"}' },
      ],
      ['unknown limit_reset', '/keys', { method: 'POST', body: '{"name":"x","limit_reset":"yearly"}' }],
      [
        'non-UUID workspace_id (create)',
        '/keys',
        { method: 'POST', body: '{"name":"x","workspace_id":"ws-1"}' },
      ],
      ['negative offset', '/keys?offset=-1', {}],
      ['non-UUID workspace_id (list)', '/keys?workspace_id=ws%201', {}],
      ['unknown limit_reset (update)', '/keys/abc', { method: 'PATCH', body: '{"limit_reset":"hourly"}' }],
    ];

    it.each(bad)('%s', async (_, path, { key = management, ...init }) => {
      const headers = {
        'content-type': 'application/json',
        ...(key ? { authorization: `Bearer ${key}` } : {}),
      };
      const expected = key ? 400 : 401;
      const refused = await fetch(`${strict.url}${path}`, { ...init, headers });
      expect(refused.status).toBe(key ? 422 : 401);
      const before = mock.mock.calls.length;
      const response = await fetch(`${observing.url}${path}`, { ...init, headers });
      expect(mock.mock.calls.length).toBe(before + 1);
      expect(response.status).toBe(expected);
      const body = await response.json();
      expect(zErrorResponse.safeParse(body).success).toBe(true);
      expect(body.error.code).toBe(expected);
      const violations = JSON.parse(response.headers.get('sl-violations') ?? '[]') as {
        location: string[];
      }[];
      expect(violations.length).toBeGreaterThan(0);
      expect(violations.filter((v) => v.location[0] !== 'request')).toEqual([]);
    });
  },
);

/**
 * What the mock can produce that the spec does not declare, pinned so a spec change shows up:
 * 403 on the four management operations other than create (the spec says they need a management
 * key but declares 403 only on create), 429 on GET /key and 503 anywhere (injected faults for
 * testing the sdk's default error). Prism's only complaint is the undeclared status itself.
 */
describe('statuses the spec does not declare for an operation', { timeout: 30_000 }, () => {
  it('draw only Prism’s "status code not in the document" warning; the body is still the error schema', async () => {
    mock.mock.reset();
    const send = (path: string, method = 'GET', key = management) =>
      fetch(`${observing.url}${path}`, { method, headers: { authorization: `Bearer ${key}` } });
    const responses: Response[] = [];
    responses.push(await send('/keys', 'GET', ordinary));
    responses.push(await send('/keys/abc', 'GET', ordinary));
    mock.mock.failNext({ status: 429, operation: 'getCurrentKey' });
    responses.push(await send('/key'));
    mock.mock.failNext({ status: 503 });
    responses.push(await send('/keys'));
    expect(responses.map((r) => r.status)).toEqual([403, 403, 429, 503]);
    for (const response of responses) {
      expect(zErrorResponse.safeParse(await response.json()).success).toBe(true);
      const violations = JSON.parse(response.headers.get('sl-violations') ?? '[]') as {
        location: string[];
        message: string;
      }[];
      expect(violations).toHaveLength(1);
      expect(violations[0]!.location).toEqual(['response']);
      expect(violations[0]!.message).toMatch(/^Unable to match the returned status code/);
    }
  });
});

/**
 * Issue 24's additions, through the strict proxy: keys as credentials (`auth: 'keys'`), every error
 * status each operation declares injected with the spec's body, `GET /key` describing a created key,
 * and a dripped body. Prism must report no violation on any of them.
 */
describe('credentials and every declared status, behind prism proxy --errors', { timeout: 60_000 }, () => {
  it('zero violations', async () => {
    const keysMock = await listen({ log: false, auth: 'keys', managementKeys: [management] });
    const proxy = await startPrism({ proxy: keysMock.url, errors: true });
    try {
      seen.length = 0;
      const as = (apiKey: string) =>
        new ModelGates({ apiKey, baseUrl: proxy.url, fetch: recordingFetch, retries: { strategy: 'none' } });
      const mg = as(management);
      const created = await mg.apiKeys.create({
        name: 'credential',
        limit: 5,
        expires_at: '2099-01-01T00:00:00Z',
      });
      const app = as(created.key);
      expect((await app.apiKeys.getCurrentKeyMetadata()).data.label).toBe(created.data.label);
      await expect(app.apiKeys.create({ name: 'x' })).rejects.toMatchObject({ status: 403 });
      await mg.apiKeys.update(created.data.hash, { disabled: true });
      await expect(app.apiKeys.getCurrentKeyMetadata()).rejects.toMatchObject({ status: 401 });
      await expect(as('sk-or-v1-unknown').apiKeys.list()).rejects.toMatchObject({ status: 401 });
      keysMock.mock.dripNext({ operation: 'list', chunkBytes: 256, intervalMs: 1 });
      expect((await mg.apiKeys.list({ include_disabled: true })).data.length).toBe(4);

      // Every error status every operation declares, injected, with the spec's body.
      let injected = 0;
      for (const [operation, op] of Object.entries(operations) as [
        OperationName,
        (typeof operations)[OperationName],
      ][]) {
        const declared = Object.keys(spec.paths[op.path]![op.method.toLowerCase()]!.responses)
          .map(Number)
          .filter((s) => s >= 400);
        for (const status of declared) {
          keysMock.mock.failNext({ status, operation });
          const url = `${proxy.url}${op.path.replace('{hash}', exampleHash)}`;
          const body = op.body ? JSON.stringify(requestExample(op.path, op.method.toLowerCase())) : undefined;
          const response = await recordingFetch(url, {
            method: op.method,
            headers: { authorization: `Bearer ${management}`, 'content-type': 'application/json' },
            body,
          });
          expect(response.status).toBe(status);
          injected++;
        }
      }
      expect(injected).toBeGreaterThanOrEqual(20);
      expect(seen.filter((s) => s.violations.length > 0)).toEqual([]);
      expect(seen.filter((s) => !s.zod)).toEqual([]);
      expect(keysMock.mock.calls).toHaveLength(seen.length);
    } finally {
      await proxy.stop();
      await keysMock.close();
    }
  });
});
