/**
 * @modelgates/sdk: the ModelGates API-key management client.
 *
 * - `ModelGates`: the client most code wants (validation, retries, timeouts, typed errors).
 * - The generated standalone functions (`getCurrentKey`, `list`, `createKeys`, `getKey`,
 *   `updateKeys`, `deleteKeys`) and `createClient`, for bundle-size-sensitive code: they skip
 *   validation; pass `{ client: mg.client }` to get a ModelGates client's transport.
 */
export {
  APIPromise,
  ApiKeys,
  DEFAULT_BASE_URL,
  DEFAULT_TIMEOUT_MS,
  ModelGates,
  PAGE_SIZE,
  type CreateKeyInput,
  type ListQuery,
  type ModelGatesOptions,
  type OperationName,
  type RequestOptions,
  type UpdateKeyInput,
  type WithResponse,
} from './client.js';
export {
  APIError,
  BadRequestResponseError,
  ConnectionError,
  ForbiddenResponseError,
  InternalServerResponseError,
  ModelGatesDefaultError,
  ModelGatesError,
  NotFoundResponseError,
  RequestAbortedError,
  RequestTimeoutError,
  ResponseValidationError,
  SDKValidationError,
  TooManyRequestsResponseError,
  UnauthorizedResponseError,
  type Issue,
} from './errors.js';
export { DEFAULT_RETRY, type BackoffStrategy, type RetryConfig } from './retry.js';
export type { Logger } from './internal/transport.js';

export { createKeys, deleteKeys, getCurrentKey, getKey, list, updateKeys, type Options } from './gen/sdk.gen.js';
export type * from './gen/types.gen.js';
export { client } from './gen/client.gen.js';
export { createClient, createConfig } from './gen/client/index.js';
export type { Client, Config, RequestResult } from './gen/client/index.js';
