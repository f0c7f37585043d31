/**
 * One error identity across copies of the SDK: the built CommonJS copy (`dist/index.cjs`, loaded
 * with `require`) and the built ESM copy (`dist/index.js`, loaded with `import`) in this one Node
 * process, and a second installation (the same dist copied to a temporary folder with another
 * version in its package.json, as a second installed version would be). An error of either copy is `instanceof` the classes of the other copy that its class is
 * or extends, and of no other class. Runs on the built dist: turbo's `test` task of this package
 * depends on its own `build` (packages/sdk/turbo.json), and vitest hands dist/ to Node unchanged
 * (`server.deps.external` in vitest.config.ts).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeFetch, json } from './helpers.js';

type Sdk = typeof import('../src/index.js');
type ErrorClass = abstract new (...args: never[]) => Error;

const dist = (file: string) => fileURLToPath(new URL(`../dist/${file}`, import.meta.url));

/** Every exported error class and the exported classes it extends. */
const ancestors: Record<string, string[]> = {
  ModelGatesError: [],
  APIError: ['ModelGatesError'],
  BadRequestResponseError: ['APIError', 'ModelGatesError'],
  UnauthorizedResponseError: ['APIError', 'ModelGatesError'],
  ForbiddenResponseError: ['APIError', 'ModelGatesError'],
  NotFoundResponseError: ['APIError', 'ModelGatesError'],
  TooManyRequestsResponseError: ['APIError', 'ModelGatesError'],
  InternalServerResponseError: ['APIError', 'ModelGatesError'],
  ModelGatesDefaultError: ['APIError', 'ModelGatesError'],
  ConnectionError: ['ModelGatesError'],
  RequestTimeoutError: ['ModelGatesError'],
  RequestAbortedError: ['ModelGatesError'],
  SDKValidationError: ['ModelGatesError'],
  ResponseValidationError: ['ModelGatesError'],
};
const names = Object.keys(ancestors);

/** An instance of the named class of one copy, built with that class's own constructor. */
function make(sdk: Sdk, name: string): Error {
  const init = {
    status: 404,
    headers: new Headers(),
    body: '',
    error: undefined,
    method: 'GET',
    url: 'https://api.example/keys/h',
    requestId: 'rid',
  };
  const issues = [{ path: ['name'], message: 'is empty' }];
  const C = (sdk as unknown as Record<string, new (...args: unknown[]) => Error>)[name]!;
  if (ancestors[name]!.includes('APIError') || name === 'APIError') return new C(init);
  if (name === 'RequestTimeoutError') return new C('timed out', 1000);
  if (name === 'SDKValidationError') return new C('input', issues);
  if (name === 'ResponseValidationError') return new C('GET /keys', issues, { status: 200 });
  return new C('message');
}

let cjs: Sdk;
let esm: Sdk;
let second: Sdk;
let copies: [string, Sdk, string, Sdk][];
let secondDir: string | undefined;

beforeAll(async () => {
  for (const file of ['index.cjs', 'index.js']) {
    if (!existsSync(dist(file)))
      throw new Error(`dist/${file} is missing: run \`pnpm --filter @modelgates/sdk build\` first`);
  }
  cjs = createRequire(import.meta.url)(dist('index.cjs')) as Sdk;
  esm = (await import(dist('index.js'))) as Sdk;
  // A second installed version: its own package folder, its dependencies found through node_modules.
  secondDir = mkdtempSync(join(tmpdir(), 'modelgates-sdk-second-'));
  const pkgDir = fileURLToPath(new URL('..', import.meta.url));
  const manifest = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { version: string };
  writeFileSync(join(secondDir, 'package.json'), JSON.stringify({ ...manifest, version: '0.9.0-second' }));
  cpSync(join(pkgDir, 'dist'), join(secondDir, 'dist'), { recursive: true });
  symlinkSync(join(pkgDir, 'node_modules'), join(secondDir, 'node_modules'), 'junction');
  second = createRequire(join(secondDir, 'package.json'))(join(secondDir, 'dist/index.cjs')) as Sdk;
  copies = [
    ['cjs', cjs, 'esm', esm],
    ['esm', esm, 'cjs', cjs],
    ['second version', second, 'esm', esm],
    ['esm', esm, 'second version', second],
  ];
});
afterAll(() => {
  if (secondDir) rmSync(secondDir, { recursive: true, force: true });
});

describe('the CommonJS build, the ESM build and a second installation are three copies', () => {
  it('with different classes, and every exported error class is in the table above', () => {
    expect(cjs.ModelGatesError).not.toBe(esm.ModelGatesError);
    expect(cjs.NotFoundResponseError).not.toBe(esm.NotFoundResponseError);
    expect(second.ModelGatesError).not.toBe(cjs.ModelGatesError);
    for (const sdk of [cjs, esm, second]) {
      const base = sdk.ModelGatesError as ErrorClass;
      const exported = Object.entries(sdk)
        .filter(
          ([, v]) =>
            typeof v === 'function' &&
            (v === base || Object.prototype.isPrototypeOf.call(base.prototype, (v as ErrorClass).prototype)),
        )
        .map(([k]) => k)
        .sort();
      expect(exported).toEqual([...names].sort());
    }
  });
});

describe('every error class is recognised across copies, in both directions', () => {
  for (const name of names) {
    it(name, () => {
      for (const [fromName, from, toName, to] of copies) {
        const error = make(from, name);
        for (const other of names) {
          const expected = other === name || ancestors[name]!.includes(other);
          const got = error instanceof (to[other as keyof Sdk] as ErrorClass);
          expect({ from: fromName, to: toName, class: other, got }).toEqual({
            from: fromName,
            to: toName,
            class: other,
            got: expected,
          });
          // and within its own copy, the same answers
          expect(error instanceof (from[other as keyof Sdk] as ErrorClass)).toBe(expected);
        }
        expect(error.name).toBe(name);
      }
    });
  }
});

describe('errors really thrown by one copy, checked against the other', () => {
  const hash = 'f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943';
  const caught = (p: PromiseLike<unknown>) =>
    Promise.resolve(p).then(
      () => expect.unreachable('no error thrown'),
      (e: unknown) => e,
    );

  it('a 404 from an injected fetch is the other copy’s NotFoundResponseError, APIError and ModelGatesError', async () => {
    for (const [, from, , to] of copies) {
      const fetch = fakeFetch(() => json({ error: { code: 404, message: 'No such key' } }, 404));
      const mg = new from.ModelGates({
        apiKey: 'sk-test',
        baseUrl: 'https://api.example',
        fetch,
        retries: { strategy: 'none' },
      });
      const e = await caught(mg.apiKeys.get(hash));
      expect(e).toBeInstanceOf(to.NotFoundResponseError);
      expect(e).toBeInstanceOf(to.APIError);
      expect(e).toBeInstanceOf(to.ModelGatesError);
      expect(e).not.toBeInstanceOf(to.BadRequestResponseError);
      expect(e).not.toBeInstanceOf(to.ModelGatesDefaultError);
      expect(e).not.toBeInstanceOf(to.ConnectionError);
      if (!(e instanceof to.NotFoundResponseError)) throw new Error('not narrowed');
      expect(e.status).toBe(404);
      expect(e.error?.message).toBe('No such key');
    }
  });

  it('the standalone function’s 404 and a refused connection are recognised too', async () => {
    for (const [, from, , to] of copies) {
      const notFound = fakeFetch(() => json({ error: { code: 404, message: 'No such key' } }, 404));
      const client = from.createClient({
        baseUrl: 'https://api.example',
        fetch: notFound,
        retries: { strategy: 'none' },
      });
      const e404 = await caught(from.getKey({ client, path: { hash }, throwOnError: true }));
      expect(e404).toBeInstanceOf(to.NotFoundResponseError);

      const refused = Object.assign(async () => {
        throw new TypeError('fetch failed', {
          cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }),
        });
      }, {}) as typeof fetch;
      const mg = new from.ModelGates({
        apiKey: 'sk-test',
        baseUrl: 'https://api.example',
        fetch: refused,
        retries: { strategy: 'none' },
      });
      const conn = await caught(mg.apiKeys.list());
      expect(conn).toBeInstanceOf(to.ConnectionError);
      expect(conn).toBeInstanceOf(to.ModelGatesError);
      expect(conn).not.toBeInstanceOf(to.APIError);
    }
  });

  it('bad input is the other copy’s SDKValidationError', async () => {
    for (const [, from, , to] of copies) {
      const mg = new from.ModelGates({
        apiKey: 'sk-test',
        baseUrl: 'https://api.example',
        fetch: fakeFetch(() => json({})),
      });
      const e = await caught(mg.apiKeys.create({ name: '' }));
      expect(e).toBeInstanceOf(to.SDKValidationError);
      expect(e).not.toBeInstanceOf(to.ResponseValidationError);
      if (!(e instanceof to.SDKValidationError)) throw new Error('not narrowed');
      expect(e.field).toBe('name');
    }
  });
});

describe('what the brand does not change', () => {
  it('a user’s subclass is an instance of itself and of the SDK classes it extends, in both copies', () => {
    for (const [, from, , to] of copies) {
      class MyError extends from.ModelGatesError {}
      class MyNotFound extends from.NotFoundResponseError {}
      const mine = new MyError('mine');
      expect(mine).toBeInstanceOf(MyError);
      expect(mine).toBeInstanceOf(from.ModelGatesError);
      expect(mine).toBeInstanceOf(to.ModelGatesError);
      expect(mine).not.toBeInstanceOf(to.APIError);
      expect(mine).not.toBeInstanceOf(MyNotFound);
      // an SDK error is not an instance of a user's subclass, from either copy
      expect(make(from, 'ModelGatesError')).not.toBeInstanceOf(MyError);
      expect(make(to, 'ModelGatesError')).not.toBeInstanceOf(MyError);
      expect(make(to, 'NotFoundResponseError')).not.toBeInstanceOf(MyNotFound);
      const nf = make(from, 'NotFoundResponseError') as InstanceType<Sdk['NotFoundResponseError']>;
      const sub = new MyNotFound({ ...nf, headers: nf.headers });
      expect(sub).toBeInstanceOf(MyNotFound);
      expect(sub).toBeInstanceOf(to.NotFoundResponseError);
      expect(sub).toBeInstanceOf(to.APIError);
      expect(sub).not.toBeInstanceOf(to.BadRequestResponseError);
    }
  });

  it('nothing else is a ModelGatesError: plain errors, look-alikes, primitives', () => {
    for (const sdk of [cjs, esm, second]) {
      const lookAlike = Object.assign(new Error('x'), { name: 'NotFoundResponseError', status: 404 });
      for (const value of [
        new Error('x'),
        new TypeError('x'),
        lookAlike,
        { name: 'ModelGatesError' },
        Object.create(null),
        null,
        undefined,
        'ModelGatesError',
        404,
      ]) {
        expect(value instanceof sdk.ModelGatesError).toBe(false);
        expect(value instanceof sdk.NotFoundResponseError).toBe(false);
      }
    }
  });
});
