/**
 * Everything a query or a mutation needs, framework-free: the adapters hand these to their own
 * `useQuery` / `createQuery` / `useMutation`, and loaders to `queryClient.prefetchQuery`.
 *
 * Requests go through `mg.request`, the sdk's validated pipeline (input checked before anything is
 * sent, response checked against the spec, errors thrown as the sdk's classes), so the error type
 * is `ModelGatesError`. What is mechanical comes from the operation registry: the keys, the paging
 * (offset parameter, item array, page size) and which results hold a secret. What carries UX (what
 * each mutation does to the cache) is written here, one helper per operation, and
 * `optionsByOperation` makes a new operation of the spec a compile error in this file.
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
  type OperationInput,
  operations,
  type ReadOperationId,
  type RequestOptions,
  type UpdateKeyInput,
  type UpdateKeysResponse,
  type WriteOperationId,
} from '@modelgates/sdk';
import { apiKeyCache, type CacheClient } from './cache.js';
import {
  type ApiKeyQueryKey,
  type ApiKeysInfiniteQuery,
  type ApiKeysInfiniteQueryKey,
  type ApiKeysQueryKey,
  compact,
  type CurrentKeyQueryKey,
  type KeyInput,
  operationQueryKey,
} from './keys.js';

/** Per-request options (headers, timeout, retries, attribution). The abort signal is TanStack's.
 * They are not part of the query key: two calls differing only in these share a cache entry. */
export type QueryRequestOptions = Omit<RequestOptions, 'signal'>;

/** A query's options, as every TanStack Query v5 adapter takes them. */
export interface ModelGatesQuery<TData, TKey extends readonly unknown[]> {
  queryKey: TKey;
  queryFn: (context: { queryKey: TKey; signal: AbortSignal; pageParam?: unknown }) => Promise<TData>;
  retry: false;
}

/** An infinite query's options: pages advance by offset. */
export interface ModelGatesInfiniteQuery<TData, TKey extends readonly unknown[]> {
  queryKey: TKey;
  queryFn: (context: { queryKey: TKey; signal: AbortSignal; pageParam: number }) => Promise<TData>;
  initialPageParam: number;
  getNextPageParam: (lastPage: TData, pages: unknown, lastPageParam: number) => number | undefined;
  retry: false;
}

/** A mutation's options. `TContext` is what `onMutate` returns. */
export interface ModelGatesMutation<TData, TVariables, TContext = unknown> {
  mutationKey: readonly [{ _id: WriteOperationId; baseUrl: string }];
  mutationFn: (variables: TVariables) => Promise<TData>;
  gcTime?: number;
  onMutate?: (variables: TVariables) => Promise<TContext>;
  onSuccess?: (data: TData, variables: TVariables) => void | Promise<void>;
  onError?: (error: unknown, variables: TVariables, context: TContext | undefined) => void | Promise<void>;
}

// `retry: false` below: the sdk already retries what is worth retrying (connection errors,
// timeouts, 429, 5xx) with backoff; TanStack's own 3 retries on top would multiply attempts and
// retry 4xx answers.

/**
 * A query's data is cached, shared by every component, and may be dehydrated into a server-rendered
 * page, so no read operation may return a secret (`x-modelgates-secret` in the spec). A spec change
 * that marks a field of a read response secret is a compile error here, naming the field, until
 * this core decides how that query is kept (`gcTime: 0`, never dehydrated: `dehydrateOptions`
 * already leaves out the queries of any operation with secrets).
 */
type ReadSecret = (typeof operations)[ReadOperationId]['secrets'][number];
export type ReadSecretCheck = [ReadSecret] extends [never]
  ? true
  : { error: 'a read operation returns a secret field'; field: ReadSecret };
export const readsHoldNoSecret: ReadSecretCheck = true;

/** The options of any read operation of the registry, keyed by its input (`infinite`: a page of
 * it at a time, `pageParam` its offset). */
function readQuery<TData, TKey extends [{ path?: unknown; query?: object }]>(
  mg: ModelGates,
  id: ReadOperationId,
  input: KeyInput,
  request?: QueryRequestOptions,
  infinite?: boolean,
): ModelGatesQuery<TData, TKey> {
  return {
    queryKey: operationQueryKey(mg, id, input, infinite) as TKey,
    // The key holds the operation's input (`path`, `query`), which is all `mg.request` reads; a
    // page of an infinite list adds its offset (the registry's `paginated.offset`) to the query.
    queryFn: async ({ queryKey: [input], signal, pageParam }) =>
      mg.request<TData>(
        id,
        (pageParam === undefined
          ? input
          : { query: { ...input.query, [operations.list.paginated.offset]: pageParam } }) as OperationInput,
        { ...request, signal },
      ),
    retry: false,
  };
}

/**
 * Next offset of an infinite list: the offset after the last page, or `undefined` (no more pages)
 * when that page held fewer than the page size (100) keys, an empty page included.
 */
export function nextApiKeysOffset(
  lastPage: ListResponse,
  _pages: unknown,
  lastOffset: number,
): number | undefined {
  const { items, pageSize } = operations.list.paginated;
  return lastPage[items].length < pageSize ? undefined : lastOffset + lastPage[items].length;
}

export function currentKeyQueryOptions(mg: ModelGates, request?: QueryRequestOptions) {
  return readQuery<GetCurrentKeyResponse, CurrentKeyQueryKey>(mg, 'getCurrentKey', {}, request);
}

/** One page of keys (`query.offset` picks it). */
export function apiKeysQueryOptions(mg: ModelGates, query?: ListQuery, request?: QueryRequestOptions) {
  return readQuery<ListResponse, ApiKeysQueryKey>(mg, 'list', { query }, request);
}

/** Every page of keys, 100 per page, the next offset computed from the last page. */
export function apiKeysInfiniteQueryOptions(
  mg: ModelGates,
  query?: ApiKeysInfiniteQuery,
  request?: QueryRequestOptions,
): ModelGatesInfiniteQuery<ListResponse, ApiKeysInfiniteQueryKey> {
  return {
    ...readQuery<ListResponse, ApiKeysInfiniteQueryKey>(mg, 'list', { query }, request, true),
    initialPageParam: 0,
    getNextPageParam: nextApiKeysOffset,
  };
}

export function apiKeyQueryOptions(mg: ModelGates, hash: string, request?: QueryRequestOptions) {
  return readQuery<GetKeyResponse, ApiKeyQueryKey>(mg, 'getKey', { path: { hash } }, request);
}

/** The update mutation's variables: the key's hash and the fields to change. */
export type UpdateApiKeyVariables = UpdateKeyInput & { hash: string };
/** The delete mutation's variables. */
export interface DeleteApiKeyVariables {
  hash: string;
}
/** What `onMutate` hands the other callbacks: `rollback` undoes an optimistic change (a no-op
 * when the mutation was not optimistic). */
export interface ApiKeyMutationContext {
  rollback: () => void;
}

/** The option every adapter's update and delete take besides TanStack's. */
export interface OptimisticOption {
  /** Show the change before the server answers; rolled back if it refuses. Default false. */
  optimistic?: boolean;
}

export interface MutationBuildOptions extends OptimisticOption {
  request?: QueryRequestOptions;
}

/**
 * The options every mutation of the registry shares: its key, its request, and `gcTime: 0` when
 * its result holds a secret (`x-modelgates-secret`): the mutation, whose `data` holds it, then
 * leaves the MutationCache as soon as nothing observes it (unmount, `reset()`, the next `mutate`).
 */
function writeMutation<TData, TVariables>(
  mg: ModelGates,
  id: WriteOperationId,
  input: (variables: TVariables) => OperationInput,
  request?: QueryRequestOptions,
) {
  const options: ModelGatesMutation<TData, TVariables> = {
    mutationKey: [{ _id: id, baseUrl: mg.baseUrl }],
    mutationFn: async (variables) => mg.request<TData>(id, input(variables), request),
  };
  if (operations[id].secrets.length) options.gcTime = 0;
  return options;
}

/**
 * Create a key. On success the new key (without its secret) is written to its detail entry and
 * every list is invalidated; the mutation stays pending until active lists have refetched.
 */
export function createApiKeyMutationOptions(
  mg: ModelGates,
  queryClient: CacheClient,
  options: Pick<MutationBuildOptions, 'request'> = {},
): ModelGatesMutation<CreateKeysResponse, CreateKeyInput> {
  const cache = apiKeyCache(queryClient, mg);
  return {
    ...writeMutation<CreateKeysResponse, CreateKeyInput>(
      mg,
      'createKeys',
      (body) => ({ body }),
      options.request,
    ),
    onSuccess: async (created) => {
      // Only `data` goes into the query cache, never the secret. No list holds the new key yet:
      // they are invalidated, not rewritten.
      queryClient.setQueryData(cache.keys.detail(created.data.hash), {
        data: created.data,
      } satisfies GetKeyResponse);
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
  queryClient: CacheClient,
  options: MutationBuildOptions = {},
): ModelGatesMutation<UpdateKeysResponse, UpdateApiKeyVariables, ApiKeyMutationContext> {
  const cache = apiKeyCache(queryClient, mg);
  return {
    ...writeMutation<UpdateKeysResponse, UpdateApiKeyVariables>(
      mg,
      'updateKeys',
      (variables) => ({ path: { hash: variables.hash }, body: changesOf(variables) }),
      options.request,
    ),
    // Update and delete each write out their optimistic `onMutate`/`onError`: a helper shared by the
    // two measured bigger in the React package's bundle (bench/README.md, package sizes).
    onMutate: async (variables) => {
      if (!options.optimistic) return { rollback: () => {} };
      const changes = compact(changesOf(variables));
      const rollback = await cache.snapshot(variables.hash);
      cache.patchKey(variables.hash, (key): ApiKey => ({ ...key, ...changes }));
      return { rollback };
    },
    onError: (_error, { hash }, context) => {
      context?.rollback();
      void cache.invalidate(hash);
    },
    onSuccess: (updated) => {
      cache.writeKey(updated.data);
      void cache.invalidate(undefined, true);
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
  queryClient: CacheClient,
  options: MutationBuildOptions = {},
): ModelGatesMutation<DeleteKeysResponse, DeleteApiKeyVariables, ApiKeyMutationContext> {
  const cache = apiKeyCache(queryClient, mg);
  return {
    ...writeMutation<DeleteKeysResponse, DeleteApiKeyVariables>(
      mg,
      'deleteKeys',
      ({ hash }) => ({ path: { hash } }),
      options.request,
    ),
    onMutate: async ({ hash }) => {
      if (!options.optimistic) return { rollback: () => {} };
      const rollback = await cache.snapshot(hash);
      cache.removeFromLists(hash);
      return { rollback };
    },
    onError: (_error, { hash }, context) => {
      context?.rollback();
      void cache.invalidate(hash);
    },
    onSuccess: (_deleted, { hash }) => {
      cache.remove(hash);
      void cache.invalidate(undefined, true);
    },
  };
}

/**
 * Every operation has its options helper: a query for each operation that reads, a mutation for
 * each that writes (kinds from the sdk's operation registry). A new operation is a compile error
 * here, naming it, until its helper is written above and listed here; every adapter builds on it.
 */
export const optionsByOperation = {
  getCurrentKey: currentKeyQueryOptions,
  list: apiKeysQueryOptions,
  getKey: apiKeyQueryOptions,
  createKeys: createApiKeyMutationOptions,
  updateKeys: updateApiKeyMutationOptions,
  deleteKeys: deleteApiKeyMutationOptions,
} satisfies { [K in ReadOperationId]: (mg: ModelGates, ...args: never[]) => { queryKey: unknown } } & {
  [K in WriteOperationId]: (mg: ModelGates, ...args: never[]) => { mutationFn: unknown };
};
