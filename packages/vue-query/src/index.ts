/**
 * @modelgates/vue-query: TanStack Vue Query v5 composables, query options and query keys for
 * ModelGates API-key management, on `@modelgates/query-core` and the app's one `@modelgates/sdk` client.
 *
 * - Composables: `useCurrentKey`, `useApiKeys`, `useApiKeysInfinite`, `useApiKey`, and
 *   `useCreateApiKey`, `useUpdateApiKey`, `useDeleteApiKey` (cache kept true); reactive arguments.
 * - `ModelGatesPlugin` / `provideModelGates` / `useModelGates` hand them the client.
 * - The core's `*QueryOptions` / `*MutationOptions` for prefetching on the server, `modelGatesQueryKeys`
 *   for invalidation, `dehydrateOptions` for what a server may put in the page.
 */
export {
  apiKeyQueryOptions,
  apiKeysInfiniteQueryOptions,
  apiKeysQueryOptions,
  createApiKeyMutationOptions,
  currentKeyQueryOptions,
  dehydrateOptions,
  deleteApiKeyMutationOptions,
  modelGatesQueryKeys,
  nextApiKeysOffset,
  updateApiKeyMutationOptions,
  type ApiKeyMutationContext,
  type ApiKeysInfiniteQuery,
  type ClientOptions,
  type DeleteApiKeyVariables,
  type QueryRequestOptions,
  type UpdateApiKeyVariables,
} from '@modelgates/query-core';
export {
  ModelGatesPlugin,
  modelGatesKey,
  provideModelGates,
  useModelGates,
  type ModelGatesPluginOptions,
} from './plugin.js';
export {
  composablesByName,
  useApiKey,
  useApiKeys,
  useApiKeysInfinite,
  useCreateApiKey,
  useCurrentKey,
  useDeleteApiKey,
  useUpdateApiKey,
  type ApiKeysInfiniteOptions,
  type ApiKeysPages,
  type CreateApiKeyOptions,
  type DeleteApiKeyOptions,
  type ModelGatesQueryOptions,
  type MutationOptions,
  type OptimisticOption,
  type UpdateApiKeyOptions,
} from './composables.js';
