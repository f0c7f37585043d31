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
import { helperMutation, helperQuery } from '@modelgates/query-core';
import { useModelGates } from './provider.js';
import type {
  ApiKeyQueryKey,
  ApiKeysInfiniteQuery,
  ApiKeysInfiniteQueryKey,
  ApiKeysQueryKey,
  CurrentKeyQueryKey,
  OptimisticOption,
} from '@modelgates/query-core';
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

// ---- queries ---------------------------------------------------------------------------------

/** The key the client authenticates with: label, usage, limits. Works with any key. */
export function useCurrentKey<TData = GetCurrentKeyResponse>(
  options: ModelGatesQueryOptions<GetCurrentKeyResponse, TData, CurrentKeyQueryKey> = {},
): UseQueryResult<TData, ModelGatesError> {
  return useQuery<GetCurrentKeyResponse, ModelGatesError, TData, CurrentKeyQueryKey>(
    helperQuery(useModelGates(options.client), currentKeyQueryOptions, options),
  );
}

/** One page (up to 100) of API keys; `query.offset` picks the page. */
export function useApiKeys<TData = ListResponse>(
  query?: ListQuery,
  options: ModelGatesQueryOptions<ListResponse, TData, ApiKeysQueryKey> = {},
): UseQueryResult<TData, ModelGatesError> {
  return useQuery<ListResponse, ModelGatesError, TData, ApiKeysQueryKey>(
    helperQuery(useModelGates(options.client), apiKeysQueryOptions, options, query),
  );
}

/** Every API key, page by page: `fetchNextPage()` loads the next 100; `hasNextPage` turns false
 * after a page shorter than 100 (or an empty one). */
export function useApiKeysInfinite<TData = ApiKeysPages>(
  query?: ApiKeysInfiniteQuery,
  options: ApiKeysInfiniteOptions<TData> = {},
): UseInfiniteQueryResult<TData, ModelGatesError> {
  return useInfiniteQuery<ListResponse, ModelGatesError, TData, ApiKeysInfiniteQueryKey, number>(
    helperQuery(useModelGates(options.client), apiKeysInfiniteQueryOptions, options, query),
  );
}

/** One API key by hash. Waits (no request, `fetchStatus: 'idle'`) while `hash` is empty. */
export function useApiKey<TData = GetKeyResponse>(
  hash: string | undefined,
  options: ModelGatesQueryOptions<GetKeyResponse, TData, ApiKeyQueryKey> = {},
): UseQueryResult<TData, ModelGatesError> {
  // `enabled`, not skipToken: a manual refetch() without a hash then fails with the sdk's
  // SDKValidationError (nothing sent) instead of TanStack's untyped "Missing queryFn" error.
  const waiting = { ...options, enabled: !!hash && (options.enabled ?? true) };
  return useQuery<GetKeyResponse, ModelGatesError, TData, ApiKeyQueryKey>(
    helperQuery(useModelGates(options.client), apiKeyQueryOptions, waiting, hash ?? ''),
  );
}

// ---- suspense variants: `data` is always defined; loading suspends, errors go to the nearest
// error boundary (TanStack's `throwOnError` rule for suspense). ---------------------------------

export function useSuspenseCurrentKey<TData = GetCurrentKeyResponse>(
  options: ModelGatesSuspenseQueryOptions<GetCurrentKeyResponse, TData, CurrentKeyQueryKey> = {},
): UseSuspenseQueryResult<TData, ModelGatesError> {
  return useSuspenseQuery<GetCurrentKeyResponse, ModelGatesError, TData, CurrentKeyQueryKey>(
    helperQuery(useModelGates(options.client), currentKeyQueryOptions, options),
  );
}

export function useSuspenseApiKeys<TData = ListResponse>(
  query?: ListQuery,
  options: ModelGatesSuspenseQueryOptions<ListResponse, TData, ApiKeysQueryKey> = {},
): UseSuspenseQueryResult<TData, ModelGatesError> {
  return useSuspenseQuery<ListResponse, ModelGatesError, TData, ApiKeysQueryKey>(
    helperQuery(useModelGates(options.client), apiKeysQueryOptions, options, query),
  );
}

export function useSuspenseApiKeysInfinite<TData = ApiKeysPages>(
  query?: ApiKeysInfiniteQuery,
  options: ApiKeysSuspenseInfiniteOptions<TData> = {},
): UseSuspenseInfiniteQueryResult<TData, ModelGatesError> {
  return useSuspenseInfiniteQuery<ListResponse, ModelGatesError, TData, ApiKeysInfiniteQueryKey, number>(
    helperQuery(useModelGates(options.client), apiKeysInfiniteQueryOptions, options, query),
  );
}

export function useSuspenseApiKey<TData = GetKeyResponse>(
  hash: string,
  options: ModelGatesSuspenseQueryOptions<GetKeyResponse, TData, ApiKeyQueryKey> = {},
): UseSuspenseQueryResult<TData, ModelGatesError> {
  return useSuspenseQuery<GetKeyResponse, ModelGatesError, TData, ApiKeyQueryKey>(
    helperQuery(useModelGates(options.client), apiKeyQueryOptions, options, hash),
  );
}

export type { OptimisticOption };

// ---- mutations -------------------------------------------------------------------------------

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
  return useMutation(
    helperMutation(useModelGates(options.client), useQueryClient(), createApiKeyMutationOptions, options),
  );
}

/** Change a key: `update.mutate({ hash, disabled: true })`. */
export function useUpdateApiKey(
  options: UpdateApiKeyOptions = {},
): UseMutationResult<UpdateKeysResponse, ModelGatesError, UpdateApiKeyVariables, ApiKeyMutationContext> {
  return useMutation(
    helperMutation(useModelGates(options.client), useQueryClient(), updateApiKeyMutationOptions, options),
  );
}

/** Delete a key: `remove.mutate({ hash })`. */
export function useDeleteApiKey(
  options: DeleteApiKeyOptions = {},
): UseMutationResult<DeleteKeysResponse, ModelGatesError, DeleteApiKeyVariables, ApiKeyMutationContext> {
  return useMutation(
    helperMutation(useModelGates(options.client), useQueryClient(), deleteApiKeyMutationOptions, options),
  );
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
