/** `data` and `error` types of every hook, and what the options accept. */
import type {
  ApiKey,
  CreateKeysResponse,
  CurrentKey,
  DeleteKeysResponse,
  GetKeyResponse,
  ListResponse,
  ModelGatesError,
  NotFoundResponseError,
  UpdateKeysResponse,
} from '@modelgates/sdk';
import type { InfiniteData } from '@tanstack/react-query';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type ApiKeyMutationContext,
  apiKeyQueryOptions,
  type ApiKeysPages,
  type UpdateApiKeyVariables,
  useApiKey,
  useApiKeys,
  useApiKeysInfinite,
  useCreateApiKey,
  useCurrentKey,
  useDeleteApiKey,
  useSuspenseApiKey,
  useSuspenseApiKeys,
  useSuspenseApiKeysInfinite,
  useSuspenseCurrentKey,
  useUpdateApiKey,
} from '../src/index.js';

describe('query hooks', () => {
  it('data is the response envelope (undefined until loaded); error is a ModelGatesError', () => {
    expectTypeOf(useCurrentKey().data).toEqualTypeOf<{ data: CurrentKey } | undefined>();
    expectTypeOf(useApiKeys().data).toEqualTypeOf<ListResponse | undefined>();
    expectTypeOf(useApiKey('h').data).toEqualTypeOf<GetKeyResponse | undefined>();
    expectTypeOf(useApiKeysInfinite().data).toEqualTypeOf<InfiniteData<ListResponse, number> | undefined>();
    expectTypeOf<ApiKeysPages>().toEqualTypeOf<InfiniteData<{ data: ApiKey[] }, number>>();

    expectTypeOf(useCurrentKey().error).toEqualTypeOf<ModelGatesError | null>();
    expectTypeOf(useApiKeys().error).toEqualTypeOf<ModelGatesError | null>();
    expectTypeOf(useApiKey('h').error).toEqualTypeOf<ModelGatesError | null>();
    expectTypeOf(useApiKeysInfinite().error).toEqualTypeOf<ModelGatesError | null>();
  });

  it('narrow on isSuccess, and on the error class', () => {
    const r = useApiKey('h');
    if (r.isSuccess) expectTypeOf(r.data).toEqualTypeOf<GetKeyResponse>();
    if (r.isError) expectTypeOf(r.error).toEqualTypeOf<ModelGatesError>();
    const e = r.error;
    if (e && e.name === 'NotFoundResponseError') expectTypeOf(e).toExtend<ModelGatesError>();
    expectTypeOf<NotFoundResponseError>().toExtend<ModelGatesError>();
  });

  it('select sets the data type', () => {
    expectTypeOf(useApiKeys(undefined, { select: (r) => r.data.length }).data).toEqualTypeOf<
      number | undefined
    >();
    expectTypeOf(useApiKey('h', { select: (r) => r.data.name }).data).toEqualTypeOf<string | undefined>();
    expectTypeOf(useCurrentKey({ select: (r) => r.data.usage }).data).toEqualTypeOf<number | undefined>();
    expectTypeOf(
      useApiKeysInfinite(undefined, { select: (d) => d.pages.flatMap((p) => p.data) }).data,
    ).toEqualTypeOf<ApiKey[] | undefined>();
  });

  it('the parameters are checked', () => {
    useApiKey(undefined);
    // @ts-expect-error: offset is a number
    useApiKeys({ offset: '100' });
    // @ts-expect-error: the infinite list computes the offset itself
    useApiKeysInfinite({ offset: 100 });
    // @ts-expect-error: the hook supplies the query function
    useApiKeys(undefined, { queryFn: () => ({ data: [] }) });
    // @ts-expect-error: a suspense hook needs a hash
    useSuspenseApiKey(undefined);
  });
});

describe('suspense hooks', () => {
  it('data is always defined; error is a ModelGatesError', () => {
    expectTypeOf(useSuspenseCurrentKey().data).toEqualTypeOf<{ data: CurrentKey }>();
    expectTypeOf(useSuspenseApiKeys().data).toEqualTypeOf<ListResponse>();
    expectTypeOf(useSuspenseApiKey('h').data).toEqualTypeOf<GetKeyResponse>();
    expectTypeOf(useSuspenseApiKeysInfinite().data).toEqualTypeOf<InfiniteData<ListResponse, number>>();
    expectTypeOf(useSuspenseApiKeys({ offset: 0 }, { select: (r) => r.data }).data).toEqualTypeOf<ApiKey[]>();
    expectTypeOf(useSuspenseCurrentKey().error).toEqualTypeOf<ModelGatesError | null>();
    expectTypeOf(useSuspenseApiKeys().error).toEqualTypeOf<ModelGatesError | null>();
    expectTypeOf(useSuspenseApiKey('h').error).toEqualTypeOf<ModelGatesError | null>();
    expectTypeOf(useSuspenseApiKeysInfinite().error).toEqualTypeOf<ModelGatesError | null>();
  });
});

describe('mutation hooks', () => {
  it('data, error, variables and mutateAsync are typed per operation', () => {
    const create = useCreateApiKey();
    expectTypeOf(create.data).toEqualTypeOf<CreateKeysResponse | undefined>();
    expectTypeOf<CreateKeysResponse>().toEqualTypeOf<{ data: ApiKey; key: string }>();
    expectTypeOf(create.error).toEqualTypeOf<ModelGatesError | null>();
    expectTypeOf(create.mutateAsync({ name: 'n', expires_at: new Date() })).toEqualTypeOf<
      Promise<CreateKeysResponse>
    >();

    const update = useUpdateApiKey({ optimistic: true });
    expectTypeOf(update.data).toEqualTypeOf<UpdateKeysResponse | undefined>();
    expectTypeOf(update.error).toEqualTypeOf<ModelGatesError | null>();
    expectTypeOf(update.variables).toEqualTypeOf<UpdateApiKeyVariables | undefined>();
    expectTypeOf(update.context).toEqualTypeOf<ApiKeyMutationContext | undefined>();

    const remove = useDeleteApiKey();
    expectTypeOf(remove.data).toEqualTypeOf<DeleteKeysResponse | undefined>();
    expectTypeOf<DeleteKeysResponse>().toEqualTypeOf<{ deleted: true }>();
    expectTypeOf(remove.error).toEqualTypeOf<ModelGatesError | null>();
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
    const update = useUpdateApiKey();
    update.mutate({ hash: 'h', disabled: true, limit: null });
    // @ts-expect-error: the hash is required
    update.mutate({ disabled: true });
    // @ts-expect-error: 'yearly' is not a limit_reset
    update.mutate({ hash: 'h', limit_reset: 'yearly' });
    // @ts-expect-error: name is required to create
    useCreateApiKey().mutate({ limit: 5 });
    // @ts-expect-error: gcTime is fixed so the secret does not linger
    useCreateApiKey({ gcTime: 60_000 });
  });
});

describe('query options', () => {
  it('tag their key with the data type, for getQueryData', () => {
    type Tagged = ReturnType<typeof apiKeyQueryOptions>['queryKey'];
    expectTypeOf<Tagged>().toExtend<readonly unknown[]>();
  });
});
