/**
 * Retry configuration, shaped like the Python and Go SDKs' `RetryConfig`, plus two bounds the
 * incumbent lacks: a maximum number of attempts, and no replay of a create that may have reached the
 * server unless the caller opts in.
 */
export interface BackoffStrategy {
  /** First wait, in ms. Default 500. */
  initialInterval?: number;
  /** Longest single wait, in ms. Default 8000. */
  maxInterval?: number;
  /** Growth factor between waits. Default 2. */
  exponent?: number;
  /** Stop retrying once this much time (ms) has passed since the first attempt. Default 30000. */
  maxElapsedTime?: number;
}

export type RetryConfig =
  | { strategy: 'none' }
  | {
      strategy: 'backoff';
      backoff?: BackoffStrategy;
      /** Retry connection failures and timeouts. Default true. */
      retryConnectionErrors?: boolean;
      /** Attempts in all, the first one included. Default 3. */
      maxAttempts?: number;
      /**
       * Also retry a `create` after a failure that may have reached the server (a 5xx, a timeout, a
       * reset connection). Off by default because it can create the key twice. A create is always
       * retried when the server cannot have acted on it: a refused connection, 408 or 429.
       */
      retryNonIdempotent?: boolean;
    };

export interface ResolvedRetry {
  enabled: boolean;
  initialInterval: number;
  maxInterval: number;
  exponent: number;
  maxElapsedTime: number;
  maxAttempts: number;
  retryConnectionErrors: boolean;
  retryNonIdempotent: boolean;
}

export const DEFAULT_RETRY: ResolvedRetry = {
  enabled: true,
  initialInterval: 500,
  maxInterval: 8000,
  exponent: 2,
  maxElapsedTime: 30_000,
  maxAttempts: 3,
  retryConnectionErrors: true,
  retryNonIdempotent: false,
};

/** The longest `Retry-After` the client will wait; a longer one ends the retries at once. */
export const MAX_RETRY_AFTER_MS = 60_000;

export function resolveRetry(
  config: RetryConfig | undefined,
  base: ResolvedRetry = DEFAULT_RETRY,
): ResolvedRetry {
  if (!config) return base;
  if (config.strategy === 'none') return { ...base, enabled: false };
  const b = config.backoff ?? {};
  return {
    enabled: true,
    initialInterval: b.initialInterval ?? base.initialInterval,
    maxInterval: b.maxInterval ?? base.maxInterval,
    exponent: b.exponent ?? base.exponent,
    maxElapsedTime: b.maxElapsedTime ?? base.maxElapsedTime,
    maxAttempts: config.maxAttempts ?? base.maxAttempts,
    retryConnectionErrors: config.retryConnectionErrors ?? base.retryConnectionErrors,
    retryNonIdempotent: config.retryNonIdempotent ?? base.retryNonIdempotent,
  };
}

/** The wait before attempt `attempt + 1` (attempt counts from 1): exponential, with jitter in [50%, 100%]. */
export function backoffDelay(r: ResolvedRetry, attempt: number, random: () => number = Math.random): number {
  const full = Math.min(r.maxInterval, r.initialInterval * r.exponent ** (attempt - 1));
  return Math.round(full / 2 + (random() * full) / 2);
}

/**
 * The server's requested wait from `retry-after-ms` or `Retry-After` (seconds or an HTTP date),
 * in ms; undefined when absent or unparseable.
 */
export function retryAfterMs(headers: Headers, now: number = Date.now()): number | undefined {
  const ms = headers.get('retry-after-ms');
  if (ms !== null && ms.trim() !== '' && Number.isFinite(Number(ms))) return Math.max(0, Number(ms));
  const value = headers.get('retry-after');
  if (value === null || value.trim() === '') return undefined;
  if (/^\s*\d+(\.\d+)?\s*$/.test(value)) return Math.max(0, Number(value) * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
