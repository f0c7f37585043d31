/**
 * @modelgates/query-core: the framework-free part of the ModelGates TanStack Query adapters
 * (`@modelgates/react-query`, `@modelgates/vue-query`, `@modelgates/svelte-query`): query keys,
 * query and mutation options, what each mutation does to the cache (optimistic updates with
 * rollback included), paging, and what a server may dehydrate. Built on the sdk's operation
 * registry; no framework and no runtime dependency on TanStack (see README).
 */
export {
  compact,
  modelGatesQueryKeys,
  operationQueryKey,
  type ApiKeyQueryKey,
  type ApiKeysInfiniteQuery,
  type ApiKeysInfiniteQueryKey,
  type ApiKeysQueryKey,
  type CurrentKeyQueryKey,
  type KeyInput,
  type KeyedClient,
  type OperationQueryKey,
} from './keys.js';
export { apiKeyCache, type CacheClient, type InfinitePages, type KeyFilter } from './cache.js';
export {
  apiKeyQueryOptions,
  apiKeysInfiniteQueryOptions,
  apiKeysQueryOptions,
  createApiKeyMutationOptions,
  currentKeyQueryOptions,
  deleteApiKeyMutationOptions,
  nextApiKeysOffset,
  optionsByOperation,
  updateApiKeyMutationOptions,
  type ApiKeyMutationContext,
  type DeleteApiKeyVariables,
  type ModelGatesInfiniteQuery,
  type ModelGatesMutation,
  type ModelGatesQuery,
  type MutationBuildOptions,
  type OptimisticOption,
  type QueryRequestOptions,
  type UpdateApiKeyVariables,
} from './options.js';
export { dehydrateOptions } from './dehydrate.js';
export { helperMutation, helperQuery, noClient, type ClientOptions } from './adapter.js';
