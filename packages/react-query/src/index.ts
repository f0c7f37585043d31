/**
 * @modelgates/react-query: TanStack Query v5 hooks, query options and query keys for ModelGates
 * API-key management, on top of the app's one configured `@modelgates/sdk` client.
 *
 * - Hooks: `useCurrentKey`, `useApiKeys`, `useApiKeysInfinite`, `useApiKey`, their suspense
 *   variants, and `useCreateApiKey`, `useUpdateApiKey`, `useDeleteApiKey` (cache kept true).
 * - `ModelGatesProvider` / `useModelGates` hand the hooks the client.
 * - `*QueryOptions` / `*MutationOptions` for loaders, prefetching and custom hooks;
 *   `modelGatesQueryKeys` for invalidation.
 * - The generated helpers (`listOptions`, `getKeyQueryKey`, ...), which skip the sdk's validation.
 */
export * from './gen/@tanstack/react-query.gen.js';
export { ModelGatesProvider, useModelGates, type ModelGatesProviderProps } from './provider.js';
export {
  modelGatesQueryKeys,
  type ApiKeyQueryKey,
  type ApiKeysInfiniteQuery,
  type ApiKeysInfiniteQueryKey,
  type ApiKeysQueryKey,
  type CurrentKeyQueryKey,
  type KeyedClient,
} from '@modelgates/query-core';
export {
  apiKeyQueryOptions,
  apiKeysInfiniteQueryOptions,
  apiKeysQueryOptions,
  createApiKeyMutationOptions,
  currentKeyQueryOptions,
  deleteApiKeyMutationOptions,
  nextApiKeysOffset,
  updateApiKeyMutationOptions,
  type ApiKeyMutationContext,
  type DeleteApiKeyVariables,
  type MutationBuildOptions,
  type QueryRequestOptions,
  type UpdateApiKeyVariables,
} from './query-options.js';
export {
  useApiKey,
  useApiKeys,
  useApiKeysInfinite,
  useCreateApiKey,
  useCurrentKey,
  useDeleteApiKey,
  useSuspenseApiKey,
  useSuspenseApiKeys,
  useSuspenseApiKeysInfinite,
  useSuspenseCurrentKey,
  useUpdateApiKey,
  type ApiKeysInfiniteOptions,
  type ApiKeysPages,
  type ApiKeysSuspenseInfiniteOptions,
  type CreateApiKeyOptions,
  type DeleteApiKeyOptions,
  type ModelGatesHookOptions,
  type ModelGatesQueryOptions,
  type ModelGatesSuspenseQueryOptions,
  type MutationHookOptions,
  type OptimisticOption,
  type UpdateApiKeyOptions,
} from './hooks.js';
