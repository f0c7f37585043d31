/** Issue 24, items 2 and 3: every status, HTML pages, stalled and dripping bodies, per-operation latency, `mock.use`, the base-URL check; through the three ways in. */
import {
  BadRequestResponseError,
  ForbiddenResponseError,
  ModelGatesDefaultError,
  NotFoundResponseError,
  RequestTimeoutError,
  UnauthorizedResponseError,
} from '@modelgates/sdk';
import { describe, expect, it } from 'vitest';
import { errorExamples } from '../src/gen/examples.gen.js';
import { createMock, DEFAULT_BASE_URL } from '../src/index.js';
import { setupWays, ways } from './ways.js';

const make = setupWays();
const hash = 'f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943';

describe.each(ways)('faults (%s)', (way) => {
  it.each([
    [400, BadRequestResponseError],
    [401, UnauthorizedResponseError],
    [403, ForbiddenResponseError],
    [404, NotFoundResponseError],
  ] as const)('%i on demand, with the spec’s error body, and nothing changes', async (status, type) => {
    const { client, mock } = await make(way);
    const mg = client('k');
    mock.failNext({ status, operation: 'updateKeys' });
    const error = await mg.apiKeys.update(hash, { name: 'never' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(type);
    expect((error as BadRequestResponseError).error).toEqual(errorExamples[status]!.error);
    expect(mock.key(hash)!.name).toBe('Production Key');
  });

  it.each([408, 502, 504])(
    '%i (not in the spec) with a JSON error body naming the status',
    async (status) => {
      const { client, mock } = await make(way);
      mock.failNext({ status });
      const error = await client('k')
        .apiKeys.list()
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ModelGatesDefaultError);
      expect(error).toMatchObject({ status });
    },
  );

  it('a custom body, and an HTML error page as a proxy sends it', async () => {
    const { client, raw, mock } = await make(way);
    mock.failNext({ status: 409, body: { error: { code: 409, message: 'custom conflict' } } });
    await expect(client('k').apiKeys.list()).rejects.toMatchObject({
      status: 409,
      error: { message: 'custom conflict' },
    });
    mock.failNext({ status: 502, html: true });
    const page = await raw('/keys', { headers: { authorization: 'Bearer k' } });
    expect(page.status).toBe(502);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toContain('<h1>502 Bad Gateway</h1>');
    mock.failNext({ status: 502, html: true });
    const error = await client('k')
      .apiKeys.list()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ModelGatesDefaultError);
    expect(error).toMatchObject({ status: 502 });
  });

  it('a stalled body: the status and headers come, the body never does (the sdk’s timeout ends it)', async () => {
    const { client, raw, mock } = await make(way);
    mock.stallNext({ operation: 'list' });
    const abort = new AbortController();
    const started = await raw('/keys', { headers: { authorization: 'Bearer k' }, signal: abort.signal });
    expect(started.status).toBe(200);
    const reader = started.body!.getReader();
    const first = await Promise.race([
      reader.read(),
      new Promise((r) => setTimeout(() => r('nothing'), 300)),
    ]);
    expect(first).toBe('nothing');
    abort.abort(); // (msw's interceptor does not let a reader cancel a body still being pulled: abort instead)
    mock.stallNext({ operation: 'list' });
    const error = await client('k', { timeoutMs: 300 })
      .apiKeys.list()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestTimeoutError);
    // Other operations are untouched, and the fault was used once.
    expect((await client('k').apiKeys.list()).data).toHaveLength(2);
  });

  it('a dripping body arrives whole, a few bytes at a time', async () => {
    const { client, raw, mock } = await make(way);
    mock.dripNext({ operation: 'getKey', chunkBytes: 64, intervalMs: 5 });
    const response = await raw(`/keys/${hash}`, { headers: { authorization: 'Bearer k' } });
    const reader = response.body!.getReader();
    const chunks: Uint8Array[] = [];
    for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(r.value);
    expect(chunks.length).toBeGreaterThan(3);
    const text = Buffer.concat(chunks).toString('utf8');
    expect(JSON.parse(text).data.hash).toBe(hash);
    mock.dripNext({ chunkBytes: 16, intervalMs: 1 });
    expect((await client('k').apiKeys.get(hash)).data.name).toBe('Production Key');
  });

  it('latency per operation: a slow list, an instant GET /key', async () => {
    const { client, mock } = await make(way, { latencyMs: { list: 60_000 } });
    const mg = client('k', { timeoutMs: 300 });
    expect((await mg.apiKeys.getCurrentKeyMetadata()).data.label).toBeTruthy();
    await expect(mg.apiKeys.list()).rejects.toBeInstanceOf(RequestTimeoutError);
    mock.setLatency(0, 'list');
    expect((await mg.apiKeys.list()).data).toHaveLength(2);
  });

  it('mock.use(operation, handler): overrides, falls through, wraps next(), counts times, and is undone', async () => {
    const { client, mock } = await make(way);
    const mg = client('k');
    const undo = mock.use('getKey', (_request, { params }) =>
      params['hash'] === hash
        ? Response.json({ error: { code: 404, message: 'hidden' } }, { status: 404 })
        : undefined,
    );
    await expect(mg.apiKeys.get(hash)).rejects.toMatchObject({ status: 404, error: { message: 'hidden' } });
    const other = mock.keys[1]!.hash;
    expect((await mg.apiKeys.get(other)).data.hash).toBe(other); // fell through to the mock
    undo();
    expect((await mg.apiKeys.get(hash)).data.hash).toBe(hash);

    mock.use(
      'list',
      async (_request, { next }) => {
        const own = (await (await next()).json()) as { data: { name: string }[] };
        return Response.json({ data: own.data.slice(0, 1) });
      },
      { times: 1 },
    );
    expect((await mg.apiKeys.list()).data.map((k) => k.name)).toEqual(['Production Key']);
    expect((await mg.apiKeys.list()).data).toHaveLength(2); // used up
    mock.use('list', () => Response.json({ data: [] }));
    mock.reset(); // reset() undoes overrides too
    expect((await mg.apiKeys.list()).data).toHaveLength(2);
  });
});

describe('mock.fetch checks the base URL (host and path prefix), like the MSW handlers', () => {
  it.each([
    ['another host', 'https://typo.example/api/v1'],
    ['another path prefix', 'https://modelgates.ai/v9'],
    ['another scheme', 'http://modelgates.ai/api/v1'],
  ])('%s is refused with an error naming both URLs', async (_, baseUrl) => {
    const mock = createMock();
    const error = await mock
      .fetch(`${baseUrl}/keys`, { headers: { authorization: 'Bearer k' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toContain(`${baseUrl}/keys`);
    expect((error as Error).message).toContain(DEFAULT_BASE_URL);
    expect(mock.calls).toEqual([]);
  });

  it('createMock({ baseUrl }) moves it; a base path like /api/v1/ with a slash works', async () => {
    const mock = createMock({ baseUrl: 'http://127.0.0.1:9/api/v1/' });
    const ok = await mock.fetch('http://127.0.0.1:9/api/v1/keys', { headers: { authorization: 'Bearer k' } });
    expect(ok.status).toBe(200);
    await expect(mock.fetch(`${DEFAULT_BASE_URL}/keys`)).rejects.toThrow('http://127.0.0.1:9/api/v1');
  });
});
