/**
 * `queryOptions`-style helpers: everything a query or mutation needs, for `useQuery`,
 * `useSuspenseQuery`, `queryClient.prefetchQuery` / `ensureQueryData` in loaders, or `useMutation`.
 *
 * The options themselves are `@modelgates/query-core`'s (requests through the sdk's validated
 * pipeline, so `TError` is `ModelGatesError`; the cache kept true by the mutations); here they get
 * TanStack React Query's types (`queryOptions` tags the key with the data type).
 */
import {
  apiKeyQueryOptions as coreApiKey,
  apiKeysInfiniteQueryOptions as coreInfinite,
  apiKeysQueryOptions as coreList,
  createApiKeyMutationOptions as coreCreate,
  currentKeyQueryOptions as coreCurrentKey,
  deleteApiKeyMutationOptions as coreDelete,
  type ApiKeyMutationContext,
  type DeleteApiKeyVariables,
  type MutationBuildOptions,
  type UpdateApiKeyVariables,
  updateApiKeyMutationOptions as coreUpdate,
} from '@modelgates/query-core';
import type {
  CreateKeyInput,
  CreateKeysResponse,
  DeleteKeysResponse,
  GetCurrentKeyResponse,
  GetKeyResponse,
  ListResponse,
  ModelGates,
  ModelGatesError,
  UpdateKeysResponse,
} from '@modelgates/sdk';
import type {
  DataTag,
  InfiniteData,
  QueryClient,
  QueryKey,
  UnusedSkipTokenInfiniteOptions,
  UnusedSkipTokenOptions,
  UseInfiniteQueryOptions,
  UseMutationOptions,
  UseQueryOptions,
} from '@tanstack/react-query';
import type {
  ApiKeyQueryKey,
  ApiKeysInfiniteQueryKey,
  ApiKeysQueryKey,
  CurrentKeyQueryKey,
} from '@modelgates/query-core';

export {
  nextApiKeysOffset,
  type ApiKeyMutationContext,
  type DeleteApiKeyVariables,
  type MutationBuildOptions,
  type QueryRequestOptions,
  type UpdateApiKeyVariables,
} from '@modelgates/query-core';

/** A core helper with the type TanStack's `queryOptions(...)` gives its result: the key tagged
 * with the data and error types (for `getQueryData`). `queryOptions` is the identity at run time,
 * so the core's function is exported as it is: the tag is a type, and no byte is added. */
type Tagged<Args extends unknown[], TData, TKey extends QueryKey> = (...args: Args) => UnusedSkipTokenOptions<
  TData,
  ModelGatesError,
  TData,
  TKey
> & {
  queryKey: DataTag<TKey, TData, ModelGatesError>;
};

export const currentKeyQueryOptions = coreCurrentKey satisfies (
  ...args: never[]
) => UseQueryOptions<
  GetCurrentKeyResponse,
  ModelGatesError,
  GetCurrentKeyResponse,
  CurrentKeyQueryKey
> as unknown as Tagged<Parameters<typeof coreCurrentKey>, GetCurrentKeyResponse, CurrentKeyQueryKey>;

/** One page of keys (`query.offset` picks it). */
export const apiKeysQueryOptions = coreList satisfies (
  ...args: never[]
) => UseQueryOptions<ListResponse, ModelGatesError, ListResponse, ApiKeysQueryKey> as unknown as Tagged<
  Parameters<typeof coreList>,
  ListResponse,
  ApiKeysQueryKey
>;

export const apiKeyQueryOptions = coreApiKey satisfies (
  ...args: never[]
) => UseQueryOptions<GetKeyResponse, ModelGatesError, GetKeyResponse, ApiKeyQueryKey> as unknown as Tagged<
  Parameters<typeof coreApiKey>,
  GetKeyResponse,
  ApiKeyQueryKey
>;

type Pages = InfiniteData<ListResponse, number>;

/** Every page of keys, 100 per page, the next offset computed from the last page. */
export const apiKeysInfiniteQueryOptions = coreInfinite satisfies (
  ...args: never[]
) => UseInfiniteQueryOptions<
  ListResponse,
  ModelGatesError,
  Pages,
  ApiKeysInfiniteQueryKey,
  number
> as unknown as (...args: Parameters<typeof coreInfinite>) => UnusedSkipTokenInfiniteOptions<
  ListResponse,
  ModelGatesError,
  Pages,
  ApiKeysInfiniteQueryKey,
  number
> & {
  queryKey: DataTag<ApiKeysInfiniteQueryKey, InfiniteData<ListResponse>, ModelGatesError>;
};

/**
 * Create a key. On success the new key (without its secret) is written to its detail entry and
 * every list is invalidated; the mutation stays pending until active lists have refetched.
 * `gcTime: 0`: the mutation, whose `data` holds the secret `key`, leaves the MutationCache as
 * soon as nothing observes it (unmount, `reset()`, the next `mutate`).
 */
export const createApiKeyMutationOptions: (
  mg: ModelGates,
  queryClient: QueryClient,
  options?: Pick<MutationBuildOptions, 'request'>,
) => UseMutationOptions<CreateKeysResponse, ModelGatesError, CreateKeyInput> = coreCreate;

/**
 * Update a key. On success the returned key replaces the cached one in its detail entry and in
 * every list, and the lists are invalidated (a change such as `disabled` can move a key in or out
 * of a filtered list). With `optimistic`, the change shows at once and is rolled back if the
 * server refuses; after a refusal the touched entries are invalidated.
 */
export const updateApiKeyMutationOptions: (
  mg: ModelGates,
  queryClient: QueryClient,
  options?: MutationBuildOptions,
) => UseMutationOptions<UpdateKeysResponse, ModelGatesError, UpdateApiKeyVariables, ApiKeyMutationContext> =
  coreUpdate;

/**
 * Delete a key. On success its detail entry is removed and it is dropped from every list, which
 * are then invalidated (later pages shift by one). With `optimistic`, it leaves the lists at once
 * and comes back if the server refuses.
 */
export const deleteApiKeyMutationOptions: (
  mg: ModelGates,
  queryClient: QueryClient,
  options?: MutationBuildOptions,
) => UseMutationOptions<DeleteKeysResponse, ModelGatesError, DeleteApiKeyVariables, ApiKeyMutationContext> =
  coreDelete;
