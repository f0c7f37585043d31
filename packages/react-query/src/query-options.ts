/**
 * `queryOptions`-style helpers: everything a query or mutation needs, for `useQuery`,
 * `useSuspenseQuery`, `queryClient.prefetchQuery` / `ensureQueryData` in loaders, or `useMutation`.
 *
 * Requests go through `mg.apiKeys.*`, the sdk's validated pipeline (input checked before anything
 * is sent, response checked against the spec, errors thrown as the sdk's classes), so `TError` is
 * `ModelGatesError`. The keys are the generated ones (see query-keys.ts).
 */
import {
  type ApiKey,
  type CreateKeyInput,
  type CreateKeysResponse,
  type DeleteKeysResponse,
  type GetCurrentKeyResponse,
  type GetKeyResponse,
  type ListQuery,
  type ListResponse,
  type ModelGates,
  type ModelGatesError,
  PAGE_SIZE,
  type ReadOperationId,
  type WriteOperationId,
  type RequestOptions,
  type UpdateKeyInput,
  type UpdateKeysResponse,
} from '@modelgates/sdk';
import {
  type InfiniteData,
  infiniteQueryOptions,
  type QueryClient,
  queryOptions,
  type UseMutationOptions,
} from '@tanstack/react-query';
import { apiKeyCache } from './internal/cache.js';
import {
  compact,
  type ApiKeyQueryKey,
  type ApiKeysInfiniteQuery,
  type ApiKeysInfiniteQueryKey,
  type ApiKeysQueryKey,
  type CurrentKeyQueryKey,
  modelGatesQueryKeys,
} from './query-keys.js';

/** Per-request options (headers, timeout, retries, attribution). The abort signal is TanStack's.
 * They are not part of the query key: two calls differing only in these share a cache entry. */
export type QueryRequestOptions = Omit<RequestOptions, 'signal'>;

/**
 * Next offset of an infinite list: the offset after the last page, or `undefined` (no more pages)
 * when that page held fewer than PAGE_SIZE (100) keys, an empty page included.
 */
export function nextApiKeysOffset(
  lastPage: ListResponse,
  _pages: unknown,
  lastOffset: number,
): number | undefined {
  return lastPage.data.length < PAGE_SIZE ? undefined : lastOffset + lastPage.data.length;
}

// The sdk already retries what is worth retrying (connection errors, timeouts, 429, 5xx) with
// backoff; TanStack's own 3 retries on top would multiply attempts and retry 4xx answers.
const retry = false;

export function currentKeyQueryOptions(mg: ModelGates, request?: QueryRequestOptions) {
  return queryOptions<GetCurrentKeyResponse, ModelGatesError, GetCurrentKeyResponse, CurrentKeyQueryKey>({
    queryKey: modelGatesQueryKeys(mg).currentKey(),
    queryFn: async ({ signal }) => mg.apiKeys.getCurrentKeyMetadata({ ...request, signal }),
    retry,
  });
}

/** One page of keys (`query.offset` picks it). */
export function apiKeysQueryOptions(mg: ModelGates, query?: ListQuery, request?: QueryRequestOptions) {
  return queryOptions<ListResponse, ModelGatesError, ListResponse, ApiKeysQueryKey>({
    queryKey: modelGatesQueryKeys(mg).list(query),
    queryFn: async ({ queryKey, signal }) => mg.apiKeys.list(queryKey[0].query, { ...request, signal }),
    retry,
  });
}

/** Every page of keys, 100 per page, the next offset computed from the last page. */
export function apiKeysInfiniteQueryOptions(
  mg: ModelGates,
  query?: ApiKeysInfiniteQuery,
  request?: QueryRequestOptions,
) {
  return infiniteQueryOptions<
    ListResponse,
    ModelGatesError,
    InfiniteData<ListResponse, number>,
    ApiKeysInfiniteQueryKey,
    number
  >({
    queryKey: modelGatesQueryKeys(mg).infinite(query),
    queryFn: async ({ queryKey, pageParam, signal }) =>
      mg.apiKeys.list({ ...queryKey[0].query, offset: pageParam }, { ...request, signal }),
    initialPageParam: 0,
    getNextPageParam: nextApiKeysOffset,
    retry,
  });
}

export function apiKeyQueryOptions(mg: ModelGates, hash: string, request?: QueryRequestOptions) {
  return queryOptions<GetKeyResponse, ModelGatesError, GetKeyResponse, ApiKeyQueryKey>({
    queryKey: modelGatesQueryKeys(mg).detail(hash),
    queryFn: async ({ queryKey, signal }) => mg.apiKeys.get(queryKey[0].path.hash, { ...request, signal }),
    retry,
  });
}

/** `useUpdateApiKey`'s variables: the key's hash and the fields to change. */
export type UpdateApiKeyVariables = UpdateKeyInput & { hash: string };
/** `useDeleteApiKey`'s variables. */
export interface DeleteApiKeyVariables {
  hash: string;
}
/** What `onMutate` hands the other callbacks: `rollback` undoes an optimistic change (a no-op
 * when the mutation was not optimistic). */
export interface ApiKeyMutationContext {
  rollback: () => void;
}

export interface MutationBuildOptions {
  request?: QueryRequestOptions;
  /** Change the cache before the server answers; rolled back if it refuses. Default false. */
  optimistic?: boolean;
}

const noRollback: ApiKeyMutationContext = { rollback: () => {} };

const mutationKey = (mg: ModelGates, id: string) => [{ _id: id, baseUrl: mg.baseUrl }] as const;

/**
 * Create a key. On success the new key (without its secret) is written to its detail entry and
 * every list is invalidated; the mutation stays pending until active lists have refetched.
 * `gcTime: 0`: the mutation, whose `data` holds the secret `key`, leaves the MutationCache as
 * soon as nothing observes it (unmount, `reset()`, the next `mutate`).
 */
export function createApiKeyMutationOptions(
  mg: ModelGates,
  queryClient: QueryClient,
  options: Pick<MutationBuildOptions, 'request'> = {},
): UseMutationOptions<CreateKeysResponse, ModelGatesError, CreateKeyInput> {
  const cache = apiKeyCache(queryClient, mg);
  return {
    mutationKey: mutationKey(mg, 'createKeys'),
    mutationFn: async (input) => mg.apiKeys.create(input, options.request),
    gcTime: 0,
    onSuccess: async (created) => {
      // Only `data` goes into the query cache, never `created.key`.
      queryClient.setQueryData<GetKeyResponse>(cache.keys.detail(created.data.hash), { data: created.data });
      await cache.invalidate();
    },
  };
}

const changesOf = ({ hash: _, ...changes }: UpdateApiKeyVariables): UpdateKeyInput => changes;

/**
 * Update a key. On success the returned key replaces the cached one in its detail entry and in
 * every list, and the lists are invalidated (a change such as `disabled` can move a key in or out
 * of a filtered list). With `optimistic`, the change shows at once and is rolled back if the
 * server refuses; after a refusal the touched entries are invalidated.
 */
export function updateApiKeyMutationOptions(
  mg: ModelGates,
  queryClient: QueryClient,
  options: MutationBuildOptions = {},
): UseMutationOptions<UpdateKeysResponse, ModelGatesError, UpdateApiKeyVariables, ApiKeyMutationContext> {
  const cache = apiKeyCache(queryClient, mg);
  return {
    mutationKey: mutationKey(mg, 'updateKeys'),
    mutationFn: async (variables) => mg.apiKeys.update(variables.hash, changesOf(variables), options.request),
    onMutate: async (variables) => {
      if (!options.optimistic) return noRollback;
      const changes = compact(changesOf(variables));
      await cache.cancel(variables.hash);
      const rollback = cache.snapshot(variables.hash);
      cache.patchKey(variables.hash, (key): ApiKey => ({ ...key, ...changes }));
      return { rollback };
    },
    onSuccess: (updated) => {
      cache.writeKey(updated.data);
      void cache.invalidate({ currentKey: true });
    },
    onError: (_error, { hash }, context) => {
      context?.rollback();
      void cache.invalidate({ detail: hash });
    },
  };
}

/**
 * Delete a key. On success its detail entry is removed and it is dropped from every list, which
 * are then invalidated (later pages shift by one). With `optimistic`, it leaves the lists at once
 * and comes back if the server refuses.
 */
export function deleteApiKeyMutationOptions(
  mg: ModelGates,
  queryClient: QueryClient,
  options: MutationBuildOptions = {},
): UseMutationOptions<DeleteKeysResponse, ModelGatesError, DeleteApiKeyVariables, ApiKeyMutationContext> {
  const cache = apiKeyCache(queryClient, mg);
  return {
    mutationKey: mutationKey(mg, 'deleteKeys'),
    mutationFn: async ({ hash }) => mg.apiKeys.delete(hash, options.request),
    onMutate: async ({ hash }) => {
      if (!options.optimistic) return noRollback;
      await cache.cancel(hash);
      const rollback = cache.snapshot(hash);
      cache.removeFromLists(hash);
      return { rollback };
    },
    onSuccess: (_deleted, { hash }) => {
      // Removing the entry also cancels a fetch of it still in flight, which would bring it back.
      cache.removeDetail(hash);
      cache.removeFromLists(hash);
      void cache.invalidate({ currentKey: true });
    },
    onError: (_error, { hash }, context) => {
      context?.rollback();
      void cache.invalidate({ detail: hash });
    },
  };
}

/**
 * Every operation has its options helper: a query for each operation that reads, a mutation for
 * each that writes (kinds from the sdk's operation registry). A new operation is a compile error
 * here until its helper is written above and listed here.
 */
export const optionsByOperation = {
  getCurrentKey: currentKeyQueryOptions,
  list: apiKeysQueryOptions,
  getKey: apiKeyQueryOptions,
  createKeys: createApiKeyMutationOptions,
  updateKeys: updateApiKeyMutationOptions,
  deleteKeys: deleteApiKeyMutationOptions,
} satisfies { [K in ReadOperationId]: (mg: ModelGates, ...args: never[]) => { queryKey: unknown } } & {
  [K in WriteOperationId]: (mg: ModelGates, ...args: never[]) => { mutationFn?: unknown };
};
