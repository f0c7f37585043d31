/**
 * Lifecycle hooks, per client, for tracing and metrics. They get what a span or a counter needs and
 * nothing secret: no headers (so no Authorization), no request body, no response body (so no
 * created key). A hook that throws is ignored: observing a call never breaks it.
 */
import type { ModelGatesError } from '../errors.js';
import type { HttpMethod } from './types.js';

/** One call (all its attempts): the same object is passed to every hook of that call. */
export interface CallInfo {
  readonly method: HttpMethod;
  /** The route template, e.g. `/keys/{hash}`: low-cardinality, good for span names and metric labels. */
  readonly route: string;
  /** The full URL with path parameters and query. */
  readonly url: string;
}

export interface RequestEvent {
  call: CallInfo;
  /** 1 for the first attempt. */
  attempt: number;
}

export interface ResponseEvent extends RequestEvent {
  status: number;
  /** This attempt's time from sending to the end of its body. */
  durationMs: number;
  requestId: string | undefined;
  /** True when the call returns this response's data: a 2xx whose body parsed and validated. */
  ok: boolean;
}

export interface RetryEvent extends RequestEvent {
  /** How long the client waits before the next attempt. */
  waitMs: number;
  /** The status that is retried, or the error's name (`RequestTimeoutError`, `ConnectionError`). */
  reason: number | string;
}

export interface ErrorEvent extends RequestEvent {
  /** What the call throws (or returns as `error` with `throwOnError: false`); always a `ModelGatesError`. */
  error: ModelGatesError;
}

export interface Hooks {
  /** An attempt is about to be sent. */
  onRequest?(event: RequestEvent): void;
  /** An attempt's response arrived and its body was read. */
  onResponse?(event: ResponseEvent): void;
  /** A retry is scheduled after `waitMs`. */
  onRetry?(event: RetryEvent): void;
  /** The call failed for good: once per failed call, after its last attempt. */
  onError?(event: ErrorEvent): void;
}

export function emit<K extends keyof Hooks>(
  hooks: Hooks | undefined,
  name: K,
  event: Parameters<NonNullable<Hooks[K]>>[0],
): void {
  const fn = hooks?.[name] as ((e: typeof event) => void) | undefined;
  if (fn) {
    try {
      fn.call(hooks, event);
    } catch {
      // A broken hook must not break the call.
    }
  }
}
