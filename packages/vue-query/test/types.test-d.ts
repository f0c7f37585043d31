/** `data` and `error` types of every composable, and what the arguments accept. */
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
import type { InfiniteData } from '@tanstack/vue-query';
import { describe, expectTypeOf, it } from 'vitest';
import { computed, ref } from 'vue';
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

describe('query composables', () => {
  it('data is a ref of the response envelope (undefined until loaded); error a ref of ModelGatesError', () => {
    expectTypeOf(useCurrentKey().data.value).toEqualTypeOf<{ data: CurrentKey } | undefined>();
    expectTypeOf(useApiKeys().data.value).toEqualTypeOf<ListResponse | undefined>();
    expectTypeOf(useApiKey('h').data.value).toEqualTypeOf<GetKeyResponse | undefined>();
    expectTypeOf(useApiKeysInfinite().data.value).toEqualTypeOf<
      InfiniteData<ListResponse, number> | undefined
    >();
    expectTypeOf(useApiKeys().error.value).toEqualTypeOf<ModelGatesError | null>();
    expectTypeOf(useApiKeysInfinite().error.value).toEqualTypeOf<ModelGatesError | null>();
  });

  it('select sets the data type', () => {
    expectTypeOf(useApiKeys(undefined, { select: (r) => r.data.length }).data.value).toEqualTypeOf<
      number | undefined
    >();
    expectTypeOf(
      useApiKeysInfinite(undefined, { select: (d) => d.pages.flatMap((p) => p.data) }).data.value,
    ).toEqualTypeOf<ApiKey[] | undefined>();
  });

  it('takes refs, computeds and getters, and checks what they hold', () => {
    const offset = ref(0);
    useApiKeys(computed(() => ({ offset: offset.value })));
    useApiKeys(() => ({ offset: offset.value, include_disabled: true }));
    useApiKey(ref<string | undefined>(undefined));
    useApiKeys(undefined, () => ({ enabled: offset.value > 0 }));
    // @ts-expect-error: offset is a number
    useApiKeys(ref({ offset: '100' }));
    // @ts-expect-error: the infinite list computes the offset itself
    useApiKeysInfinite({ offset: 100 });
    // @ts-expect-error: the composable supplies the query function
    useApiKeys(undefined, { queryFn: () => ({ data: [] }) });
  });
});

describe('mutation composables', () => {
  it('data, error, variables and mutateAsync are typed per operation', () => {
    const create = useCreateApiKey();
    expectTypeOf(create.data.value).toEqualTypeOf<CreateKeysResponse | undefined>();
    expectTypeOf(create.error.value).toEqualTypeOf<ModelGatesError | null>();
    expectTypeOf(create.mutateAsync({ name: 'n', expires_at: new Date() })).toEqualTypeOf<
      Promise<CreateKeysResponse>
    >();
    const update = useUpdateApiKey({ optimistic: true });
    expectTypeOf(update.data.value).toEqualTypeOf<UpdateKeysResponse | undefined>();
    expectTypeOf(update.variables.value).toEqualTypeOf<UpdateApiKeyVariables | undefined>();
    expectTypeOf(update.context.value).toEqualTypeOf<ApiKeyMutationContext | undefined>();
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
