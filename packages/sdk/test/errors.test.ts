/** Error mapping for bodies Prism cannot produce, and keeping secrets out of errors and logs. */
import { describe, expect, it } from 'vitest';
import {
  APIError,
  BadRequestResponseError,
  ForbiddenResponseError,
  InternalServerResponseError,
  ModelGates,
  ModelGatesDefaultError,
  ModelGatesError,
  NotFoundResponseError,
  ResponseValidationError,
  TooManyRequestsResponseError,
  UnauthorizedResponseError,
} from '../src/index.js';
import { createdBody, fakeFetch, httpServer, json, keyBody, listBody } from './helpers.js';

const hash = 'f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943';
const base = 'https://api.example';
const apiKey = 'sk-or-v1-SECRET-0123456789abcdef';
const createdSecret = JSON.parse(createdBody()).key as string;
const noRetry = { strategy: 'none' } as const;
const errorOf = (p: PromiseLike<unknown>) =>
  Promise.resolve(p).then(
    () => undefined,
    (e: unknown) => e as ModelGatesError,
  );

describe('HTTP errors map by status on every operation', () => {
  const classes = [
    [400, BadRequestResponseError],
    [401, UnauthorizedResponseError],
    [403, ForbiddenResponseError],
    [404, NotFoundResponseError],
    [429, TooManyRequestsResponseError],
    [500, InternalServerResponseError],
    [409, ModelGatesDefaultError],
    [502, ModelGatesDefaultError],
  ] as const;
  it.each(classes)('%i -> %o on all six operations', async (status, Class) => {
    const f = fakeFetch(() =>
      json({ error: { code: status, message: `m${status}`, metadata: { a: 1 } } }, status, {
        'x-request-id': 'rid',
      }),
    );
    const mg = new ModelGates({ apiKey, baseUrl: base, fetch: f, retries: noRetry });
    const calls = [
      mg.apiKeys.getCurrentKeyMetadata(),
      mg.apiKeys.list(),
      mg.apiKeys.create({ name: 'n' }),
      mg.apiKeys.get(hash),
      mg.apiKeys.update(hash, {}),
      mg.apiKeys.delete(hash),
    ];
    for (const call of calls) {
      const e = (await errorOf(call)) as APIError;
      expect(e).toBeInstanceOf(Class);
      expect(e).toBeInstanceOf(APIError);
      expect(e).toBeInstanceOf(ModelGatesError);
      expect(e.status).toBe(status);
      expect(e.error).toEqual({ code: status, message: `m${status}`, metadata: { a: 1 } });
      expect(e.requestId).toBe('rid');
      expect(e.headers.get('x-request-id')).toBe('rid');
      expect(JSON.parse(e.body)).toMatchObject({ error: { code: status } });
    }
  });
});

describe('bodies Prism cannot produce (node:http on 127.0.0.1)', () => {
  it('an HTML 502 from a proxy is ModelGatesDefaultError with the raw text', async () => {
    const html = '<html><body><h1>502 Bad Gateway</h1></body></html>';
    const server = await httpServer((_, res) => {
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end(html);
    });
    try {
      const e = (await errorOf(
        new ModelGates({ apiKey, baseUrl: server.url, retries: noRetry }).apiKeys.list(),
      )) as APIError;
      expect(e).toBeInstanceOf(ModelGatesDefaultError);
      expect(e.status).toBe(502);
      expect(e.body).toBe(html);
      expect(e.error).toBeUndefined();
      expect(e.message).toBe(`GET ${server.url}/keys failed with HTTP 502: non-JSON error body`);
    } finally {
      await server.close();
    }
  });

  it('a 4xx with a non-JSON body is the default error even for a declared status', async () => {
    const server = await httpServer((_, res) => {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not here');
    });
    try {
      const e = await errorOf(new ModelGates({ apiKey, baseUrl: server.url }).apiKeys.get(hash));
      expect(e).toBeInstanceOf(ModelGatesDefaultError);
    } finally {
      await server.close();
    }
  });

  it('malformed JSON on a 200 is a ResponseValidationError', async () => {
    const server = await httpServer((_, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'x-request-id': 'req_bad' });
      res.end('{"data": [ {"hash": ');
    });
    try {
      const e = (await errorOf(
        new ModelGates({ apiKey, baseUrl: server.url }).apiKeys.list(),
      )) as ResponseValidationError;
      expect(e).toBeInstanceOf(ResponseValidationError);
      expect(e.message).toBe('Unexpected response from GET /keys: body is not valid JSON');
      expect(e.status).toBe(200);
      expect(e.requestId).toBe('req_bad');
      // No SyntaxError as cause: its message quotes the start of the body.
      expect(e.cause).toBeUndefined();
    } finally {
      await server.close();
    }
  });

  it('a 204 where a body is expected is a ResponseValidationError; a 204 to DELETE means deleted', async () => {
    const server = await httpServer((_, res) => {
      res.writeHead(204);
      res.end();
    });
    try {
      const mg = new ModelGates({ apiKey, baseUrl: server.url });
      const e = await errorOf(mg.apiKeys.get(hash));
      expect(e).toBeInstanceOf(ResponseValidationError);
      expect(e!.message).toContain('HTTP 204 came with an empty body');
      await expect(mg.apiKeys.delete(hash)).resolves.toEqual({ deleted: true });
    } finally {
      await server.close();
    }
  });

  it('a huge error body is truncated and not buffered whole', async () => {
    const chunk = 'x'.repeat(64 * 1024);
    let written = 0;
    const server = await httpServer((_, res) => {
      res.writeHead(500, { 'content-type': 'text/plain' });
      // 64 MiB in all, written while the client reads: the client must stop early.
      const write = () => {
        while (written < 1024 && res.write(chunk)) written++;
        if (written < 1024) res.once('drain', write);
        else res.end();
      };
      res.on('close', () => (written = 1024));
      write();
    });
    try {
      const e = (await errorOf(
        new ModelGates({ apiKey, baseUrl: server.url, retries: noRetry }).apiKeys.list(),
      )) as APIError;
      expect(e).toBeInstanceOf(ModelGatesDefaultError);
      expect(e.body.length).toBeLessThan(70 * 1024);
      expect(e.body.endsWith('… [truncated]')).toBe(true);
    } finally {
      await server.close();
    }
  });
});

describe('response validation', () => {
  it('names the field path of a response that breaks the schema', async () => {
    const body = JSON.parse(listBody());
    body.data[1].usage = 'lots';
    delete body.data[2].hash;
    const f = fakeFetch(() => json(body));
    const e = (await errorOf(
      new ModelGates({ apiKey, baseUrl: base, fetch: f }).apiKeys.list(),
    )) as ResponseValidationError;
    expect(e).toBeInstanceOf(ResponseValidationError);
    expect(e.issues.map((i) => i.path.join('.'))).toEqual(['data.1.usage', 'data.2.hash']);
    expect(e.message).toBe(
      'Unexpected response from GET /keys: data.1.usage must be a number, not string; data.2.hash is required',
    );
  });

  it('delete accepts only {deleted: true}', async () => {
    const f = fakeFetch(() => json({ deleted: false }));
    await expect(
      new ModelGates({ apiKey, baseUrl: base, fetch: f }).apiKeys.delete(hash),
    ).rejects.toBeInstanceOf(ResponseValidationError);
  });

  it('can be turned off', async () => {
    const body = JSON.parse(keyBody());
    body.data.usage = 'lots';
    const f = fakeFetch(() => json(body));
    const got = await new ModelGates({
      apiKey,
      baseUrl: base,
      fetch: f,
      validateResponses: false,
    }).apiKeys.get(hash);
    expect(got.data.usage).toBe('lots');
  });
});

describe('secrets never leak', () => {
  const leaks = (text: string) => text.includes(apiKey) || text.includes(createdSecret);

  it('not in messages, toString, JSON.stringify or logs, even when the server echoes the key', async () => {
    const lines: string[] = [];
    const logger = {
      debug: (...a: unknown[]) => lines.push(JSON.stringify(a)),
      warn: (...a: unknown[]) => lines.push(JSON.stringify(a)),
    };
    const f = fakeFetch((n) =>
      n === 1
        ? json({ error: { code: 503, message: `key ${apiKey} is overloaded` } }, 503)
        : json({ error: { code: 401, message: `bad key Bearer ${apiKey}` } }, 401),
    );
    const mg = new ModelGates({
      apiKey,
      baseUrl: base,
      fetch: f,
      logger,
      retries: { strategy: 'backoff', backoff: { initialInterval: 1 } },
    });
    const e = (await errorOf(mg.apiKeys.list())) as APIError;
    expect(e).toBeInstanceOf(UnauthorizedResponseError);
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const text of [e.message, String(e), e.stack ?? '', JSON.stringify(e), e.body, ...lines]) {
      expect(leaks(text)).toBe(false);
    }
    expect(e.message).toContain('[redacted]');
    expect(lines.join('\n')).toContain('Bearer [redacted]');
    expect(lines.join('\n')).toContain('"attempt":1');
  });

  it('the created key is returned to the caller and appears in no log line', async () => {
    const lines: string[] = [];
    const logger = {
      debug: (...a: unknown[]) => lines.push(JSON.stringify(a)),
      warn: (...a: unknown[]) => lines.push(JSON.stringify(a)),
    };
    const f = fakeFetch(() => json(createdBody(), 201));
    const created = await new ModelGates({ apiKey, baseUrl: base, fetch: f, logger }).apiKeys.create({
      name: 'n',
    });
    expect(created.key).toBe(createdSecret);
    expect(lines.some(leaks)).toBe(false);
  });

  it('a broken create body keeps the created secret out of the error, but on error.data', async () => {
    const truncated = `{"key":"${createdSecret}","data":`;
    const bad = JSON.parse(createdBody());
    bad.data.usage = 'lots';
    for (const [body, withData] of [
      [truncated, false],
      [JSON.stringify(bad), true],
    ] as const) {
      const f = fakeFetch(() => json(body, 201));
      const e = (await errorOf(
        new ModelGates({ apiKey, baseUrl: base, fetch: f }).apiKeys.create({ name: 'n' }),
      )) as ResponseValidationError;
      expect(e).toBeInstanceOf(ResponseValidationError);
      expect(f.calls).toHaveLength(1);
      for (const text of [
        e.message,
        String(e),
        e.stack ?? '',
        JSON.stringify(e),
        JSON.stringify(Object.entries(e)),
      ]) {
        expect(leaks(text)).toBe(false);
      }
      // After a create, the key exists on the server: its secret is still reachable, deliberately.
      expect((e.data as { key?: string } | undefined)?.key).toBe(withData ? createdSecret : undefined);
    }
  });

  it('connection errors do not carry the key', async () => {
    const f = fakeFetch(() => {
      throw new TypeError(`connect failed for ${apiKey}`);
    });
    const e = await errorOf(
      new ModelGates({ apiKey, baseUrl: base, fetch: f, retries: noRetry }).apiKeys.list(),
    );
    expect(e!.name).toBe('ConnectionError');
    expect(leaks(e!.message) || leaks(JSON.stringify(e))).toBe(false);
    // The original error quoted the key, so it is not kept as the cause either.
    expect(e!.cause).toBeUndefined();
  });
});
