/**
 * The fetch the generated client calls: one logical request, possibly several attempts.
 * Retries with backoff and Retry-After, a timeout per attempt, the caller's abort signal, typed
 * errors for every failure, logging with the Authorization header redacted.
 */
import { zErrorResponse } from '@modelgates/zod';
import {
  apiErrorFor,
  ConnectionError,
  MAX_ERROR_BODY,
  type ModelGatesError,
  RequestAbortedError,
  RequestTimeoutError,
} from '../errors.js';
import { backoffDelay, MAX_RETRY_AFTER_MS, type ResolvedRetry, retryAfterMs } from '../retry.js';
import { isConnectionRefused, linkSignal } from './runtime.js';

/** A console-compatible logger; only `debug` and `warn` are used. */
export interface Logger {
  debug(message: string, ...details: unknown[]): void;
  warn(message: string, ...details: unknown[]): void;
}

export interface TransportOptions {
  fetch: typeof fetch;
  retry: ResolvedRetry;
  timeoutMs: number;
  logger: Logger | undefined;
}

const REQUEST_ID_HEADERS = ['x-request-id', 'request-id', 'x-amzn-requestid', 'cf-ray'];

export function requestIdOf(headers: Headers): string | undefined {
  for (const name of REQUEST_ID_HEADERS) {
    const value = headers.get(name);
    if (value) return value;
  }
  return undefined;
}

/** Removes the bearer token (and anything else secret) from text that may end up in an error. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) if (s.length >= 4) out = out.split(s).join('[redacted]');
  return out;
}

function bearerOf(request: Request): string[] {
  const auth = request.headers.get('authorization');
  if (!auth) return [];
  const token = auth.replace(/^Bearer\s+/i, '');
  return token ? [token, auth] : [auth];
}

const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'x-api-key']);

function redactedHeaders(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, key) => {
    out[key] = !SECRET_HEADERS.has(key) ? value : key === 'authorization' ? 'Bearer [redacted]' : '[redacted]';
  });
  return out;
}

function abortError(request: Request): RequestAbortedError {
  return new RequestAbortedError(`${request.method} ${request.url} was aborted`, {
    cause: request.signal.reason,
  });
}

function sleep(ms: number, signal: AbortSignal, request: Request): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(abortError(request));
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError(request));
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** Reads at most `limit` characters of a body, then cancels the rest (a huge error page is not buffered). */
async function readLimited(response: Response, limit: number): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
      if (text.length >= limit) {
        await reader.cancel().catch(() => {});
        return `${text.slice(0, limit)}… [truncated]`;
      }
    }
    return text + decoder.decode();
  } finally {
    reader.releaseLock();
  }
}

async function toApiError(response: Response, request: Request): Promise<ModelGatesError> {
  let body = '';
  try {
    body = await readLimited(response, MAX_ERROR_BODY);
  } catch {
    // A body that breaks off mid-way still leaves us the status to report.
  }
  body = redact(body, bearerOf(request));
  let error;
  try {
    const parsed = zErrorResponse.safeParse(JSON.parse(body));
    if (parsed.success) error = parsed.data.error;
  } catch {
    // Not JSON (an HTML page from a proxy): the default error, with the raw text kept.
  }
  return apiErrorFor({
    status: response.status,
    headers: response.headers,
    body,
    error,
    method: request.method,
    url: request.url,
    requestId: requestIdOf(response.headers),
  });
}

function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status !== 501 && status !== 505);
}

const deletedBody = '{"deleted":true}';

/** A fresh init for one attempt of a request with a body. Only fields every runtime supports
 * (workerd rejects `cache`, `mode` and friends); credentials are kept when the caller set them. */
function attemptInit(request: Request, body: string, signal: AbortSignal): RequestInit {
  const init: RequestInit = { method: request.method, headers: request.headers, body, signal, redirect: request.redirect };
  if (request.credentials && request.credentials !== 'same-origin') init.credentials = request.credentials;
  return init;
}

export function createTransport(options: TransportOptions): typeof fetch {
  const { retry, timeoutMs, logger } = options;
  const doFetch = options.fetch;

  return async function modelgatesFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    const request = input instanceof Request && !init ? input : new Request(input, init);
    const signal = request.signal;
    // POST (create) is the only operation that is not idempotent.
    const idempotent = request.method !== 'POST';
    const started = Date.now();
    // The JSON body, read once as text and sent as a string on every attempt: no stream bodies,
    // which some runtimes upload differently and which could be sent only once.
    const body = request.body === null ? undefined : await request.text();
    // Set once an attempt may have been acted on by the server (5xx, timeout, reset).
    let mayHaveReached = false;

    for (let attempt = 1; ; attempt++) {
      if (signal.aborted) throw abortError(request);

      const controller = new AbortController();
      let timedOut = false;
      const timer =
        timeoutMs > 0 && Number.isFinite(timeoutMs)
          ? setTimeout(() => {
              timedOut = true;
              controller.abort();
            }, timeoutMs)
          : undefined;
      // The caller's abort must also reach the body, which is read after this function returns.
      const attemptSignal = linkSignal(signal, controller);

      const t0 = Date.now();
      let response: Response | undefined;
      let failure: ModelGatesError | undefined;
      let neverSent = false;
      try {
        response = await (body === undefined
          ? doFetch(request, { signal: attemptSignal })
          : doFetch(request.url, attemptInit(request, body, attemptSignal)));
      } catch (error) {
        if (signal.aborted) throw abortError(request);
        if (timedOut) {
          failure = new RequestTimeoutError(
            `${request.method} ${request.url} timed out after ${timeoutMs} ms (attempt ${attempt})`,
            timeoutMs,
          );
        } else {
          neverSent = isConnectionRefused(error);
          const reason = error instanceof Error ? error.message : String(error);
          const safe = redact(reason, bearerOf(request));
          // The original error is kept as `cause` only when it carried no secret.
          failure = new ConnectionError(`${request.method} ${request.url} failed: ${safe}`, {
            cause: safe === reason ? error : undefined,
          });
        }
      } finally {
        // The timeout covers an attempt until its response headers arrive.
        clearTimeout(timer);
      }

      const elapsed = Date.now() - started;
      logger?.debug(`modelgates: ${request.method} ${request.url} -> ${response?.status ?? failure?.name}`, {
        attempt,
        durationMs: Date.now() - t0,
        requestId: response ? requestIdOf(response.headers) : undefined,
        headers: redactedHeaders(request.headers),
      });

      let wait: number | undefined;
      if (response) {
        if (response.ok) return response;
        const status = response.status;
        if (request.method === 'DELETE' && status === 404 && mayHaveReached) {
          // An earlier attempt deleted the key and only its answer was lost: the deletion happened.
          await response.body?.cancel().catch(() => {});
          logger?.debug(`modelgates: ${request.method} ${request.url}: already deleted by an earlier attempt`);
          const headers = new Headers(response.headers);
          headers.set('content-type', 'application/json');
          headers.delete('content-length');
          return new Response(deletedBody, { status: 200, headers });
        }
        const serverRefused = status === 408 || status === 429;
        const safe = idempotent || serverRefused || retry.retryNonIdempotent;
        const after = retryAfterMs(response.headers);
        const canRetry =
          retry.enabled &&
          isRetryableStatus(status) &&
          safe &&
          attempt < retry.maxAttempts &&
          (after === undefined || after <= MAX_RETRY_AFTER_MS);
        wait = after ?? backoffDelay(retry, attempt);
        if (!canRetry || elapsed + wait > retry.maxElapsedTime) throw await toApiError(response, request);
        await response.body?.cancel().catch(() => {});
        if (!serverRefused) mayHaveReached = true;
      } else {
        const safe = idempotent || neverSent || retry.retryNonIdempotent;
        wait = backoffDelay(retry, attempt);
        const canRetry =
          retry.enabled &&
          retry.retryConnectionErrors &&
          safe &&
          attempt < retry.maxAttempts &&
          elapsed + wait <= retry.maxElapsedTime;
        if (!canRetry) throw failure!;
        if (!neverSent) mayHaveReached = true;
      }

      logger?.warn(`modelgates: retrying ${request.method} ${request.url} in ${wait} ms`, {
        attempt,
        reason: response?.status ?? failure?.name,
      });
      await sleep(wait, signal, request);
    }
  };
}
