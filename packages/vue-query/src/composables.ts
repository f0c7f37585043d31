/**
 * The composables, named as the React hooks are. Each one is TanStack's own composable fed by a
 * helper of `@modelgates/query-core`, so every TanStack option passes through and `error` is
 * always a `ModelGatesError`. Arguments are reactive: a `ref`, a `computed` or a getter for the
 * query, the hash or the options makes the composable follow it (a new offset fetches that page).
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
  type InfiniteData,
  type InfiniteQueryObserverOptions,
  type MutationObserverOptions,
  type QueryKey,
  type QueryObserverOptions,
  useInfiniteQuery,
  type UseInfiniteQueryReturnType,
  useMutation,
  type UseMutationReturnType,
  useQuery,
  useQueryClient,
  type UseQueryReturnType,
} from '@tanstack/vue-query';
import { computed, type MaybeRefOrGetter, toValue } from 'vue';
import { useClientOf } from './plugin.js';

type Managed = 'queryKey' | 'queryFn';
type ManagedPages = Managed | 'initialPageParam' | 'getNextPageParam' | 'getPreviousPageParam';

/** A query composable's options: TanStack's, without what the composable supplies. */
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

/** The pages of `useApiKeysInfinite`: `data.value.pages.flatMap((page) => page.data)` is every key loaded. */
export type ApiKeysPages = InfiniteData<ListResponse, number>;

// ---- queries ---------------------------------------------------------------------------------

/** The key the client authenticates with: label, usage, limits. Works with any key. */
export function useCurrentKey<TData = GetCurrentKeyResponse>(
  options: MaybeRefOrGetter<ModelGatesQueryOptions<GetCurrentKeyResponse, TData, CurrentKeyQueryKey>> = {},
): UseQueryReturnType<TData, ModelGatesError> {
  const client = useClientOf(options);
  return useQuery<GetCurrentKeyResponse, ModelGatesError, TData, CurrentKeyQueryKey>(
    computed(() => helperQuery(client(), currentKeyQueryOptions, toValue(options))),
  );
}

/** One page (up to 100) of API keys; `query.offset` picks the page. A reactive query refetches. */
export function useApiKeys<TData = ListResponse>(
  query?: MaybeRefOrGetter<ListQuery | undefined>,
  options: MaybeRefOrGetter<ModelGatesQueryOptions<ListResponse, TData, ApiKeysQueryKey>> = {},
): UseQueryReturnType<TData, ModelGatesError> {
  const client = useClientOf(options);
  return useQuery<ListResponse, ModelGatesError, TData, ApiKeysQueryKey>(
    computed(() => helperQuery(client(), apiKeysQueryOptions, toValue(options), toValue(query))),
  );
}

/** Every API key, page by page: `fetchNextPage()` loads the next 100; `hasNextPage` turns false
 * after a page shorter than 100 (or an empty one). */
export function useApiKeysInfinite<TData = ApiKeysPages>(
  query?: MaybeRefOrGetter<ApiKeysInfiniteQuery | undefined>,
  options: MaybeRefOrGetter<ApiKeysInfiniteOptions<TData>> = {},
): UseInfiniteQueryReturnType<TData, ModelGatesError> {
  const client = useClientOf(options);
  return useInfiniteQuery<ListResponse, ModelGatesError, TData, ApiKeysInfiniteQueryKey, number>(
    computed(() => helperQuery(client(), apiKeysInfiniteQueryOptions, toValue(options), toValue(query))),
  );
}

/** One API key by hash. Waits (no request, `fetchStatus: 'idle'`) while `hash` is empty. */
export function useApiKey<TData = GetKeyResponse>(
  hash: MaybeRefOrGetter<string | undefined>,
  options: MaybeRefOrGetter<ModelGatesQueryOptions<GetKeyResponse, TData, ApiKeyQueryKey>> = {},
): UseQueryReturnType<TData, ModelGatesError> {
  const client = useClientOf(options);
  return useQuery<GetKeyResponse, ModelGatesError, TData, ApiKeyQueryKey>(
    computed(() => {
      const current = toValue(options);
      const key = toValue(hash);
      return Object.assign(helperQuery(client(), apiKeyQueryOptions, current, key ?? ''), {
        enabled: key ? (current.enabled ?? true) : false,
      });
    }),
  );
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

/** A mutation's TanStack options, recomputed when reactive `options` change (their `client` too). */
function useHelperMutation<T extends object, O extends ClientOptions>(
  helper: Parameters<typeof helperMutation<T>>[2],
  options: MaybeRefOrGetter<O>,
) {
  const client = useClientOf(options);
  const queryClient = useQueryClient();
  return computed(() => helperMutation(client(), queryClient, helper, toValue(options)));
}

/**
 * Create a key: `const { data, key } = await create.mutateAsync({ name })`. `key` is the secret,
 * returned this once: it is never written to the query cache, and the mutation holding it is
 * dropped from the MutationCache once unobserved (call `reset()` after the user has copied it).
 * Options may be reactive, as a query's are.
 */
export function useCreateApiKey(
  options: MaybeRefOrGetter<CreateApiKeyOptions> = {},
): UseMutationReturnType<CreateKeysResponse, ModelGatesError, CreateKeyInput, unknown> {
  return useMutation<CreateKeysResponse, ModelGatesError, CreateKeyInput, unknown>(
    useHelperMutation(createApiKeyMutationOptions, options),
  );
}

/** Change a key: `update.mutate({ hash, disabled: true })`. */
export function useUpdateApiKey(
  options: MaybeRefOrGetter<UpdateApiKeyOptions> = {},
): UseMutationReturnType<UpdateKeysResponse, ModelGatesError, UpdateApiKeyVariables, ApiKeyMutationContext> {
  return useMutation<UpdateKeysResponse, ModelGatesError, UpdateApiKeyVariables, ApiKeyMutationContext>(
    useHelperMutation(updateApiKeyMutationOptions, options),
  );
}

/** Delete a key: `remove.mutate({ hash })`. */
export function useDeleteApiKey(
  options: MaybeRefOrGetter<DeleteApiKeyOptions> = {},
): UseMutationReturnType<DeleteKeysResponse, ModelGatesError, DeleteApiKeyVariables, ApiKeyMutationContext> {
  return useMutation<DeleteKeysResponse, ModelGatesError, DeleteApiKeyVariables, ApiKeyMutationContext>(
    useHelperMutation(deleteApiKeyMutationOptions, options),
  );
}

/**
 * Every operation of the spec has its composable, under the name the spec gives its hook
 * (`x-modelgates.hook`). A new operation is a compile error here, naming the missing composable.
 */
export const composablesByName = {
  useCurrentKey,
  useApiKeys,
  useApiKey,
  useCreateApiKey,
  useUpdateApiKey,
  useDeleteApiKey,
} satisfies Record<HookName, (...args: never[]) => unknown>;
