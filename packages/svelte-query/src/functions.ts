/**
 * The functions, named as the React hooks are. Each one is TanStack's own `createQuery` /
 * `createInfiniteQuery` / `createMutation` (Svelte 5 runes, @tanstack/svelte-query 6) fed by a
 * helper of `@modelgates/query-core`, so every TanStack option passes through and `error` is always
 * a `ModelGatesError`. Arguments are a value or a getter: `useApiKeys(() => ({ offset }))` follows
 * `offset` (a `$state`), as TanStack's own accessors do. Call them during component initialisation.
 */
import {
  type ApiKeyMutationContext,
  type ApiKeyQueryKey,
  type ApiKeysInfiniteQuery,
  type ApiKeysInfiniteQueryKey,
  type ApiKeysQueryKey,
  apiKeyQueryOptions,
  apiKeysInfiniteQueryOptions,
  apiKeysQueryOptions,
  type ClientOptions,
  createApiKeyMutationOptions,
  type CurrentKeyQueryKey,
  currentKeyQueryOptions,
  type DeleteApiKeyVariables,
  deleteApiKeyMutationOptions,
  helperMutation,
  helperQuery,
  type OptimisticOption,
  type UpdateApiKeyVariables,
  updateApiKeyMutationOptions,
} from '@modelgates/query-core';
import type {
  CreateKeyInput,
  CreateKeysResponse,
  DeleteKeysResponse,
  GetCurrentKeyResponse,
  GetKeyResponse,
  HookName,
  ListQuery,
  ListResponse,
  ModelGatesError,
  UpdateKeysResponse,
} from '@modelgates/sdk';
import {
  createInfiniteQuery,
  type CreateInfiniteQueryResult,
  createMutation,
  type CreateMutationResult,
  createQuery,
  type CreateQueryResult,
  type InfiniteData,
  type InfiniteQueryObserverOptions,
  type MutationObserverOptions,
  type QueryKey,
  type QueryObserverOptions,
  useQueryClient,
} from '@tanstack/svelte-query';
import { useClientOf } from './context.js';

/** A value, or a getter the function re-reads (reactively) whenever what it reads changes. */
export type MaybeGetter<T> = T | (() => T);

const read = <T>(value: MaybeGetter<T>): T => (typeof value === 'function' ? (value as () => T)() : value);

type Managed = 'queryKey' | 'queryFn';
type ManagedPages = Managed | 'initialPageParam' | 'getNextPageParam' | 'getPreviousPageParam';

/** A query function's options: TanStack's, without what the function supplies. */
export type ModelGatesQueryOptions<TQueryFnData, TData, TQueryKey extends QueryKey> = Omit<
  QueryObserverOptions<TQueryFnData, ModelGatesError, TData, TQueryFnData, TQueryKey>,
  Managed
> &
  ClientOptions;

export type ApiKeysInfiniteOptions<TData> = Omit<
  InfiniteQueryObserverOptions<ListResponse, ModelGatesError, TData, ApiKeysInfiniteQueryKey, number>,
  ManagedPages
> &
  ClientOptions;

/** The pages of `useApiKeysInfinite`: `query.data.pages.flatMap((page) => page.data)` is every key loaded. */
export type ApiKeysPages = InfiniteData<ListResponse, number>;

// ---- queries ---------------------------------------------------------------------------------

/** The key the client authenticates with: label, usage, limits. Works with any key. */
export function useCurrentKey<TData = GetCurrentKeyResponse>(
  options: MaybeGetter<ModelGatesQueryOptions<GetCurrentKeyResponse, TData, CurrentKeyQueryKey>> = {},
): CreateQueryResult<TData, ModelGatesError> {
  const client = useClientOf(() => read(options));
  return createQuery<GetCurrentKeyResponse, ModelGatesError, TData, CurrentKeyQueryKey>(() =>
    helperQuery(client(), currentKeyQueryOptions, read(options)),
  );
}

/** One page (up to 100) of API keys; `query.offset` picks the page. A getter query refetches. */
export function useApiKeys<TData = ListResponse>(
  query?: MaybeGetter<ListQuery | undefined>,
  options: MaybeGetter<ModelGatesQueryOptions<ListResponse, TData, ApiKeysQueryKey>> = {},
): CreateQueryResult<TData, ModelGatesError> {
  const client = useClientOf(() => read(options));
  return createQuery<ListResponse, ModelGatesError, TData, ApiKeysQueryKey>(() =>
    helperQuery(client(), apiKeysQueryOptions, read(options), read(query)),
  );
}

/** Every API key, page by page: `fetchNextPage()` loads the next 100; `hasNextPage` turns false
 * after a page shorter than 100 (or an empty one). */
export function useApiKeysInfinite<TData = ApiKeysPages>(
  query?: MaybeGetter<ApiKeysInfiniteQuery | undefined>,
  options: MaybeGetter<ApiKeysInfiniteOptions<TData>> = {},
): CreateInfiniteQueryResult<TData, ModelGatesError> {
  const client = useClientOf(() => read(options));
  return createInfiniteQuery<ListResponse, ModelGatesError, TData, ApiKeysInfiniteQueryKey, number>(() =>
    helperQuery(client(), apiKeysInfiniteQueryOptions, read(options), read(query)),
  );
}

/** One API key by hash. Waits (no request, `fetchStatus: 'idle'`) while `hash` is empty. */
export function useApiKey<TData = GetKeyResponse>(
  hash: MaybeGetter<string | undefined>,
  options: MaybeGetter<ModelGatesQueryOptions<GetKeyResponse, TData, ApiKeyQueryKey>> = {},
): CreateQueryResult<TData, ModelGatesError> {
  const client = useClientOf(() => read(options));
  return createQuery<GetKeyResponse, ModelGatesError, TData, ApiKeyQueryKey>(() => {
    const current = read(options);
    const key = read(hash);
    return Object.assign(helperQuery(client(), apiKeyQueryOptions, current, key ?? ''), {
      enabled: key ? (current.enabled ?? true) : false,
    });
  });
}

export type { OptimisticOption };

// ---- mutations -------------------------------------------------------------------------------

export type MutationOptions<TData, TVariables, TContext> = Omit<
  MutationObserverOptions<TData, ModelGatesError, TVariables, TContext>,
  'mutationFn' | 'mutationKey' | 'onMutate'
> &
  ClientOptions;

/** Options of `useCreateApiKey`. `gcTime` is fixed at 0 so the secret leaves the MutationCache
 * as soon as nothing shows it. */
export type CreateApiKeyOptions = Omit<
  MutationOptions<CreateKeysResponse, CreateKeyInput, unknown>,
  'gcTime'
>;

export type UpdateApiKeyOptions = MutationOptions<
  UpdateKeysResponse,
  UpdateApiKeyVariables,
  ApiKeyMutationContext
> &
  OptimisticOption;
export type DeleteApiKeyOptions = MutationOptions<
  DeleteKeysResponse,
  DeleteApiKeyVariables,
  ApiKeyMutationContext
> &
  OptimisticOption;

/** A mutation's TanStack options accessor: re-read when a getter's options change (`client` too). */
function useHelperMutation<T extends object, O extends ClientOptions>(
  helper: Parameters<typeof helperMutation<T>>[2],
  options: MaybeGetter<O>,
): () => T {
  const client = useClientOf(() => read(options));
  const queryClient = useQueryClient();
  return () => helperMutation(client(), queryClient, helper, read(options));
}

/**
 * Create a key: `const { data, key } = await create.mutateAsync({ name })`. `key` is the secret,
 * returned this once: it is never written to the query cache, and the mutation holding it is
 * dropped from the MutationCache once unobserved (call `reset()` after the user has copied it).
 * Options are a value or a getter, as a query's are.
 */
export function useCreateApiKey(
  options: MaybeGetter<CreateApiKeyOptions> = {},
): CreateMutationResult<CreateKeysResponse, ModelGatesError, CreateKeyInput, unknown> {
  return createMutation<CreateKeysResponse, ModelGatesError, CreateKeyInput, unknown>(
    useHelperMutation(createApiKeyMutationOptions, options),
  );
}

/** Change a key: `update.mutate({ hash, disabled: true })`. */
export function useUpdateApiKey(
  options: MaybeGetter<UpdateApiKeyOptions> = {},
): CreateMutationResult<UpdateKeysResponse, ModelGatesError, UpdateApiKeyVariables, ApiKeyMutationContext> {
  return createMutation<UpdateKeysResponse, ModelGatesError, UpdateApiKeyVariables, ApiKeyMutationContext>(
    useHelperMutation(updateApiKeyMutationOptions, options),
  );
}

/** Delete a key: `remove.mutate({ hash })`. */
export function useDeleteApiKey(
  options: MaybeGetter<DeleteApiKeyOptions> = {},
): CreateMutationResult<DeleteKeysResponse, ModelGatesError, DeleteApiKeyVariables, ApiKeyMutationContext> {
  return createMutation<DeleteKeysResponse, ModelGatesError, DeleteApiKeyVariables, ApiKeyMutationContext>(
    useHelperMutation(deleteApiKeyMutationOptions, options),
  );
}

/**
 * Every operation of the spec has its function, under the name the spec gives its hook
 * (`x-modelgates.hook`). A new operation is a compile error here, naming the missing function.
 */
export const functionsByName = {
  useCurrentKey,
  useApiKeys,
  useApiKey,
  useCreateApiKey,
  useUpdateApiKey,
  useDeleteApiKey,
} satisfies Record<HookName, (...args: never[]) => unknown>;
