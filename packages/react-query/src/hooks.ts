/**
 * The hooks, named for what a person does. Each one is TanStack's own hook fed by a helper from
 * query-options.ts, so every TanStack option (select, staleTime, enabled, placeholderData, ...)
 * passes through, and `error` is always a `ModelGatesError`.
 */
import type {
  HookName,
  CreateKeyInput,
  CreateKeysResponse,
  DeleteKeysResponse,
  GetCurrentKeyResponse,
  GetKeyResponse,
  ListQuery,
  ListResponse,
  ModelGates,
  ModelGatesError,
  UpdateKeysResponse,
} from '@modelgates/sdk';
import {
  type InfiniteData,
  type QueryKey,
  type UseInfiniteQueryOptions,
  type UseInfiniteQueryResult,
  type UseMutationOptions,
  type UseMutationResult,
  type UseQueryOptions,
  type UseQueryResult,
  type UseSuspenseInfiniteQueryOptions,
  type UseSuspenseInfiniteQueryResult,
  type UseSuspenseQueryOptions,
  type UseSuspenseQueryResult,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
  useSuspenseInfiniteQuery,
  useSuspenseQuery,
} from '@tanstack/react-query';
import { useModelGates } from './provider.js';
import type {
  ApiKeyQueryKey,
  ApiKeysInfiniteQuery,
  ApiKeysInfiniteQueryKey,
  ApiKeysQueryKey,
  CurrentKeyQueryKey,
} from './query-keys.js';
import {
  type ApiKeyMutationContext,
  apiKeyQueryOptions,
  apiKeysInfiniteQueryOptions,
  apiKeysQueryOptions,
  createApiKeyMutationOptions,
  currentKeyQueryOptions,
  type DeleteApiKeyVariables,
  deleteApiKeyMutationOptions,
  type QueryRequestOptions,
  type UpdateApiKeyVariables,
  updateApiKeyMutationOptions,
} from './query-options.js';

/** Options every hook takes besides TanStack's. */
export interface ModelGatesHookOptions {
  /** Use this client instead of the one from `ModelGatesProvider`. */
  client?: ModelGates;
  /** Headers, timeout, retries and attribution for the requests this hook sends. */
  request?: QueryRequestOptions;
}

type Managed = 'queryKey' | 'queryFn';
type ManagedPages = Managed | 'initialPageParam' | 'getNextPageParam' | 'getPreviousPageParam';

export type ModelGatesQueryOptions<TQueryFnData, TData, TQueryKey extends QueryKey> = Omit<
  UseQueryOptions<TQueryFnData, ModelGatesError, TData, TQueryKey>,
  Managed
> &
  ModelGatesHookOptions;

export type ModelGatesSuspenseQueryOptions<TQueryFnData, TData, TQueryKey extends QueryKey> = Omit<
  UseSuspenseQueryOptions<TQueryFnData, ModelGatesError, TData, TQueryKey>,
  Managed
> &
  ModelGatesHookOptions;

export type ApiKeysInfiniteOptions<TData> = Omit<
  UseInfiniteQueryOptions<ListResponse, ModelGatesError, TData, ApiKeysInfiniteQueryKey, number>,
  ManagedPages
> &
  ModelGatesHookOptions;

export type ApiKeysSuspenseInfiniteOptions<TData> = Omit<
  UseSuspenseInfiniteQueryOptions<ListResponse, ModelGatesError, TData, ApiKeysInfiniteQueryKey, number>,
  ManagedPages
> &
  ModelGatesHookOptions;

/** The pages of `useApiKeysInfinite`: `data.pages.flatMap((page) => page.data)` is every key loaded. */
export type ApiKeysPages = InfiniteData<ListResponse, number>;

/** What the hooks take from a query-options helper; every other option is the caller's, with
 * the caller's `TData` (a helper's own `select` slot is typed for the raw response). */
const CORE = ['queryKey', 'queryFn', 'retry'] as const;
const PAGES = [...CORE, 'initialPageParam', 'getNextPageParam'] as const;

function pick<T, K extends keyof T>(options: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((k) => [k, options[k]])) as Pick<T, K>;
}

// ---- queries ---------------------------------------------------------------------------------

/** The key the client authenticates with: label, usage, limits. Works with any key. */
export function useCurrentKey<TData = GetCurrentKeyResponse>(
  options: ModelGatesQueryOptions<GetCurrentKeyResponse, TData, CurrentKeyQueryKey> = {},
): UseQueryResult<TData, ModelGatesError> {
  const { client, request, ...rest } = options;
  return useQuery<GetCurrentKeyResponse, ModelGatesError, TData, CurrentKeyQueryKey>({
    ...pick(currentKeyQueryOptions(useModelGates(client), request), CORE),
    ...rest,
  });
}

/** One page (up to 100) of API keys; `query.offset` picks the page. */
export function useApiKeys<TData = ListResponse>(
  query?: ListQuery,
  options: ModelGatesQueryOptions<ListResponse, TData, ApiKeysQueryKey> = {},
): UseQueryResult<TData, ModelGatesError> {
  const { client, request, ...rest } = options;
  return useQuery<ListResponse, ModelGatesError, TData, ApiKeysQueryKey>({
    ...pick(apiKeysQueryOptions(useModelGates(client), query, request), CORE),
    ...rest,
  });
}

/** Every API key, page by page: `fetchNextPage()` loads the next 100; `hasNextPage` turns false
 * after a page shorter than 100 (or an empty one). */
export function useApiKeysInfinite<TData = ApiKeysPages>(
  query?: ApiKeysInfiniteQuery,
  options: ApiKeysInfiniteOptions<TData> = {},
): UseInfiniteQueryResult<TData, ModelGatesError> {
  const { client, request, ...rest } = options;
  return useInfiniteQuery<ListResponse, ModelGatesError, TData, ApiKeysInfiniteQueryKey, number>({
    ...pick(apiKeysInfiniteQueryOptions(useModelGates(client), query, request), PAGES),
    ...rest,
  });
}

/** One API key by hash. Waits (no request, `fetchStatus: 'idle'`) while `hash` is empty. */
export function useApiKey<TData = GetKeyResponse>(
  hash: string | undefined,
  options: ModelGatesQueryOptions<GetKeyResponse, TData, ApiKeyQueryKey> = {},
): UseQueryResult<TData, ModelGatesError> {
  const { client, request, enabled = true, ...rest } = options;
  // `enabled`, not skipToken: a manual refetch() without a hash then fails with the sdk's
  // SDKValidationError (nothing sent) instead of TanStack's untyped "Missing queryFn" error.
  return useQuery<GetKeyResponse, ModelGatesError, TData, ApiKeyQueryKey>({
    ...pick(apiKeyQueryOptions(useModelGates(client), hash ?? '', request), CORE),
    ...rest,
    enabled: hash ? enabled : false,
  });
}

// ---- suspense variants: `data` is always defined; loading suspends, errors go to the nearest
// error boundary (TanStack's `throwOnError` rule for suspense). ---------------------------------

export function useSuspenseCurrentKey<TData = GetCurrentKeyResponse>(
  options: ModelGatesSuspenseQueryOptions<GetCurrentKeyResponse, TData, CurrentKeyQueryKey> = {},
): UseSuspenseQueryResult<TData, ModelGatesError> {
  const { client, request, ...rest } = options;
  return useSuspenseQuery<GetCurrentKeyResponse, ModelGatesError, TData, CurrentKeyQueryKey>({
    ...pick(currentKeyQueryOptions(useModelGates(client), request), CORE),
    ...rest,
  });
}

export function useSuspenseApiKeys<TData = ListResponse>(
  query?: ListQuery,
  options: ModelGatesSuspenseQueryOptions<ListResponse, TData, ApiKeysQueryKey> = {},
): UseSuspenseQueryResult<TData, ModelGatesError> {
  const { client, request, ...rest } = options;
  return useSuspenseQuery<ListResponse, ModelGatesError, TData, ApiKeysQueryKey>({
    ...pick(apiKeysQueryOptions(useModelGates(client), query, request), CORE),
    ...rest,
  });
}

export function useSuspenseApiKeysInfinite<TData = ApiKeysPages>(
  query?: ApiKeysInfiniteQuery,
  options: ApiKeysSuspenseInfiniteOptions<TData> = {},
): UseSuspenseInfiniteQueryResult<TData, ModelGatesError> {
  const { client, request, ...rest } = options;
  return useSuspenseInfiniteQuery<ListResponse, ModelGatesError, TData, ApiKeysInfiniteQueryKey, number>({
    ...pick(apiKeysInfiniteQueryOptions(useModelGates(client), query, request), PAGES),
    ...rest,
  });
}

export function useSuspenseApiKey<TData = GetKeyResponse>(
  hash: string,
  options: ModelGatesSuspenseQueryOptions<GetKeyResponse, TData, ApiKeyQueryKey> = {},
): UseSuspenseQueryResult<TData, ModelGatesError> {
  const { client, request, ...rest } = options;
  return useSuspenseQuery<GetKeyResponse, ModelGatesError, TData, ApiKeyQueryKey>({
    ...pick(apiKeyQueryOptions(useModelGates(client), hash, request), CORE),
    ...rest,
  });
}

// ---- mutations -------------------------------------------------------------------------------

/** The hook's cache callbacks run first; the caller's `onSuccess`/`onError`/`onSettled` after,
 * with the same arguments, so they see the cache already updated. */
type Callbacks = 'onSuccess' | 'onError' | 'onSettled';
type Fn = (...args: never[]) => unknown;

function chain<F extends Fn>(first: F | undefined, second: F | undefined): F | undefined {
  if (!first || !second) return first ?? second;
  const both = async (...args: Parameters<F>) => {
    await first(...args);
    await second(...args);
  };
  return both as unknown as F;
}

// `any`: the constraint must accept every hook's own data, variables and context types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function withCallbacks<T extends Pick<UseMutationOptions<any, any, any, any>, Callbacks>>(
  base: T,
  extra: Partial<T>,
): T {
  return {
    ...extra,
    ...base,
    onSuccess: chain(base.onSuccess, extra.onSuccess),
    onError: chain(base.onError, extra.onError),
    onSettled: chain(base.onSettled, extra.onSettled),
  };
}

export type MutationHookOptions<TData, TVariables, TContext> = Omit<
  UseMutationOptions<TData, ModelGatesError, TVariables, TContext>,
  'mutationFn' | 'mutationKey' | 'onMutate'
> &
  ModelGatesHookOptions;

/** Options of `useCreateApiKey`. `gcTime` is fixed at 0 so the secret leaves the MutationCache
 * as soon as nothing shows it. */
export type CreateApiKeyOptions = Omit<
  MutationHookOptions<CreateKeysResponse, CreateKeyInput, unknown>,
  'gcTime'
>;

export interface OptimisticOption {
  /** Show the change before the server answers; rolled back if it refuses. Default false. */
  optimistic?: boolean;
}

export type UpdateApiKeyOptions = MutationHookOptions<
  UpdateKeysResponse,
  UpdateApiKeyVariables,
  ApiKeyMutationContext
> &
  OptimisticOption;
export type DeleteApiKeyOptions = MutationHookOptions<
  DeleteKeysResponse,
  DeleteApiKeyVariables,
  ApiKeyMutationContext
> &
  OptimisticOption;

/**
 * Create a key: `const { data, key } = await create.mutateAsync({ name })`. `key` is the secret,
 * returned this once: it is never written to the query cache, and the mutation holding it is
 * dropped from the MutationCache once unobserved (call `reset()` after the user has copied it).
 */
export function useCreateApiKey(
  options: CreateApiKeyOptions = {},
): UseMutationResult<CreateKeysResponse, ModelGatesError, CreateKeyInput, unknown> {
  const { client, request, ...rest } = options;
  const base = createApiKeyMutationOptions(useModelGates(client), useQueryClient(), { request });
  return useMutation(withCallbacks(base, rest));
}

/** Change a key: `update.mutate({ hash, disabled: true })`. */
export function useUpdateApiKey(
  options: UpdateApiKeyOptions = {},
): UseMutationResult<UpdateKeysResponse, ModelGatesError, UpdateApiKeyVariables, ApiKeyMutationContext> {
  const { client, request, optimistic, ...rest } = options;
  const base = updateApiKeyMutationOptions(useModelGates(client), useQueryClient(), { request, optimistic });
  return useMutation(withCallbacks(base, rest));
}

/** Delete a key: `remove.mutate({ hash })`. */
export function useDeleteApiKey(
  options: DeleteApiKeyOptions = {},
): UseMutationResult<DeleteKeysResponse, ModelGatesError, DeleteApiKeyVariables, ApiKeyMutationContext> {
  const { client, request, optimistic, ...rest } = options;
  const base = deleteApiKeyMutationOptions(useModelGates(client), useQueryClient(), { request, optimistic });
  return useMutation(withCallbacks(base, rest));
}

/**
 * Every operation of the spec has its hook, under the name the spec gives it (`x-modelgates.hook`,
 * in the sdk's operation registry). A new operation is a compile error here, naming the missing
 * hook, until the hook is written above and listed here.
 */
export const hooksByName = {
  useCurrentKey,
  useApiKeys,
  useApiKey,
  useCreateApiKey,
  useUpdateApiKey,
  useDeleteApiKey,
} satisfies Record<HookName, unknown>;
