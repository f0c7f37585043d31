/**
 * The types of our client runtime: the interface the generated functions (`sdk.gen.ts`,
 * `client.gen.ts`) and the TanStack Query helpers call, in the shape hey-api's custom-client plugin
 * API expects (`createClient`, `createConfig`, `Client`, `Config`, `ClientOptions`, `Options`,
 * `TDataShape`). Only what the spec uses: JSON bodies, bearer auth, primitive query parameters.
 */
import type { RetryConfig } from '../retry.js';
import type { Hooks } from './hooks.js';

export type HttpMethod = 'DELETE' | 'GET' | 'HEAD' | 'OPTIONS' | 'PATCH' | 'POST' | 'PUT';

/** A security requirement, as the generated functions pass it (`{ scheme: 'bearer', type: 'http' }`). */
export interface Auth {
  in?: 'header' | 'query' | 'cookie';
  name?: string;
  scheme?: 'basic' | 'bearer';
  type: 'apiKey' | 'http';
}

export type AuthToken = string | undefined;

export type HeaderValue = string | number | boolean | null | undefined;

/** A console-compatible logger; only `debug` and `warn` are used. */
export interface Logger {
  debug(message: string, ...details: unknown[]): void;
  warn(message: string, ...details: unknown[]): void;
}

export interface ClientOptions {
  baseUrl?: string;
  throwOnError?: boolean;
}

export interface Config<T extends ClientOptions = ClientOptions> {
  /** Base URL for every request, e.g. `https://modelgates.ai/api/v1`. */
  baseUrl?: T['baseUrl'];
  /** The bearer token, or a function returning it (called once per call, so keys can rotate). */
  auth?: AuthToken | ((auth: Auth) => AuthToken | Promise<AuthToken>);
  /** Headers sent with every request; `undefined` and `null` values are left out. */
  headers?: Record<string, HeaderValue> | Headers;
  /** The fetch to use. Default: the global `fetch`, looked up at call time. */
  fetch?: typeof fetch;
  /** Retry policy. Default: 3 attempts with backoff; see `RetryConfig`. */
  retries?: RetryConfig;
  /** Time limit for each attempt, from sending until the whole body is read. Default 60 000 ms; 0 disables. */
  timeoutMs?: number;
  /** Each attempt is logged at debug level with the Authorization header redacted; retries at warn. */
  logger?: Logger;
  /** Lifecycle hooks for tracing and metrics: nothing secret is passed to them. */
  hooks?: Hooks;
  /** Throw an error (the default) instead of returning `{ error }` for an HTTP error status. */
  throwOnError?: T['throwOnError'];
  /** Called before anything is sent; throws to refuse the request (the `ModelGates` class sets one). */
  requestValidator?: (options: RequestOptions, method: HttpMethod) => unknown;
  /** Called with each parsed 2xx body; throws to reject it (the `ModelGates` class sets one). */
  responseValidator?: (
    data: unknown,
    options: RequestOptions,
    method: HttpMethod,
    response: Response,
  ) => unknown;
}

export interface RequestOptions<
  ThrowOnError extends boolean = boolean,
  Url extends string = string,
> extends Config<{ throwOnError: ThrowOnError }> {
  /** The JSON body: serialised once, sent as the same string on every attempt. */
  body?: unknown;
  path?: Record<string, unknown>;
  query?: Record<string, unknown>;
  /** Security requirements of the operation; the configured `auth` is sent only when present. */
  security?: ReadonlyArray<Auth>;
  /** Aborts the call at any point: before sending, during headers or body, during a backoff wait. */
  signal?: AbortSignal | null;
  method?: HttpMethod;
  /** The route template, e.g. `/keys/{hash}`. */
  url: Url;
  /** Passed through untouched, for interceptors. */
  meta?: Record<string, unknown>;
  /** Whether sending the request twice is safe (the operation registry says; default: any method but POST). */
  idempotent?: boolean;
}

type Unwrap<T> = T extends Record<string, unknown> ? T[keyof T] : T;

export type RequestResult<
  TData = unknown,
  TError = unknown,
  ThrowOnError extends boolean = boolean,
> = ThrowOnError extends true
  ? Promise<{ data: Unwrap<TData>; response: Response }>
  : Promise<
      ({ data: Unwrap<TData>; error: undefined } | { data: undefined; error: Unwrap<TError> }) & {
        response: Response;
      }
    >;

type MethodFn = <TData = unknown, TError = unknown, ThrowOnError extends boolean = false>(
  options: Omit<RequestOptions<ThrowOnError>, 'method'>,
) => RequestResult<TData, TError, ThrowOnError>;

type RequestFn = <TData = unknown, TError = unknown, ThrowOnError extends boolean = false>(
  options: RequestOptions<ThrowOnError> & { method: HttpMethod },
) => RequestResult<TData, TError, ThrowOnError>;

export type RequestInterceptor = (
  request: Request,
  options: RequestOptions,
) => Request | undefined | Promise<Request | undefined>;
export type ResponseInterceptor = (
  response: Response,
  options: RequestOptions,
) => Response | undefined | Promise<Response | undefined>;
export type ErrorInterceptor = (
  error: unknown,
  response: Response | undefined,
  options: RequestOptions,
) => unknown;

export interface Interceptors<F> {
  /** The registered functions, in order; ejected ones are `null`. */
  readonly fns: Array<F | null>;
  /** Adds one; returns its id. */
  use(fn: F): number;
  /** Removes one by id or by function. */
  eject(idOrFn: number | F): void;
  clear(): void;
}

export interface Client {
  request: RequestFn;
  get: MethodFn;
  post: MethodFn;
  put: MethodFn;
  patch: MethodFn;
  delete: MethodFn;
  head: MethodFn;
  options: MethodFn;
  /** The final URL of a request: base URL, path parameters, query. */
  buildUrl: (options: Pick<RequestOptions, 'baseUrl' | 'path' | 'query' | 'url'>) => string;
  getConfig: () => Config;
  /** Merges into the configuration and returns it. */
  setConfig: (config: Config) => Config;
  interceptors: {
    request: Interceptors<RequestInterceptor>;
    response: Interceptors<ResponseInterceptor>;
    error: Interceptors<ErrorInterceptor>;
  };
}

/**
 * The `createClientConfig()` function will be called on client initialization and the returned
 * object will become the client's initial configuration.
 */
export type CreateClientConfig<T extends ClientOptions = ClientOptions> = (
  override?: Config<ClientOptions & T>,
) => Config<Required<ClientOptions> & T>;

export interface TDataShape {
  body?: unknown;
  headers?: unknown;
  path?: unknown;
  query?: unknown;
  url: string;
}

type OmitKeys<T, K> = Pick<T, Exclude<keyof T, K>>;

/**
 * The options of one generated function: its data (`path`, `query`, `body`) plus per-call settings.
 * `_TResponse` is passed by the generated code (hey-api ≥ 0.98 types response transformers with it);
 * this runtime has no transformers, so it is accepted and unused.
 */
export type Options<
  TData extends TDataShape = TDataShape,
  ThrowOnError extends boolean = boolean,
  _TResponse = unknown,
> = OmitKeys<RequestOptions<ThrowOnError>, 'body' | 'path' | 'query' | 'url'> &
  ([TData] extends [never] ? unknown : Omit<TData, 'url'>);

/**
 * The type of the `meta` option when augmented (hey-api ≥ 0.98: the generated `Options` types
 * `meta` as `ClientMeta` once it has a key, and as `Record<string, unknown>` while it is empty).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ClientMeta {}
