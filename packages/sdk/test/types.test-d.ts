import { describe, expectTypeOf, it } from 'vitest';
import {
  APIError,
  type APIPromise,
  type ApiKey,
  type CurrentKey,
  ModelGates,
  ModelGatesError,
  NotFoundResponseError,
  SDKValidationError,
  type RetryConfig,
  type WithResponse,
} from '../src/index.js';

const mg = new ModelGates({ apiKey: 'k' });
declare const caught: unknown;

describe('public API types', () => {
  it('results are typed per operation', () => {
    expectTypeOf(mg.apiKeys.getCurrentKeyMetadata()).toEqualTypeOf<APIPromise<{ data: CurrentKey }>>();
    expectTypeOf<Awaited<ReturnType<typeof mg.apiKeys.list>>>().toEqualTypeOf<{ data: ApiKey[] }>();
    expectTypeOf<Awaited<ReturnType<typeof mg.apiKeys.create>>>().toEqualTypeOf<{
      data: ApiKey;
      key: string;
    }>();
    expectTypeOf<Awaited<ReturnType<typeof mg.apiKeys.delete>>>().toEqualTypeOf<{ deleted: true }>();
    expectTypeOf(mg.apiKeys.get('h').withResponse()).toEqualTypeOf<Promise<WithResponse<{ data: ApiKey }>>>();
    expectTypeOf(mg.apiKeys.listAll()).toEqualTypeOf<AsyncGenerator<ApiKey>>();
  });

  it('field names are the wire names, with nullability', () => {
    expectTypeOf<ApiKey['limit_reset']>().toEqualTypeOf<string | null>();
    expectTypeOf<ApiKey['expires_at']>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<CurrentKey['is_management_key']>().toEqualTypeOf<boolean>();
  });

  it('rejects what the API rejects, at compile time', () => {
    // @ts-expect-error: 'yearly' is not a limit_reset
    void mg.apiKeys.create({ name: 'x', limit_reset: 'yearly' });
    // @ts-expect-error: name is required
    void mg.apiKeys.create({ limit: 5 });
    // @ts-expect-error: offset is a number
    void mg.apiKeys.list({ offset: '10' });
    // @ts-expect-error: update has no workspace_id
    void mg.apiKeys.update('h', { workspace_id: 'w' });
    void mg.apiKeys.create({ name: 'x', expires_at: new Date(), limit: null, limit_reset: null });
  });

  it('retry config is the seeds’ shape', () => {
    expectTypeOf<{ strategy: 'none' }>().toMatchTypeOf<RetryConfig>();
    expectTypeOf<{
      strategy: 'backoff';
      backoff: { initialInterval: 1; maxInterval: 2; exponent: 1.5; maxElapsedTime: 3 };
      retryConnectionErrors: true;
    }>().toMatchTypeOf<RetryConfig>();
    // @ts-expect-error: unknown strategy
    const bad: RetryConfig = { strategy: 'forever' };
    void bad;
  });

  it('instanceof still narrows (the classes have a custom Symbol.hasInstance)', () => {
    const e = caught;
    if (e instanceof NotFoundResponseError) {
      expectTypeOf(e).toEqualTypeOf<NotFoundResponseError>();
      expectTypeOf(e.status).toEqualTypeOf<number>();
    }
    if (e instanceof APIError) expectTypeOf(e.headers).toEqualTypeOf<Headers>();
    if (e instanceof SDKValidationError) expectTypeOf(e.field).toEqualTypeOf<string>();
    class MyError extends ModelGatesError {
      readonly mine = 'mine' as const;
    }
    if (e instanceof MyError) {
      expectTypeOf(e).toEqualTypeOf<MyError>();
      expectTypeOf(e.mine).toEqualTypeOf<'mine'>();
    }
  });
});
