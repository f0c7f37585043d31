/**
 * @modelgates/svelte-query: TanStack Svelte Query v6 (Svelte 5 runes) functions, query options and
 * query keys for ModelGates API-key management, on `@modelgates/query-core` and the app's one
 * `@modelgates/sdk` client.
 *
 * - Functions: `useCurrentKey`, `useApiKeys`, `useApiKeysInfinite`, `useApiKey`, and
 *   `useCreateApiKey`, `useUpdateApiKey`, `useDeleteApiKey` (cache kept true); getter arguments.
 * - `setModelGatesContext` / `useModelGates` hand them the client.
 * - The core's `*QueryOptions` / `*MutationOptions` for `load` functions, `modelGatesQueryKeys`
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
export { setModelGatesContext, useModelGates } from './context.js';
export {
  functionsByName,
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
  type MaybeGetter,
  type ModelGatesQueryOptions,
  type MutationOptions,
  type OptimisticOption,
  type UpdateApiKeyOptions,
} from './functions.js';
