/** What goes on the wire for every operation, checked with an injected fetch. */
import { describe, expect, it } from 'vitest';
import { ModelGates } from '../src/index.js';
import { createdBody, fakeFetch, json, keyBody, listBody } from './helpers.js';

const hash = 'f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943';
const ws = '0df9e665-d932-5740-b2c7-b52af166bc11';

function client(options: ConstructorParameters<typeof ModelGates>[0] = {}) {
  const f = fakeFetch((_, req) => {
    if (req.method === 'DELETE') return json({ deleted: true });
    if (req.method === 'POST') return json(createdBody(), 201);
    if (req.url.pathname.endsWith('/keys')) return json(listBody());
    if (req.url.pathname.endsWith('/key')) return json(JSON.parse(JSON.stringify({ data: {} })));
    return json(keyBody());
  });
  const mg = new ModelGates({
    apiKey: 'sk-test-secret',
    baseUrl: 'https://api.example/v1/',
    fetch: f,
    ...options,
  });
  return { mg, calls: f.calls };
}

describe('requests on the wire', () => {
  it('list: GET /keys with form-encoded query, unset parameters omitted', async () => {
    const { mg, calls } = client();
    await mg.apiKeys.list({ include_disabled: false, offset: 200, workspace_id: ws });
    await mg.apiKeys.list();
    expect(calls[0]!.method).toBe('GET');
    expect(calls[0]!.url.pathname).toBe('/v1/keys');
    expect(calls[0]!.url.search).toBe(`?include_disabled=false&offset=200&workspace_id=${ws}`);
    expect(calls[1]!.url.search).toBe('');
    expect(calls[0]!.headers.get('authorization')).toBe('Bearer sk-test-secret');
    expect(calls[0]!.headers.has('content-type')).toBe(false);
    expect(calls[0]!.body).toBe('');
  });

  it('create: POST /keys with JSON, null kept and undefined dropped, Date sent as UTC', async () => {
    const { mg, calls } = client();
    await mg.apiKeys.create({
      name: 'k',
      limit: null,
      limit_reset: null,
      creator_user_id: undefined,
      expires_at: new Date('2027-12-31T23:59:59.000Z'),
    });
    expect(calls[0]!.method).toBe('POST');
    expect(calls[0]!.url.pathname).toBe('/v1/keys');
    expect(calls[0]!.headers.get('content-type')).toBe('application/json');
    expect(JSON.parse(calls[0]!.body)).toStrictEqual({
      name: 'k',
      limit: null,
      limit_reset: null,
      expires_at: '2027-12-31T23:59:59.000Z',
    });
  });

  it('get, update, delete: /keys/{hash} with the hash percent-encoded', async () => {
    const { mg, calls } = client();
    await mg.apiKeys.get('a/b c');
    await mg.apiKeys.update('a/b c', { disabled: true, limit: null });
    await mg.apiKeys.delete('a/b c?x#y');
    expect(calls.map((c) => `${c.method} ${c.url.pathname}${c.url.search}`)).toEqual([
      'GET /v1/keys/a%2Fb%20c',
      'PATCH /v1/keys/a%2Fb%20c',
      'DELETE /v1/keys/a%2Fb%20c%3Fx%23y',
    ]);
    expect(JSON.parse(calls[1]!.body)).toStrictEqual({ disabled: true, limit: null });
  });

  it('getCurrentKeyMetadata: GET /key', async () => {
    const { mg, calls } = client({ validateResponses: false });
    await mg.apiKeys.getCurrentKeyMetadata();
    expect(`${calls[0]!.method} ${calls[0]!.url.pathname}`).toBe('GET /v1/key');
  });
});

describe('attribution headers', () => {
  const names = ['HTTP-Referer', 'X-OpenRouter-Title', 'X-OpenRouter-Categories'] as const;

  it('are not sent when undefined', async () => {
    const { mg, calls } = client();
    await mg.apiKeys.list();
    for (const n of names) expect(calls[0]!.headers.has(n)).toBe(false);
  });

  it('are sent from the client on every operation', async () => {
    const { mg, calls } = client({
      httpReferer: 'https://app.example',
      appTitle: 'App',
      appCategories: 'cli-agent,cloud-agent',
    });
    await mg.apiKeys.getCurrentKeyMetadata().catch(() => {});
    await mg.apiKeys.list();
    await mg.apiKeys.create({ name: 'x' });
    await mg.apiKeys.get(hash);
    await mg.apiKeys.update(hash, {});
    await mg.apiKeys.delete(hash);
    expect(calls).toHaveLength(6);
    for (const c of calls) {
      expect([c.headers.get(names[0]), c.headers.get(names[1]), c.headers.get(names[2])]).toEqual([
        'https://app.example',
        'App',
        'cli-agent,cloud-agent',
      ]);
    }
  });

  it('per-call values win over client values; unset per-call values keep the client value', async () => {
    const { mg, calls } = client({ httpReferer: 'https://app.example', appTitle: 'App' });
    await mg.apiKeys.list(undefined, {
      appTitle: 'Per call',
      appCategories: 'cli-agent',
      headers: { 'X-Extra': '1' },
    });
    expect(calls[0]!.headers.get('HTTP-Referer')).toBe('https://app.example');
    expect(calls[0]!.headers.get('X-OpenRouter-Title')).toBe('Per call');
    expect(calls[0]!.headers.get('X-OpenRouter-Categories')).toBe('cli-agent');
    expect(calls[0]!.headers.get('X-Extra')).toBe('1');
  });
});

describe('auth', () => {
  it('accepts an async key function, called per request (rotation)', async () => {
    let n = 0;
    const { mg, calls } = client({ apiKey: async () => `key-${++n}` });
    await mg.apiKeys.list();
    await mg.apiKeys.list();
    expect(calls.map((c) => c.headers.get('authorization'))).toEqual(['Bearer key-1', 'Bearer key-2']);
  });

  it('defaults to MODELGATES_API_KEY', async () => {
    const before = process.env.MODELGATES_API_KEY;
    process.env.MODELGATES_API_KEY = 'from-env';
    try {
      const f = fakeFetch(() => json(listBody()));
      await new ModelGates({ baseUrl: 'https://api.example', fetch: f }).apiKeys.list();
      expect(f.calls[0]!.headers.get('authorization')).toBe('Bearer from-env');
    } finally {
      if (before === undefined) delete process.env.MODELGATES_API_KEY;
      else process.env.MODELGATES_API_KEY = before;
    }
  });

  it('defaults the base URL to production', async () => {
    const f = fakeFetch(() => json(listBody()));
    await new ModelGates({ apiKey: 'k', fetch: f }).apiKeys.list();
    expect(f.calls[0]!.url.href).toBe('https://modelgates.ai/api/v1/keys');
  });
});

describe('raw response and request id', () => {
  it('withResponse gives the parsed data, the Response and the request id', async () => {
    const f = fakeFetch(() => json(listBody(), 200, { 'x-request-id': 'req_123' }));
    const mg = new ModelGates({ apiKey: 'k', baseUrl: 'https://api.example', fetch: f });
    const { data, response, requestId } = await mg.apiKeys.list().withResponse();
    expect(data.data).toHaveLength(3);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('req_123');
    expect(requestId).toBe('req_123');
  });

  it('responses keep unknown extra fields (the service adds fields over time)', async () => {
    const body = JSON.parse(keyBody());
    body.data.brand_new_field = 42;
    body.extra_top = 'x';
    const f = fakeFetch(() => json(body));
    const mg = new ModelGates({ apiKey: 'k', baseUrl: 'https://api.example', fetch: f });
    const got = (await mg.apiKeys.get(hash)) as unknown as typeof body;
    expect(got.data.brand_new_field).toBe(42);
    expect(got.extra_top).toBe('x');
  });
});
