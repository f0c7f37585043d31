/**
 * `@modelgates/sdk/functions`: the generated standalone functions (one per operation, named by its
 * operationId) on the SDK's runtime (retries, timeouts, typed errors), without the `ModelGates`
 * class, the registry or the validators: importing it loads none of them. Ask for validation per
 * call with `@modelgates/sdk/validators`, or pass `{ client: mg.client }` to get a `ModelGates`
 * client's. Everything here is also exported by `@modelgates/sdk`.
 */
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
export { buildUrl, createClient, createConfig, DEFAULT_TIMEOUT_MS } from './runtime/client.js';
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
