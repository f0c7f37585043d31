/**
 * The `ModelGates` client: the generated functions, wrapped with input validation, response
 * validation, retries, timeouts, typed errors and attribution headers. Everything is plugged in
 * through the generated client's own options (`fetch`, `auth`, `headers`); `src/gen` is untouched.
 */
import { operationSchemas } from '@modelgates/zod';
import { operationRoutes, type OperationId } from './gen/registry.gen.js';
import { createResources, type ApiKeys, type Resources } from './gen/resources.gen.js';
import type { ApiKey, CurrentKey } from './gen/types.gen.js';
import { type Issue, ResponseValidationError, SDKValidationError } from './errors.js';
import { readEnv } from './internal/runtime.js';
import { check, type Schema } from './internal/validate.js';
import type { RetryConfig } from './retry.js';
import { createClient, DEFAULT_TIMEOUT_MS, requestIdOf } from './runtime/client.js';
import type { Hooks } from './runtime/hooks.js';
import type { Auth, Client, HttpMethod, Logger, RequestOptions as RuntimeOptions } from './runtime/types.js';

export { DEFAULT_TIMEOUT_MS };
export const DEFAULT_BASE_URL = 'https://modelgates.ai/api/v1';
/** Keys per page of `list`, as stated in the service's guide. */
export const PAGE_SIZE: number = operationRoutes.list.paginated.pageSize;

export interface ModelGatesOptions {
  /** The API key, or a function returning it (called per request, so keys can rotate).
   * Defaults to the `MODELGATES_API_KEY` environment variable where the runtime has one. */
  apiKey?: string | (() => string | Promise<string>);
  /** Defaults to `https://modelgates.ai/api/v1`. */
  baseUrl?: string;
  /** `HTTP-Referer`: your app's URL, its primary identifier for rankings. */
  httpReferer?: string;
  /** `X-OpenRouter-Title`: your app's display name in the dashboard. */
  appTitle?: string;
  /** `X-OpenRouter-Categories`: comma-separated categories, e.g. `cli-agent,cloud-agent`. */
  appCategories?: string;
  /** Retry policy for every call; per-call `retries` overrides it. Default: 3 attempts, backoff. */
  retries?: RetryConfig;
  /** Time limit for each attempt, from sending until the whole body is read (a stalled body times
   * out too). Default 60 000 ms; 0 disables. */
  timeoutMs?: number;
  /** The fetch to use (a mock, a proxy agent, a runtime's own). Default `globalThis.fetch`. */
  fetch?: typeof fetch;
  /** A console-compatible logger; each attempt is logged with the Authorization header redacted. */
  logger?: Logger;
  /** Validate every response against the spec. Default true; unknown extra fields are always allowed. */
  validateResponses?: boolean;
  /** Extra headers sent with every request. */
  headers?: Record<string, string>;
  /** Lifecycle hooks for tracing and metrics (attempt sent, response, retry scheduled, failure);
   * they never see the Authorization header, a request body or a response body. */
  hooks?: Hooks;
}

export interface RequestOptions {
  /** Retry policy for this call only. */
  retries?: RetryConfig;
  /** Time limit for each attempt of this call. */
  timeoutMs?: number;
  /** Aborts the call, including a pending retry wait. */
  signal?: AbortSignal;
  /** Extra headers for this call. */
  headers?: Record<string, string>;
  httpReferer?: string;
  appTitle?: string;
  appCategories?: string;
}

/** Parsed data together with the raw response, for status, headers and the request id. */
export interface WithResponse<T> {
  data: T;
  response: Response;
  /** The server's request id (`x-request-id` or similar) when it sent one: quote it to support. */
  requestId: string | undefined;
}

/** A promise of the parsed data that can also give the raw response: `await p.withResponse()`. */
export class APIPromise<T> implements PromiseLike<T> {
  readonly #inner: Promise<{ data: T; response: Response }>;
  constructor(inner: Promise<{ data: T; response: Response }>) {
    this.#inner = inner;
  }
  withResponse(): Promise<WithResponse<T>> {
    return this.#inner.then(({ data, response }) => ({
      data,
      response,
      requestId: requestIdOf(response.headers),
    }));
  }
  then<A = T, B = never>(
    onfulfilled?: ((value: T) => A | PromiseLike<A>) | null,
    onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    // One hop, not two: every `await` of a call goes through here.
    return this.#inner.then(
      onfulfilled ? (r) => onfulfilled(r.data) : (r) => r.data as unknown as A,
      onrejected,
    );
  }
  catch<B = never>(onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<T | B> {
    return this.then(undefined, onrejected);
  }
  finally(onfinally?: (() => void) | null): Promise<T> {
    return this.then().finally(onfinally);
  }
  get [Symbol.toStringTag](): string {
    return 'APIPromise';
  }
}

interface Operation {
  method: HttpMethod;
  url: string;
  request: Schema;
  response: Schema;
  idempotent: boolean;
  dateFields: readonly string[];
  paginated: { offset: string; items: string; pageSize: number } | null;
}

/** The registry's operations with their schemas: exhaustive by type, so an operation the zod
 * package lacks is a compile error here. */
const table = {} as Record<OperationId, Operation>;
for (const id of Object.keys(operationRoutes) as OperationId[]) {
  const o = operationRoutes[id];
  const schemas: Record<OperationId, { request: Schema; response: Schema }> = operationSchemas;
  table[id] = {
    method: o.method,
    url: o.path,
    request: schemas[id].request,
    response: schemas[id].response,
    idempotent: o.idempotent,
    dateFields: o.dateFields,
    paginated: o.paginated,
  };
}

/** An operation's name: the spec's operationId. */
export type OperationName = OperationId;

/** The same operations by `METHOD /route`, as the runtime's validators see a call. */
const byRoute: Record<string, Operation> = {};
for (const o of Object.values(table)) byRoute[`${o.method} ${o.url}`] = o;

/** A call's input: path parameters, query and body, as the generated functions take them. */
export interface OperationInput {
  path?: Record<string, unknown>;
  query?: unknown;
  body?: unknown;
}

/** What the generated resource classes call. */
export interface Caller {
  request<T>(name: OperationId, input: OperationInput, options?: RequestOptions): APIPromise<T>;
  paginate<T>(name: OperationId, query?: object, options?: RequestOptions): AsyncGenerator<T>;
}

const BEARER: ReadonlyArray<Auth> = [{ scheme: 'bearer', type: 'http' }];

const attribution = (o: { httpReferer?: string; appTitle?: string; appCategories?: string }) => ({
  'HTTP-Referer': o.httpReferer,
  'X-OpenRouter-Title': o.appTitle,
  'X-OpenRouter-Categories': o.appCategories,
});

/** Checks a call's input against the spec before anything is sent (runs in the runtime, so the
 * standalone functions called with `{ client: mg.client }` are checked too). */
function validateRequest(o: RuntimeOptions, method: HttpMethod): void {
  const operation = byRoute[`${method} ${o.url}`];
  if (!operation) return;
  const issues = check(operation.request, { path: o.path, query: o.query, body: o.body }, 1);
  if (issues) throw new SDKValidationError(`${method} ${o.url} request`, issues);
}

function responseChecker(validate: boolean) {
  return (data: unknown, o: RuntimeOptions, method: HttpMethod, response: Response): void => {
    const operation = byRoute[`${method} ${o.url}`];
    if (!operation) return;
    const fail = (issues: Issue[]) =>
      new ResponseValidationError(`${method} ${o.url}`, issues, {
        status: response.status,
        requestId: requestIdOf(response.headers),
        data,
      });
    if (data === undefined)
      throw fail([{ path: [], message: `HTTP ${response.status} came with an empty body` }]);
    const bad = validate ? check(operation.response, data) : undefined;
    if (bad) throw fail(bad);
  };
}

/** Date-time body fields may be `Date`s: sent as UTC ISO 8601. */
function normalizeBody(id: OperationId, body: unknown, dateFields: readonly string[]): unknown {
  if (!dateFields.length || typeof body !== 'object' || body === null) return body;
  let out: Record<string, unknown> | undefined;
  for (const field of dateFields) {
    const value = (body as Record<string, unknown>)[field];
    if (!(value instanceof Date)) continue;
    if (Number.isNaN(value.getTime())) {
      const o = table[id];
      throw new SDKValidationError(`${o.method} ${o.url} request`, [
        { path: [field], message: 'is an invalid Date' },
      ]);
    }
    out ??= { ...body };
    out[field] = value.toISOString();
  }
  return out ?? body;
}

export class ModelGates implements Caller, Resources {
  /** The configured runtime client: pass it as `{ client }` to the standalone functions and to
   * the TanStack Query helpers so they share this client's auth, validation, retries, timeouts,
   * hooks and errors. */
  readonly client: Client;
  readonly apiKeys!: ApiKeys;
  readonly baseUrl: string;

  constructor(options: ModelGatesOptions = {}) {
    const baseUrl = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
    if (!/^https?:\/\/[^/]/i.test(baseUrl)) {
      throw new SDKValidationError('client options', [
        { path: ['baseUrl'], message: 'must be an absolute http(s) URL' },
      ]);
    }
    this.baseUrl = baseUrl;
    const apiKey = options.apiKey ?? readEnv('MODELGATES_API_KEY');
    this.client = createClient({
      baseUrl,
      auth: typeof apiKey === 'function' ? () => apiKey() : apiKey,
      headers: { ...options.headers, ...attribution(options) },
      fetch: options.fetch,
      retries: options.retries,
      timeoutMs: options.timeoutMs,
      logger: options.logger,
      hooks: options.hooks,
      throwOnError: true,
      requestValidator: validateRequest,
      responseValidator: responseChecker(options.validateResponses ?? true),
    });
    Object.assign(this, createResources(this));
  }

  /**
   * Runs one operation: input checked, sent, retried, parsed, checked. Exposed for the React Query
   * package; most code wants `apiKeys.*`.
   */
  request<T>(name: OperationId, input: OperationInput, options?: RequestOptions): APIPromise<T> {
    const operation = table[name];
    let body: unknown;
    try {
      body = normalizeBody(name, input.body, operation.dateFields);
    } catch (error) {
      return new APIPromise(Promise.reject(error));
    }
    const o: RuntimeOptions<true> & { method: HttpMethod } = {
      method: operation.method,
      url: operation.url,
      security: BEARER,
      path: input.path,
      query: input.query as RuntimeOptions['query'],
      body,
      idempotent: operation.idempotent,
    };
    if (options) {
      o.signal = options.signal;
      o.retries = options.retries;
      o.timeoutMs = options.timeoutMs;
      o.headers = { ...options.headers, ...attribution(options) };
    }
    return new APIPromise(
      this.client.request<T, unknown, true>(o) as Promise<{ data: T; response: Response }>,
    );
  }

  /** Every item of a paginated operation, page after page, fetched lazily. */
  async *paginate<T>(name: OperationId, query?: object, options?: RequestOptions): AsyncGenerator<T> {
    const paging = table[name].paginated;
    if (!paging) throw new TypeError(`${name} is not a paginated operation`);
    const start = (query as Record<string, unknown> | undefined)?.[paging.offset];
    let offset = typeof start === 'number' ? start : 0;
    for (;;) {
      const page = await this.request<Record<string, T[]>>(
        name,
        { query: { ...query, [paging.offset]: offset } },
        options,
      );
      const items = page[paging.items] ?? [];
      yield* items;
      if (items.length < paging.pageSize) return;
      offset += items.length;
    }
  }
}

export type { ApiKey, CurrentKey };
