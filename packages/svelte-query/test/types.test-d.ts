/** `data` and `error` types of every function, and what the arguments accept. */
import type {
  ApiKey,
  CreateKeysResponse,
  CurrentKey,
  DeleteKeysResponse,
  GetKeyResponse,
  ListResponse,
  ModelGatesError,
  UpdateKeysResponse,
} from '@modelgates/sdk';
import type { InfiniteData } from '@tanstack/svelte-query';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type ApiKeyMutationContext,
  type UpdateApiKeyVariables,
  useApiKey,
  useApiKeys,
  useApiKeysInfinite,
  useCreateApiKey,
  useCurrentKey,
  useDeleteApiKey,
  useUpdateApiKey,
} from '../src/index.js';

describe('query functions', () => {
  it('data is the response envelope (undefined until loaded); error is a ModelGatesError', () => {
    expectTypeOf(useCurrentKey().data).toEqualTypeOf<{ data: CurrentKey } | undefined>();
    expectTypeOf(useApiKeys().data).toEqualTypeOf<ListResponse | undefined>();
    expectTypeOf(useApiKey('h').data).toEqualTypeOf<GetKeyResponse | undefined>();
    expectTypeOf(useApiKeysInfinite().data).toEqualTypeOf<InfiniteData<ListResponse, number> | undefined>();
    expectTypeOf(useApiKeys().error).toEqualTypeOf<ModelGatesError | null>();
    expectTypeOf(useApiKeysInfinite().error).toEqualTypeOf<ModelGatesError | null>();
  });

  it('select sets the data type', () => {
    expectTypeOf(useApiKeys(undefined, { select: (r) => r.data.length }).data).toEqualTypeOf<
      number | undefined
    >();
    expectTypeOf(
      useApiKeysInfinite(undefined, { select: (d) => d.pages.flatMap((p) => p.data) }).data,
    ).toEqualTypeOf<ApiKey[] | undefined>();
  });

  it('takes values and getters, and checks what they return', () => {
    const offset = 0;
    useApiKeys(() => ({ offset }));
    useApiKeys({ offset: 100, include_disabled: true });
    useApiKey(() => undefined);
    useApiKeys(undefined, () => ({ enabled: offset > 0 }));
    // @ts-expect-error: offset is a number
    useApiKeys(() => ({ offset: '100' }));
    // @ts-expect-error: the infinite list computes the offset itself
    useApiKeysInfinite({ offset: 100 });
    // @ts-expect-error: the function supplies the query function
    useApiKeys(undefined, { queryFn: () => ({ data: [] }) });
  });
});

describe('mutation functions', () => {
  it('data, error, variables and mutateAsync are typed per operation', () => {
    const create = useCreateApiKey();
    expectTypeOf(create.data).toEqualTypeOf<CreateKeysResponse | undefined>();
    expectTypeOf(create.error).toEqualTypeOf<ModelGatesError | null>();
    expectTypeOf(create.mutateAsync({ name: 'n', expires_at: new Date() })).toEqualTypeOf<
      Promise<CreateKeysResponse>
    >();
    const update = useUpdateApiKey({ optimistic: true });
    expectTypeOf(update.data).toEqualTypeOf<UpdateKeysResponse | undefined>();
    expectTypeOf(update.variables).toEqualTypeOf<UpdateApiKeyVariables | undefined>();
    expectTypeOf(update.context).toEqualTypeOf<ApiKeyMutationContext | undefined>();
    const remove = useDeleteApiKey();
    expectTypeOf(remove.mutateAsync({ hash: 'h' })).toEqualTypeOf<Promise<DeleteKeysResponse>>();
  });

  it('callbacks see typed arguments; variables are checked', () => {
    useUpdateApiKey({
      onSuccess: (data, variables) => {
        expectTypeOf(data).toEqualTypeOf<UpdateKeysResponse>();
        expectTypeOf(variables.hash).toEqualTypeOf<string>();
      },
      onError: (error) => {
        expectTypeOf(error).toEqualTypeOf<ModelGatesError>();
      },
    });
    // @ts-expect-error: the hash is required
    useUpdateApiKey().mutate({ disabled: true });
    // @ts-expect-error: name is required to create
    useCreateApiKey().mutate({ limit: 5 });
    // @ts-expect-error: gcTime is fixed so the secret does not linger
    useCreateApiKey({ gcTime: 60_000 });
  });
});
