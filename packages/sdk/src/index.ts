/**
 * @modelgates/sdk: the ModelGates API-key management client.
 *
 * - `ModelGates`: the client most code wants (validation, retries, timeouts, typed errors).
 * - The generated standalone functions (one per operation, named by its operationId: `getCurrentKey`,
 *   `list`, `createKeys`, ...) and `createClient`, for bundle-size-sensitive code. They run on the
 *   same runtime (retries, timeouts, typed errors) without the schemas; pass `{ client: mg.client }`
 *   to get a ModelGates client's validation too.
 */
export {
  APIPromise,
  DEFAULT_BASE_URL,
  DEFAULT_TIMEOUT_MS,
  ModelGates,
  PAGE_SIZE,
  type Caller,
  type ModelGatesOptions,
  type OperationInput,
  type OperationName,
  type RequestOptions,
  type WithResponse,
} from './client.js';
// The resource classes (`mg.apiKeys`) and their input types, generated from the registry.
export * from './gen/resources.gen.js';
// The operation registry: every operation of the spec, its names on every surface, its fields.
export * from './gen/registry.gen.js';
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

// One function per operation, generated: every operation of the spec is exported, none by hand.
export * from './gen/sdk.gen.js';
export type * from './gen/types.gen.js';
export { client } from './gen/client.gen.js';
export { buildUrl, createClient, createConfig } from './runtime/client.js';
export type {
  Auth,
  Client,
  Config,
  HttpMethod,
  Interceptors,
  Logger,
  RequestResult,
  RequestOptions as ClientRequestOptions,
} from './runtime/types.js';
export type {
  CallInfo,
  ErrorEvent,
  Hooks,
  RequestEvent,
  ResponseEvent,
  RetryEvent,
} from './runtime/hooks.js';
