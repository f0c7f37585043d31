/**
 * Our client runtime: the one place where a request is built, sent, retried, timed, parsed and
 * turned into errors. The generated functions call it through hey-api's custom-client interface.
 *
 * - A request is built once (URL, headers, auth, the JSON body as a string); every attempt reuses it.
 * - One loop sends the attempts. Each attempt's timeout covers the whole attempt, body included;
 *   the caller's signal wins at every point (before sending, headers, body, a backoff wait).
 * - Retries: 408, 429, 5xx (not 501/505), timeouts and connection errors, with backoff and
 *   `Retry-After`; a POST (create) is never replayed once it may have reached the server.
 * - Errors are typed; no error, log line or hook ever carries the API key or a response body's secret.
 */
import {
  apiErrorFor,
  ConnectionError,
  MAX_ERROR_BODY,
  type ModelGatesError,
  RequestAbortedError,
  RequestTimeoutError,
  ResponseValidationError,
  SDKValidationError,
} from '../errors.js';
import { onAbort } from '../internal/abort.js';
import { isConnectionRefused } from '../internal/runtime.js';
import {
  backoffDelay,
  DEFAULT_RETRY,
  MAX_RETRY_AFTER_MS,
  type ResolvedRetry,
  resolveRetry,
  retryAfterMs,
} from '../retry.js';
import { type CallInfo, emit } from './hooks.js';
import type {
  Client,
  ClientOptions,
  Config,
  ErrorInterceptor,
  HttpMethod,
  Interceptors,
  RequestInterceptor,
  RequestOptions,
  ResponseInterceptor,
} from './types.js';

export const DEFAULT_TIMEOUT_MS = 60_000;

const REQUEST_ID_HEADERS = ['x-request-id', 'request-id', 'x-amzn-requestid', 'cf-ray'];

export function requestIdOf(headers: Headers): string | undefined {
  for (const name of REQUEST_ID_HEADERS) {
    const value = headers.get(name);
    if (value) return value;
  }
  return undefined;
}

/** Removes secrets (the bearer token) from text that may end up in an error. */
function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) if (s.length >= 4) out = out.split(s).join('[redacted]');
  return out;
}

const SECRET_HEADERS = /^(authorization|proxy-authorization|cookie|x-api-key)$/;

function redactedHeaders(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key in headers) {
    out[key] = !SECRET_HEADERS.test(key)
      ? headers[key]!
      : key === 'authorization'
        ? 'Bearer [redacted]'
        : '[redacted]';
  }
  return out;
}

function checkTimeout(timeoutMs: unknown, what: string): number {
  if (!(typeof timeoutMs === 'number' && timeoutMs >= 0)) {
    throw new SDKValidationError(what, [{ path: ['timeoutMs'], message: 'must be a number >= 0' }]);
  }
  return timeoutMs;
}

/** Copies headers into `into` with lower-case names, leaving out undefined and null values. */
function addHeaders(into: Record<string, string>, headers: Config['headers'] | undefined): void {
  if (!headers) return;
  if (headers instanceof Headers) {
    headers.forEach((value, key) => (into[key] = value));
    return;
  }
  for (const key in headers) {
    const value = headers[key];
    if (value !== undefined && value !== null) into[key.toLowerCase()] = String(value);
  }
}

/** The final URL: base URL, path parameters percent-encoded, primitive (or array) query values. */
export function buildUrl(
  options: Pick<RequestOptions, 'baseUrl' | 'path' | 'query' | 'url'>,
  config?: Config,
): string {
  const base = (options.baseUrl ?? config?.baseUrl ?? '') as string;
  const path = options.path;
  let url =
    (base.endsWith('/') ? base.slice(0, -1) : base) +
    (path
      ? options.url.replace(/\{(\w+)\}/g, (_, name: string) => {
          const value = path[name];
          const primitive =
            typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
          const encoded = primitive ? encodeURIComponent(String(value)) : '';
          // `.`, `..` and '' would change which resource the path names (and an object is no name).
          if (encoded === '' || encoded === '.' || encoded === '..') {
            throw new SDKValidationError(`${options.url} request`, [
              { path: [name], message: 'must not be empty, "." or ".."' },
            ]);
          }
          return encoded;
        })
      : options.url);
  const query = options.query;
  if (query) {
    let sep = url.includes('?') ? '&' : '?';
    for (const key in query) {
      const value = query[key];
      if (value === undefined || value === null) continue;
      for (const v of Array.isArray(value) ? value : [value]) {
        url += `${sep}${encodeURIComponent(key)}=${encodeURIComponent(String(v))}`;
        sep = '&';
      }
    }
  }
  return url;
}

/** Reads at most `limit` characters of an error body, then cancels the rest (a huge page is not buffered). */
async function readLimited(response: Response, limit: number): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return text + decoder.decode();
      text += decoder.decode(value, { stream: true });
      if (text.length >= limit) {
        reader.cancel().catch(() => {});
        return `${text.slice(0, limit)}… [truncated]`;
      }
    }
  } finally {
    reader.releaseLock();
  }
}

type ErrorDetail = { code: number; message: string; metadata?: Record<string, unknown> | null };

function parseErrorBody(text: string): ErrorDetail | undefined {
  try {
    const body = JSON.parse(text) as unknown;
    const error = typeof body === 'object' && body !== null ? (body as { error?: unknown }).error : undefined;
    if (typeof error === 'object' && error !== null) {
      const { code, message } = error as Partial<ErrorDetail>;
      if (typeof code === 'number' && typeof message === 'string') return error as ErrorDetail;
    }
  } catch {
    // Not JSON (an HTML page from a proxy): the default error, with the raw text kept.
  }
  return undefined;
}

function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status !== 501 && status !== 505);
}

function interceptors<F>(): Interceptors<F> {
  const fns: Array<F | null> = [];
  return {
    fns,
    use: (fn) => fns.push(fn) - 1,
    eject: (idOrFn) => {
      const i = typeof idOrFn === 'number' ? idOrFn : fns.indexOf(idOrFn);
      if (fns[i]) fns[i] = null;
    },
    clear: () => void (fns.length = 0),
  };
}

const noop = () => {};

/** What one call resolves to: the data, or with `throwOnError: false` the error body. */
type Result = { data: unknown; response: Response } | { data: undefined; error: unknown; response: Response };

export function createConfig<T extends ClientOptions = ClientOptions>(override: Config<T> = {}): Config<T> {
  return { ...override };
}

export function createClient(initial: Config = {}): Client {
  let config: Config = {};
  let retry: ResolvedRetry = DEFAULT_RETRY;
  let timeoutMs = DEFAULT_TIMEOUT_MS;
  let baseHeaders: Record<string, string> = {};
  const setConfig = (next: Config): Config => {
    const merged = { ...config, ...next };
    // Checked, resolved and normalised once here, not per call.
    timeoutMs = checkTimeout(merged.timeoutMs ?? DEFAULT_TIMEOUT_MS, 'client options');
    retry = resolveRetry(merged.retries, DEFAULT_RETRY);
    baseHeaders = {};
    addHeaders(baseHeaders, merged.headers);
    return (config = merged);
  };
  setConfig(initial);
  const ic = {
    request: interceptors<RequestInterceptor>(),
    response: interceptors<ResponseInterceptor>(),
    error: interceptors<ErrorInterceptor>(),
  };

  async function send(o: RequestOptions, method: HttpMethod): Promise<Result> {
    const c = config;
    const validate = o.requestValidator ?? c.requestValidator;
    if (validate) {
      const pending = validate(o, method) as Promise<unknown> | undefined;
      if (pending && typeof pending.then === 'function') await pending;
    }

    let url = buildUrl(o, c);
    let body =
      o.body === undefined ? undefined : typeof o.body === 'string' ? o.body : JSON.stringify(o.body);
    let headers: Record<string, string> =
      body === undefined
        ? { accept: 'application/json', ...baseHeaders }
        : { accept: 'application/json', 'content-type': 'application/json', ...baseHeaders };
    addHeaders(headers, o.headers);
    const auth = o.auth ?? c.auth;
    let token: string | undefined;
    if (auth !== undefined && o.security?.length) {
      token = typeof auth === 'function' ? await auth(o.security[0]!) : auth;
      if (token) headers.authorization = `Bearer ${token}`;
    }
    // Anything that comes back (an error body, a connection error's text) is scrubbed of the key.
    const secrets = token ? [token] : [];

    if (ic.request.fns.length) {
      let request = new Request(url, { method, headers, body });
      for (const fn of ic.request.fns) if (fn) request = (await fn(request, o)) ?? request;
      url = request.url;
      method = request.method as HttpMethod;
      headers = {};
      request.headers.forEach((value, key) => (headers[key] = value));
      body = request.body ? await request.text() : undefined;
    }

    const call: CallInfo = { method, route: o.url, url };
    const hooks = o.hooks ?? c.hooks;
    const logger = o.logger ?? c.logger;
    const doFetch = o.fetch ?? c.fetch ?? ((input, init) => globalThis.fetch(input, init));
    const policy = o.retries ? resolveRetry(o.retries, retry) : retry;
    const limit = o.timeoutMs === undefined ? timeoutMs : checkTimeout(o.timeoutMs, 'request options');
    const signal = o.signal ?? undefined;
    // The generated functions' types assume throwing (the plugin's `throwOnError: true`).
    const throwOnError = o.throwOnError ?? c.throwOnError ?? true;
    // Only errors and log lines need these strings: built when they do.
    const what = () => `${method} ${url}`;
    const aborted = () => new RequestAbortedError(`${what()} was aborted`, { cause: signal?.reason });
    // The registry says which operations are idempotent (the `ModelGates` class passes it on);
    // without it, POST is the one method that is not.
    const idempotent = o.idempotent ?? method !== 'POST';
    const started = Date.now();
    // Set once an attempt may have been acted on by the server (5xx, timeout, reset).
    let mayHaveReached = false;

    const fail = async (error: ModelGatesError, attempt: number, response?: Response): Promise<Result> => {
      let out: unknown = error;
      for (const fn of ic.error.fns) if (fn) out = await fn(out, response, o);
      if (hooks) emit(hooks, 'onError', { call, attempt, error });
      if (throwOnError || !response || !('status' in error)) throw out;
      // hey-api's shape: the error body as the server sent it (parsed when it is JSON).
      const text = (error as unknown as { body: string }).body;
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        // Not JSON: the text itself.
      }
      return { data: undefined, error: parsed, response };
    };

    for (let attempt = 1; ; attempt++) {
      if (signal?.aborted) return fail(aborted(), attempt);
      if (hooks) emit(hooks, 'onRequest', { call, attempt });
      const t0 = Date.now();

      // One promise per attempt that rejects on the timeout or the caller's abort: raced against
      // both the headers and the body, so a stalled or dripping body cannot outlive the attempt,
      // whatever the fetch implementation does with its signal.
      const controller = new AbortController();
      let stop!: (error: ModelGatesError) => void;
      const stopped = new Promise<never>((_, reject) => (stop = reject));
      stopped.catch(noop);
      const timer =
        limit > 0 && Number.isFinite(limit)
          ? setTimeout(() => {
              const error = new RequestTimeoutError(
                `${what()} timed out after ${limit} ms (attempt ${attempt})`,
                limit,
              );
              controller.abort(error);
              stop(error);
            }, limit)
          : undefined;
      // Not a listener per call on the caller's signal: calls sharing one are fanned out from a
      // single listener (internal/abort.ts). fetch is handed the attempt's own signal only.
      const stopWaiting = signal
        ? onAbort(signal, () => {
            controller.abort(signal.reason);
            stop(aborted());
          })
        : noop;

      let response: Response | undefined;
      let text = '';
      let failure: ModelGatesError | undefined;
      let neverSent = false;
      try {
        response = await Promise.race([
          doFetch(url, { method, headers, body, signal: controller.signal }),
          stopped,
        ]);
        for (const fn of ic.response.fns) if (fn) response = (await fn(response, o)) ?? response;
        text = await Promise.race([
          response.ok ? response.text() : readLimited(response, MAX_ERROR_BODY),
          stopped,
        ]);
      } catch (error) {
        if (signal?.aborted) return await fail(aborted(), attempt);
        if (error instanceof RequestTimeoutError) {
          failure = error;
        } else {
          neverSent = !response && isConnectionRefused(error);
          const reason = error instanceof Error ? error.message : String(error);
          const safe = redact(reason, secrets);
          // The original error is kept as `cause` only when it carried no secret.
          failure = new ConnectionError(
            `${what()} failed${response ? ' while reading the body' : ''}: ${safe}`,
            {
              cause: safe === reason ? error : undefined,
            },
          );
        }
      } finally {
        clearTimeout(timer);
        stopWaiting();
      }

      const durationMs = Date.now() - t0;
      logger?.debug(`modelgates: ${what()} -> ${failure ? failure.name : response!.status}`, {
        attempt,
        durationMs,
        requestId: response && requestIdOf(response.headers),
        headers: redactedHeaders(headers),
      });

      let wait: number;
      let reason: number | string;
      if (!failure) {
        const res = response!;
        const status = res.status;
        const requestId = requestIdOf(res.headers);
        const responded = (ok: boolean) =>
          hooks && emit(hooks, 'onResponse', { call, attempt, status, durationMs, requestId, ok });
        if (res.ok || (method === 'DELETE' && status === 404 && mayHaveReached)) {
          // A DELETE's 204 (or a retry's 404 after an earlier attempt deleted the key and only its
          // answer was lost) means the key is gone.
          let data: unknown;
          if (text === '' || !res.ok) {
            data = method === 'DELETE' ? { deleted: true } : undefined;
          } else {
            try {
              data = JSON.parse(text);
            } catch {
              // No `cause`: a SyntaxError quotes the body, which may hold a created key.
              const error = new ResponseValidationError(
                `${method} ${o.url}`,
                [{ path: [], message: 'body is not valid JSON' }],
                { status, requestId },
              );
              responded(false);
              return fail(error, attempt);
            }
          }
          const check = o.responseValidator ?? c.responseValidator;
          if (check) {
            try {
              const pending = check(data, o, method, res) as Promise<unknown> | undefined;
              if (pending && typeof pending.then === 'function') await pending;
            } catch (error) {
              responded(false);
              return fail(error as ModelGatesError, attempt);
            }
          }
          responded(true);
          return { data, response: res };
        }
        const serverRefused = status === 408 || status === 429;
        const after = retryAfterMs(res.headers);
        wait = after ?? backoffDelay(policy, attempt);
        reason = status;
        const canRetry =
          policy.enabled &&
          isRetryableStatus(status) &&
          (idempotent || serverRefused || policy.retryNonIdempotent) &&
          attempt < policy.maxAttempts &&
          (after === undefined || after <= MAX_RETRY_AFTER_MS) &&
          Date.now() - started + wait <= policy.maxElapsedTime;
        responded(false);
        if (!canRetry) {
          const safeBody = redact(text, secrets);
          const error = apiErrorFor({
            status,
            headers: res.headers,
            body: safeBody,
            error: parseErrorBody(safeBody),
            method,
            url,
            requestId,
          });
          return fail(error, attempt, res);
        }
        if (!serverRefused) mayHaveReached = true;
      } else {
        wait = backoffDelay(policy, attempt);
        reason = failure.name;
        const canRetry =
          policy.enabled &&
          policy.retryConnectionErrors &&
          (idempotent || neverSent || policy.retryNonIdempotent) &&
          attempt < policy.maxAttempts &&
          Date.now() - started + wait <= policy.maxElapsedTime;
        if (!canRetry) return fail(failure, attempt);
        if (!neverSent) mayHaveReached = true;
      }

      logger?.warn(`modelgates: retrying ${what()} in ${wait} ms`, { attempt, reason });
      if (hooks) emit(hooks, 'onRetry', { call, attempt, waitMs: wait, reason });
      if (!(await sleep(wait, signal))) return fail(aborted(), attempt);
    }
  }

  const verb = (method: HttpMethod) => (options: RequestOptions) => send(options, method);
  // The generated functions' types pick the result's shape (data or error, per throwOnError).
  return {
    buildUrl: (options) => buildUrl(options, config),
    getConfig: () => config,
    setConfig,
    interceptors: ic,
    request: (options: RequestOptions & { method: HttpMethod }) => send(options, options.method),
    delete: verb('DELETE'),
    get: verb('GET'),
    head: verb('HEAD'),
    options: verb('OPTIONS'),
    patch: verb('PATCH'),
    post: verb('POST'),
    put: verb('PUT'),
  } as Client;
}

/** Waits `ms`; resolves false at once if the signal aborts first. */
function sleep(ms: number, signal: AbortSignal | undefined): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve(false);
    let stopWaiting = noop;
    const timer = setTimeout(() => {
      stopWaiting();
      resolve(true);
    }, ms);
    if (signal)
      stopWaiting = onAbort(signal, () => {
        clearTimeout(timer);
        resolve(false);
      });
  });
}
