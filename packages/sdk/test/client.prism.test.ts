/**
 * The ModelGates client against a real Prism serving spec/openapi.yaml. Prism is stateless (a
 * created key is not listed afterwards, a deleted one comes back), so these tests check what the
 * client sends and how it reads answers, not server state.
 */
import {
  exampleHash,
  exampleWorkspace,
  requestExample,
  responseExample,
  testApiKey,
} from '@modelgates/test-utils';
import { describe, expect, inject, it } from 'vitest';
import {
  BadRequestResponseError,
  ForbiddenResponseError,
  InternalServerResponseError,
  ModelGates,
  NotFoundResponseError,
  SDKValidationError,
  TooManyRequestsResponseError,
  UnauthorizedResponseError,
  type CreateKeyInput,
} from '../src/index.js';

const baseUrl = inject('prismUrl');

/** A client whose fetch counts what actually goes out. */
function counted(options: ConstructorParameters<typeof ModelGates>[0] = {}) {
  const sent: Request[] = [];
  const mg = new ModelGates({
    apiKey: testApiKey,
    baseUrl,
    retries: { strategy: 'none' },
    ...options,
    fetch: (input, init) => {
      const req = new Request(input, init);
      sent.push(req.clone());
      return fetch(req);
    },
  });
  return { mg, sent };
}

describe('the six operations against Prism', () => {
  const { mg } = counted();

  it('getCurrentKeyMetadata', async () => {
    expect(await mg.apiKeys.getCurrentKeyMetadata()).toEqual(responseExample('/key', 'get', 200));
  });

  it('list (with every query parameter)', async () => {
    const page = await mg.apiKeys.list({ include_disabled: true, offset: 0, workspace_id: exampleWorkspace });
    expect(page).toEqual(responseExample('/keys', 'get', 200));
  });

  it('create (201) with a Date expiry', async () => {
    const body = {
      ...(requestExample('/keys', 'post') as CreateKeyInput),
      expires_at: new Date(Date.UTC(2027, 11, 31, 23, 59, 59)),
    };
    const { data, response } = await mg.apiKeys.create(body).withResponse();
    expect(response.status).toBe(201);
    expect(data).toEqual(responseExample('/keys', 'post', 201));
  });

  it('get', async () => {
    expect(await mg.apiKeys.get(exampleHash)).toEqual(responseExample('/keys/{hash}', 'get', 200));
  });

  it('update', async () => {
    const body = requestExample('/keys/{hash}', 'patch') as Parameters<typeof mg.apiKeys.update>[1];
    expect(await mg.apiKeys.update(exampleHash, body)).toEqual(responseExample('/keys/{hash}', 'patch', 200));
  });

  it('delete', async () => {
    expect(await mg.apiKeys.delete(exampleHash)).toEqual({ deleted: true });
  });

  it('listAll stops after a short page', async () => {
    const { mg: m, sent } = counted();
    const names: string[] = [];
    for await (const key of m.apiKeys.listAll({ include_disabled: true })) names.push(key.name);
    expect(names).toEqual(
      (responseExample('/keys', 'get', 200) as { data: { name: string }[] }).data.map((k) => k.name),
    );
    expect(sent).toHaveLength(1);
    expect(new URL(sent[0]!.url).searchParams.get('offset')).toBe('0');
  });
});

describe('every declared error status maps to its typed error', () => {
  const cases = [
    ['list', 400, BadRequestResponseError],
    ['list', 401, UnauthorizedResponseError],
    ['create', 403, ForbiddenResponseError],
    ['get', 404, NotFoundResponseError],
    ['delete', 404, NotFoundResponseError],
    ['update', 404, NotFoundResponseError],
    ['list', 429, TooManyRequestsResponseError],
    ['get', 500, InternalServerResponseError],
    ['current', 500, InternalServerResponseError],
  ] as const;
  const { mg } = counted();
  const call = (op: (typeof cases)[number][0], status: number) => {
    const options = { headers: { Prefer: `code=${status}` } };
    switch (op) {
      case 'list':
        return mg.apiKeys.list(undefined, options);
      case 'create':
        return mg.apiKeys.create({ name: 'x' }, options);
      case 'get':
        return mg.apiKeys.get(exampleHash, options);
      case 'delete':
        return mg.apiKeys.delete(exampleHash, options);
      case 'update':
        return mg.apiKeys.update(exampleHash, { name: 'y' }, options);
      case 'current':
        return mg.apiKeys.getCurrentKeyMetadata(options);
    }
  };

  it.each(cases)('%s with Prefer: code=%i', async (op, status, ErrorClass) => {
    const error = await call(op, status).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ErrorClass);
    const e = error as InstanceType<typeof ErrorClass>;
    expect(e.status).toBe(status);
    expect(e.error?.code).toBe(status);
    expect(e.error?.message).toBeTruthy();
    expect(e.message).toContain(`HTTP ${status}`);
    expect(e.message).not.toContain(testApiKey);
  });

  it('a missing API key is a 401 UnauthorizedResponseError from the server', async () => {
    const mg2 = new ModelGates({ baseUrl, apiKey: '', retries: { strategy: 'none' } });
    await expect(mg2.apiKeys.getCurrentKeyMetadata()).rejects.toBeInstanceOf(UnauthorizedResponseError);
  });
});

describe('bad input never reaches Prism', () => {
  const bad: [string, (mg: ModelGates) => Promise<unknown>, string][] = [
    ['empty name', (mg) => mg.apiKeys.create({ name: '' }), 'name'],
    [
      'non-uuid workspace_id on create',
      (mg) => mg.apiKeys.create({ name: 'a', workspace_id: 'ws 1' }),
      'workspace_id',
    ],
    ['non-uuid workspace_id on list', (mg) => mg.apiKeys.list({ workspace_id: 'nope' }), 'workspace_id'],
    [
      'unknown limit_reset',
      (mg) => mg.apiKeys.create({ name: 'a', limit_reset: 'yearly' as never }),
      'limit_reset',
    ],
    [
      'unknown limit_reset on update',
      (mg) => mg.apiKeys.update(exampleHash, { limit_reset: 'hourly' as never }),
      'limit_reset',
    ],
    ['negative offset', (mg) => mg.apiKeys.list({ offset: -1 }), 'offset'],
    ['fractional offset', (mg) => mg.apiKeys.list({ offset: 1.5 }), 'offset'],
    ['empty hash', (mg) => mg.apiKeys.get(''), 'hash'],
    ['dot-dot hash', (mg) => mg.apiKeys.delete('..'), 'hash'],
    [
      'non-UTC expires_at',
      (mg) => mg.apiKeys.create({ name: 'a', expires_at: '2027-12-31T23:59:59+02:00' }),
      'expires_at',
    ],
    [
      'expires_at without offset',
      (mg) => mg.apiKeys.create({ name: 'a', expires_at: '2027-12-31T23:59:59' }),
      'expires_at',
    ],
    ['invalid Date', (mg) => mg.apiKeys.create({ name: 'a', expires_at: new Date('nope') }), 'expires_at'],
    ['wrong type', (mg) => mg.apiKeys.update(exampleHash, { disabled: 'yes' as never }), 'disabled'],
  ];

  it.each(bad)('%s', async (_, call, field) => {
    const { mg, sent } = counted();
    const error = await call(mg).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SDKValidationError);
    expect((error as SDKValidationError).field).toBe(field);
    expect((error as SDKValidationError).message).toMatch(new RegExp(`^Invalid .* request: ${field} `));
    expect(sent).toHaveLength(0);
  });

  // The spec's `pattern: '\S'` on the name fields: whitespace alone is not a name, on every surface.
  it.each([
    ['create', (mg: ModelGates) => mg.apiKeys.create({ name: ' \t ' })],
    ['update', (mg: ModelGates) => mg.apiKeys.update(exampleHash, { name: '   ' })],
  ])('a blank name on %s: "must not be blank", nothing sent', async (_, call) => {
    const { mg, sent } = counted();
    const error = await call(mg).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SDKValidationError);
    expect((error as SDKValidationError).issues).toEqual([{ path: ['name'], message: 'must not be blank' }]);
    expect(sent).toHaveLength(0);
  });
});
