// This file is generated from spec/openapi.yaml by @hey-api/openapi-ts (pnpm generate).
// Do not edit it by hand: change the spec or scripts/generate.ts and regenerate.

import type { Client, ClientMeta, Options as Options2, RequestResult, TDataShape } from '../runtime/index.js';

import { client } from './client.gen.js';
import type {
  CreateKeysData,
  CreateKeysErrors,
  CreateKeysResponses,
  DeleteKeysData,
  DeleteKeysErrors,
  DeleteKeysResponses,
  GetCurrentKeyData,
  GetCurrentKeyErrors,
  GetCurrentKeyResponses,
  GetKeyData,
  GetKeyErrors,
  GetKeyResponses,
  ListData,
  ListErrors,
  ListResponses,
  UpdateKeysData,
  UpdateKeysErrors,
  UpdateKeysResponses,
} from './types.gen.js';

export type Options<
  TData extends TDataShape = TDataShape,
  ThrowOnError extends boolean = boolean,
  TResponse = unknown,
> = Options2<TData, ThrowOnError, TResponse> & {
  /**
   * You can provide a client instance returned by `createClient()` instead of
   * individual options. This might be also useful if you want to implement a
   * custom client.
   */
  client?: Client;
  /**
   * You can pass arbitrary values through the `meta` object. This can be
   * used to access values that aren't defined as part of the SDK function.
   */
  meta?: keyof ClientMeta extends never ? Record<string, unknown> : ClientMeta;
};

/**
 * Get current API key
 *
 * Get information on the API key associated with the current authentication session. Works with any key.
 */
export const getCurrentKey = <ThrowOnError extends boolean = true>(
  options?: Options<GetCurrentKeyData, ThrowOnError>,
): RequestResult<GetCurrentKeyResponses, GetCurrentKeyErrors, ThrowOnError> =>
  (options?.client ?? client).get<GetCurrentKeyResponses, GetCurrentKeyErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/key',
    ...options,
  });

/**
 * List API keys
 *
 * List the API keys of the authenticated user, up to 100 per page; use `offset` to page.
 * Management key required.
 *
 */
export const list = <ThrowOnError extends boolean = true>(
  options?: Options<ListData, ThrowOnError>,
): RequestResult<ListResponses, ListErrors, ThrowOnError> =>
  (options?.client ?? client).get<ListResponses, ListErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/keys',
    ...options,
  });

/**
 * Create a new API key
 *
 * Create a new API key for the authenticated user. Management key required.
 * The plaintext `key` in the response is shown only once: store it securely.
 *
 */
export const createKeys = <ThrowOnError extends boolean = true>(
  options: Options<CreateKeysData, ThrowOnError>,
): RequestResult<CreateKeysResponses, CreateKeysErrors, ThrowOnError> =>
  (options.client ?? client).post<CreateKeysResponses, CreateKeysErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/keys',
    ...options,
    headers: {
      'Content-Type': 'application/json',
      ...options.headers,
    },
  });

/**
 * Delete an API key
 *
 * Delete an existing API key. Management key required.
 */
export const deleteKeys = <ThrowOnError extends boolean = true>(
  options: Options<DeleteKeysData, ThrowOnError>,
): RequestResult<DeleteKeysResponses, DeleteKeysErrors, ThrowOnError> =>
  (options.client ?? client).delete<DeleteKeysResponses, DeleteKeysErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/keys/{hash}',
    ...options,
  });

/**
 * Get a single API key
 *
 * Get a single API key by hash. Management key required.
 */
export const getKey = <ThrowOnError extends boolean = true>(
  options: Options<GetKeyData, ThrowOnError>,
): RequestResult<GetKeyResponses, GetKeyErrors, ThrowOnError> =>
  (options.client ?? client).get<GetKeyResponses, GetKeyErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/keys/{hash}',
    ...options,
  });

/**
 * Update an API key
 *
 * Update an existing API key. Every field is optional; only the fields sent change. Management key required.
 */
export const updateKeys = <ThrowOnError extends boolean = true>(
  options: Options<UpdateKeysData, ThrowOnError>,
): RequestResult<UpdateKeysResponses, UpdateKeysErrors, ThrowOnError> =>
  (options.client ?? client).patch<UpdateKeysResponses, UpdateKeysErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/keys/{hash}',
    ...options,
    headers: {
      'Content-Type': 'application/json',
      ...options.headers,
    },
  });
