/**
 * The types inferred from the zod schemas equal the sdk's generated types for the same shapes, both
 * as zod outputs (what parse returns) and inputs (what parse accepts: the same here, since the
 * generated schemas do not transform).
 *
 * `toEqualTypeOf` is exact, so `expires_at?: string | null` (sdk) and zod's
 * `expires_at?: string | null | undefined` compare equal only because `exactOptionalPropertyTypes`
 * is off in tsconfig.base.json: with it off, an optional property already includes `undefined`.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import type { Resolver } from 'react-hook-form';
import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import type * as sdk from '../../sdk/src/gen/types.gen.js';
import * as s from '../src/index.js';

describe('component schemas', () => {
  it('ApiKey, CurrentKey, RateLimit, LimitReset', () => {
    expectTypeOf<z.output<typeof s.zApiKey>>().toEqualTypeOf<sdk.ApiKey>();
    expectTypeOf<z.input<typeof s.zApiKey>>().toEqualTypeOf<sdk.ApiKey>();
    expectTypeOf<s.ApiKey>().toEqualTypeOf<sdk.ApiKey>();
    expectTypeOf<s.CurrentKey>().toEqualTypeOf<sdk.CurrentKey>();
    expectTypeOf<z.input<typeof s.zCurrentKey>>().toEqualTypeOf<sdk.CurrentKey>();
    expectTypeOf<s.RateLimit>().toEqualTypeOf<sdk.RateLimit>();
    expectTypeOf<s.LimitReset>().toEqualTypeOf<sdk.LimitReset>();
    expectTypeOf<s.UtcDateTime>().toEqualTypeOf<sdk.UtcDateTime>();
    expectTypeOf<s.Hash>().toEqualTypeOf<sdk.Hash>();
  });

  it('request bodies', () => {
    expectTypeOf<s.CreateKeyRequest>().toEqualTypeOf<sdk.CreateKeyRequest>();
    expectTypeOf<z.input<typeof s.zCreateKeyRequest>>().toEqualTypeOf<sdk.CreateKeyRequest>();
    expectTypeOf<s.UpdateKeyRequest>().toEqualTypeOf<sdk.UpdateKeyRequest>();
    expectTypeOf<z.input<typeof s.zUpdateKeyRequest>>().toEqualTypeOf<sdk.UpdateKeyRequest>();
  });

  it('error body', () => {
    expectTypeOf<s.ErrorResponse>().toEqualTypeOf<sdk.ErrorResponse>();
    expectTypeOf<s.ErrorDetail>().toEqualTypeOf<sdk.ErrorDetail>();
  });
});

describe('operation responses', () => {
  it('equal the sdk’s <Op>Response types', () => {
    expectTypeOf<s.GetCurrentKeyResponse>().toEqualTypeOf<sdk.GetCurrentKeyResponse>();
    expectTypeOf<s.ListResponse>().toEqualTypeOf<sdk.ListResponse>();
    expectTypeOf<s.CreateKeysResponse>().toEqualTypeOf<sdk.CreateKeysResponse>();
    expectTypeOf<s.GetKeyResponse>().toEqualTypeOf<sdk.GetKeyResponse>();
    expectTypeOf<s.UpdateKeysResponse>().toEqualTypeOf<sdk.UpdateKeysResponse>();
    expectTypeOf<s.DeleteKeysResponse>().toEqualTypeOf<sdk.DeleteKeysResponse>();
    expectTypeOf<s.DeleteKeysResponse['deleted']>().toEqualTypeOf<true>();
  });
});

describe('operation requests', () => {
  // The sdk's <Op>Data also carries `url`, the path template the client fills in; it is routing,
  // not data, so the zod request schemas leave it out. Everything else must match, including
  // `body?: never` (sdk) against zod's `z.optional(z.never())`, which infers `body?: undefined`:
  // the same type once the optional property adds `undefined` to `never`.
  type Data<T> = Omit<T, 'url'>;
  it('equal the sdk’s <Op>Data types without `url`', () => {
    expectTypeOf<s.GetCurrentKeyData>().toEqualTypeOf<Data<sdk.GetCurrentKeyData>>();
    expectTypeOf<s.ListData>().toEqualTypeOf<Data<sdk.ListData>>();
    expectTypeOf<s.CreateKeysData>().toEqualTypeOf<Data<sdk.CreateKeysData>>();
    expectTypeOf<s.GetKeyData>().toEqualTypeOf<Data<sdk.GetKeyData>>();
    expectTypeOf<s.UpdateKeysData>().toEqualTypeOf<Data<sdk.UpdateKeysData>>();
    expectTypeOf<s.DeleteKeysData>().toEqualTypeOf<Data<sdk.DeleteKeysData>>();
    expectTypeOf<z.input<typeof s.zListData>>().toEqualTypeOf<Data<sdk.ListData>>();
    expectTypeOf<z.input<typeof s.zUpdateKeysData>>().toEqualTypeOf<Data<sdk.UpdateKeysData>>();
  });
});

describe('createKeyFormSchema', () => {
  it('outputs exactly a CreateKeyRequest', () => {
    expectTypeOf<s.CreateKeyFormOutput>().toEqualTypeOf<sdk.CreateKeyRequest>();
  });

  it('takes what form fields hold', () => {
    expectTypeOf<s.CreateKeyFormValues>().toEqualTypeOf<{
      name: string;
      creator_user_id?: string | undefined;
      expires_at?: string | undefined;
      include_byok_in_limit?: boolean | undefined;
      limit?: string | number | undefined;
      limit_reset?: string | undefined;
      workspace_id?: string | undefined;
    }>();
  });

  it('gives react-hook-form a resolver from form values to a request body', () => {
    expectTypeOf(zodResolver(s.createKeyFormSchema)).toEqualTypeOf<
      Resolver<s.CreateKeyFormValues, unknown, sdk.CreateKeyRequest>
    >();
  });
});
