/**
 * The `ModelGates` client: the generated functions, wrapped with input validation, response
 * validation, retries, timeouts, typed errors and attribution headers. Everything is plugged in
 * through the generated client's own options (`fetch`, `auth`, `headers`); `src/gen` is untouched.
 */
import {
  zCreateKeysData,
  zCreateKeysResponse,
  zDeleteKeysData,
  zDeleteKeysResponse,
  zGetCurrentKeyData,
  zGetCurrentKeyResponse,
  zGetKeyData,
  zGetKeyResponse,
  zListData,
  zListResponse,
  zUpdateKeysData,
  zUpdateKeysResponse,
} from '@modelgates/zod';
import { type Client, createClient } from './gen/client/index.js';
import * as gen from './gen/sdk.gen.js';
import type {
  ApiKey,
  CreateKeyRequest,
  CreateKeysResponse,
  CurrentKey,
  DeleteKeysResponse,
  GetCurrentKeyResponse,
  GetKeyResponse,
  ListData,
  ListResponse,
  UpdateKeyRequest,
  UpdateKeysResponse,
} from './gen/types.gen.js';
import {
  type Issue,
  ModelGatesError,
  RequestAbortedError,
  ResponseValidationError,
  SDKValidationError,
} from './errors.js';
import { dropClientOption, readEnv } from './internal/runtime.js';
import { createTransport, type Logger, requestIdOf } from './internal/transport.js';
import { check, type Schema } from './internal/validate.js';
import { DEFAULT_RETRY, type ResolvedRetry, type RetryConfig, resolveRetry } from './retry.js';

export const DEFAULT_BASE_URL = 'https://modelgates.ai/api/v1';
export const DEFAULT_TIMEOUT_MS = 60_000;
/** Keys per page of `list`, as stated in the service's guide. */
export const PAGE_SIZE = 100;

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
  /** Time limit for each attempt, until the response headers arrive. Default 60 000 ms; 0 disables. */
  timeoutMs?: number;
  /** The fetch to use (a mock, a proxy agent, a runtime's own). Default `globalThis.fetch`. */
  fetch?: typeof fetch;
  /** A console-compatible logger; each attempt is logged with the Authorization header redacted. */
  logger?: Logger;
  /** Validate every response against the spec. Default true; unknown extra fields are always allowed. */
  validateResponses?: boolean;
  /** Extra headers sent with every request. */
  headers?: Record<string, string>;
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
  readonly #inner: Promise<WithResponse<T>>;
  constructor(inner: Promise<WithResponse<T>>) {
    this.#inner = inner;
  }
  withResponse(): Promise<WithResponse<T>> {
    return this.#inner;
  }
  then<A = T, B = never>(
    onfulfilled?: ((value: T) => A | PromiseLike<A>) | null,
    onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.#inner.then((r) => r.data).then(onfulfilled, onrejected);
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

export type ListQuery = NonNullable<ListData['query']>;
/** `create`'s input: the wire fields, with `expires_at` also accepting a `Date` (sent as UTC). */
export type CreateKeyInput = Omit<CreateKeyRequest, 'expires_at'> & { expires_at?: string | Date | null };
export type UpdateKeyInput = UpdateKeyRequest;

interface Operation {
  fn: (options: any) => Promise<{ data: unknown; response: Response }>;
  request: Schema;
  response: Schema;
  label: string;
}

const operations = {
  getCurrentKey: { fn: gen.getCurrentKey, request: zGetCurrentKeyData, response: zGetCurrentKeyResponse, label: 'GET /key' },
  list: { fn: gen.list, request: zListData, response: zListResponse, label: 'GET /keys' },
  createKeys: { fn: gen.createKeys, request: zCreateKeysData, response: zCreateKeysResponse, label: 'POST /keys' },
  getKey: { fn: gen.getKey, request: zGetKeyData, response: zGetKeyResponse, label: 'GET /keys/{hash}' },
  updateKeys: { fn: gen.updateKeys, request: zUpdateKeysData, response: zUpdateKeysResponse, label: 'PATCH /keys/{hash}' },
  deleteKeys: { fn: gen.deleteKeys, request: zDeleteKeysData, response: zDeleteKeysResponse, label: 'DELETE /keys/{hash}' },
} satisfies Record<string, Operation>;

export type OperationName = keyof typeof operations;

interface Input {
  path?: { hash: unknown };
  query?: unknown;
  body?: unknown;
}

const attribution = (o: { httpReferer?: string; appTitle?: string; appCategories?: string }) => ({
  'HTTP-Referer': o.httpReferer,
  'X-OpenRouter-Title': o.appTitle,
  'X-OpenRouter-Categories': o.appCategories,
});

function inputIssues(op: Operation, input: Input): Issue[] | undefined {
  const hash = input.path?.hash;
  // `.` and `..` survive percent-encoding as dot segments and would change the path.
  const dots = hash === '.' || hash === '..' ? [{ path: ['hash'], message: 'must not be "." or ".."' }] : undefined;
  const issues = check(op.request, input, 1);
  return issues && dots ? [...issues, ...dots] : (issues ?? dots);
}

function checkTimeout(timeoutMs: number, what: string): number {
  if (!(typeof timeoutMs === 'number' && timeoutMs >= 0)) {
    throw new SDKValidationError(what, [{ path: ['timeoutMs'], message: 'must be a number >= 0' }]);
  }
  return timeoutMs;
}

/** `expires_at` may be a Date: sent as UTC ISO 8601. */
function normalizeCreate(body: CreateKeyInput): CreateKeyRequest {
  const expires = body?.expires_at;
  if (!(expires instanceof Date)) return body as CreateKeyRequest;
  if (Number.isNaN(expires.getTime())) {
    throw new SDKValidationError('POST /keys request', [{ path: ['expires_at'], message: 'is an invalid Date' }]);
  }
  return { ...body, expires_at: expires.toISOString() };
}

export class ModelGates {
  /** The configured generated client: pass it as `{ client }` to the standalone functions and to
   * the TanStack Query helpers so they share this client's auth, retries, timeouts and errors. */
  readonly client: Client;
  readonly apiKeys: ApiKeys;
  readonly baseUrl: string;
  readonly #fetch: typeof fetch;
  /** The transport with the client's own retries and timeout; calls with overrides get their own. */
  readonly #transport: typeof fetch;
  readonly #retry: ResolvedRetry;
  readonly #timeoutMs: number;
  readonly #logger: Logger | undefined;
  readonly #validateResponses: boolean;

  constructor(options: ModelGatesOptions = {}) {
    const baseUrl = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
    if (!/^https?:\/\/[^/]/i.test(baseUrl)) {
      throw new SDKValidationError('client options', [{ path: ['baseUrl'], message: 'must be an absolute http(s) URL' }]);
    }
    const timeoutMs = checkTimeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS, 'client options');
    this.baseUrl = baseUrl;
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.#retry = resolveRetry(options.retries, DEFAULT_RETRY);
    this.#timeoutMs = timeoutMs;
    this.#logger = options.logger;
    this.#validateResponses = options.validateResponses ?? true;
    const apiKey = options.apiKey ?? readEnv('MODELGATES_API_KEY');
    this.#transport = createTransport(this.#transportOptions(undefined));
    this.client = createClient({
      baseUrl,
      auth: typeof apiKey === 'function' ? () => apiKey() : () => apiKey,
      headers: { ...options.headers, ...attribution(options) },
      throwOnError: true,
      // The API speaks JSON only: parse every body as JSON whatever its content-type says, so a
      // wrong body is a ResponseValidationError instead of a stream or a string.
      parseAs: 'json',
      requestValidator: dropClientOption,
      fetch: this.#transport,
    });
    this.apiKeys = new ApiKeys(this);
  }

  #transportOptions(options: RequestOptions | undefined) {
    return {
      fetch: this.#fetch,
      retry: options?.retries ? resolveRetry(options.retries, this.#retry) : this.#retry,
      timeoutMs: options?.timeoutMs === undefined ? this.#timeoutMs : checkTimeout(options.timeoutMs, 'request options'),
      logger: this.#logger,
    };
  }

  /**
   * Runs one operation: validates the input, sends it through the generated function, validates
   * the response. Exposed for the React Query package; most code wants `apiKeys.*`.
   */
  request<T>(name: OperationName, input: Input, options?: RequestOptions): APIPromise<T> {
    return new APIPromise(this.#run<T>(operations[name], input, options));
  }

  async #run<T>(op: Operation, input: Input, options: RequestOptions | undefined): Promise<WithResponse<T>> {
    const issues = inputIssues(op, input);
    if (issues) throw new SDKValidationError(`${op.label} request`, issues);

    const override = options?.retries !== undefined || options?.timeoutMs !== undefined;
    let result: { data: unknown; response: Response };
    try {
      result = await op.fn({
        ...input,
        client: this.client,
        fetch: override ? createTransport(this.#transportOptions(options)) : undefined,
        headers: options ? { ...options.headers, ...attribution(options) } : undefined,
        signal: options?.signal,
        // The body comes back as text: parsed here, where the response is at hand for errors.
        parseAs: 'text',
        throwOnError: true,
      });
    } catch (error) {
      if (error instanceof ModelGatesError) throw error;
      // Aborted while the body was being read (the transport covers everything before that).
      if (options?.signal?.aborted) throw new RequestAbortedError(`${op.label} was aborted`, { cause: options.signal.reason });
      throw new ModelGatesError(`${op.label} failed: ${error instanceof Error ? error.message : String(error)}`, {
        cause: error,
      });
    }

    const { response } = result;
    const text = result.data as string;
    const requestId = requestIdOf(response.headers);
    const fail = (message: string, data?: unknown, bad?: Issue[]) =>
      new ResponseValidationError(op.label, bad ?? [{ path: [], message }], { status: response.status, requestId, data });
    let data: unknown;
    if (text === '') {
      // A 204 to DELETE means the key is gone; anywhere else a body was expected.
      if (op !== operations.deleteKeys) throw fail(`HTTP ${response.status} came with an empty body`);
      data = { deleted: true };
    } else {
      try {
        data = JSON.parse(text);
      } catch {
        // No `cause`: a SyntaxError quotes the start of the body, which may hold a created key.
        throw fail('body is not valid JSON');
      }
    }
    if (this.#validateResponses) {
      const bad = check(op.response, data);
      if (bad) throw fail('', data, bad);
    }
    return { data: data as T, response, requestId };
  }
}

/** The six API-key operations, named as in the Python and Go SDKs. */
export class ApiKeys {
  readonly #mg: ModelGates;
  constructor(mg: ModelGates) {
    this.#mg = mg;
  }

  /** Get the API key used to authenticate (works with any key). */
  getCurrentKeyMetadata(options?: RequestOptions): APIPromise<GetCurrentKeyResponse> {
    return this.#mg.request('getCurrentKey', {}, options);
  }

  /** One page (up to 100) of API keys. Management key required. */
  list(query?: ListQuery, options?: RequestOptions): APIPromise<ListResponse> {
    return this.#mg.request('list', query ? { query } : {}, options);
  }

  /** Every API key, page after page, fetched lazily as you iterate. */
  async *listAll(query?: Omit<ListQuery, 'offset'> & { offset?: number }, options?: RequestOptions): AsyncGenerator<ApiKey> {
    let offset = query?.offset ?? 0;
    for (;;) {
      const page = await this.list({ ...query, offset }, options);
      yield* page.data;
      if (page.data.length < PAGE_SIZE) return;
      offset += page.data.length;
    }
  }

  /** Create a key. The returned `key` is its secret, shown this once. Management key required.
   * Not retried after a failure that may have reached the server, unless `retryNonIdempotent`. */
  create(body: CreateKeyInput, options?: RequestOptions): APIPromise<CreateKeysResponse> {
    try {
      return this.#mg.request('createKeys', { body: normalizeCreate(body) }, options);
    } catch (error) {
      return new APIPromise(Promise.reject(error));
    }
  }

  /** Get one key by hash. Management key required. */
  get(hash: string, options?: RequestOptions): APIPromise<GetKeyResponse> {
    return this.#mg.request('getKey', { path: { hash } }, options);
  }

  /** Change a key's name, limit, reset or disabled flag. Management key required. */
  update(hash: string, body: UpdateKeyInput, options?: RequestOptions): APIPromise<UpdateKeysResponse> {
    return this.#mg.request('updateKeys', { path: { hash }, body }, options);
  }

  /** Delete a key. Management key required. A retry that finds the key already gone reports success. */
  delete(hash: string, options?: RequestOptions): APIPromise<DeleteKeysResponse> {
    return this.#mg.request('deleteKeys', { path: { hash } }, options);
  }
}

export type { ApiKey, CurrentKey };
