/**
 * Every error the SDK throws is a `ModelGatesError`. HTTP errors are `APIError`s, one subclass per
 * status, named as in the Python and Go SDKs; transport failures, bad input and bad responses have
 * their own classes. No error ever carries the API key or a created key's secret: messages are
 * built from the method, URL, status and the server's message, and request headers are never kept.
 *
 * `instanceof` works across copies of the SDK: its ESM and CommonJS builds loaded in one process,
 * or two installed versions. Each class carries its name under the registered symbol
 * `Symbol.for('modelgates.error')` (a static field, so inherited by subclasses; `error.name` is
 * read from it), and `ModelGatesError[Symbol.hasInstance]` (inherited by every class) accepts a
 * value whose constructor chain has the same name-brand as the class asked about. A user's subclass
 * has no brand of its own, so `instanceof` it is the ordinary prototype check.
 *
 * Instance properties are `declare`d and assigned in the constructors (no class fields): the same
 * own properties in the same order, in fewer bytes.
 */
import type { ErrorDetail } from './gen/types.gen.js';
import { retryAfterMs } from './retry.js';

/** How much of an error body is kept on `APIError.body`. */
export const MAX_ERROR_BODY = 64 * 1024;

export interface Issue {
  /** Where the problem is, e.g. `['expires_at']` or `['data', 0, 'usage']`. */
  path: (string | number)[];
  /** What is wrong, in words. */
  message: string;
}

/** The registered symbol every copy of the SDK shares: `Symbol.for` returns the same symbol in each. */
const brand: unique symbol = Symbol.for('modelgates.error');

/** Base class of every error thrown by the SDK. */
export class ModelGatesError extends Error {
  /** The class's name-brand, the same in every copy of the SDK. */
  static readonly [brand]: string = 'ModelGatesError';

  /**
   * `value instanceof ThisClass`: the ordinary prototype check, or, for the SDK's own classes, an
   * error from another copy of the SDK whose class is (or extends) the one of the same name.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    // A user's subclass (no brand of its own): the ordinary prototype-chain check.
    if (!Object.hasOwn(this, brand)) return super[Symbol.hasInstance](value);
    // The SDK's own classes: is there a class with this brand, of any copy, up the value's
    // constructor chain? (A user's subclass of an SDK class inherits that class's brand.)
    let c: unknown = (value as { constructor?: unknown } | null | undefined)?.constructor;
    for (; c; c = Object.getPrototypeOf(c)) {
      if ((c as typeof ModelGatesError)[brand] === this[brand]) return true;
    }
    return false;
  }

  /** The class's name: that of the nearest SDK class (its brand), unless a subclass sets its own. */
  override name: string = (this.constructor as typeof ModelGatesError)[brand];
  /** The server's request id (`x-request-id` or similar) when a response was received. */
  declare readonly requestId: string | undefined;

  constructor(message: string, options?: { cause?: unknown; requestId?: string | undefined }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.requestId = options?.requestId;
  }

  toJSON(): Record<string, unknown> {
    return { name: this.name, message: this.message, requestId: this.requestId };
  }
}

export interface APIErrorInit {
  status: number;
  headers: Headers;
  /** The raw response body, truncated to MAX_ERROR_BODY characters. */
  body: string;
  /** The parsed `error` object, when the body is the documented JSON error shape. */
  error: ErrorDetail | undefined;
  method: string;
  url: string;
  requestId: string | undefined;
}

/** An HTTP error response. `status`, `headers`, `body` and the parsed `error` are all kept. */
export class APIError extends ModelGatesError {
  static override readonly [brand]: string = 'APIError';
  declare readonly status: number;
  declare readonly headers: Headers;
  declare readonly body: string;
  declare readonly error: ErrorDetail | undefined;
  declare readonly method: string;
  declare readonly url: string;

  constructor(init: APIErrorInit) {
    const what = init.error?.message ?? (init.body ? 'non-JSON error body' : 'empty body');
    super(`${init.method} ${init.url} failed with HTTP ${init.status}: ${what}`, {
      requestId: init.requestId,
    });
    this.status = init.status;
    this.headers = init.headers;
    this.body = init.body;
    this.error = init.error;
    this.method = init.method;
    this.url = init.url;
  }

  /** The server's requested wait (`Retry-After` or `retry-after-ms`) in ms, when it sent one. */
  get retryAfterMs(): number | undefined {
    return retryAfterMs(this.headers);
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), status: this.status, error: this.error, method: this.method, url: this.url };
  }
}

/** 400: the request parameters are invalid. */
export class BadRequestResponseError extends APIError {
  static override readonly [brand]: string = 'BadRequestResponseError';
}
/** 401: the API key is missing or invalid. */
export class UnauthorizedResponseError extends APIError {
  static override readonly [brand]: string = 'UnauthorizedResponseError';
}
/** 403: the key may not do this (most operations need a management key). */
export class ForbiddenResponseError extends APIError {
  static override readonly [brand]: string = 'ForbiddenResponseError';
}
/** 404: no such key. */
export class NotFoundResponseError extends APIError {
  static override readonly [brand]: string = 'NotFoundResponseError';
}
/** 429: rate limited. `retryAfterMs` is the server's `Retry-After`, when sent. */
export class TooManyRequestsResponseError extends APIError {
  static override readonly [brand]: string = 'TooManyRequestsResponseError';
}
/** 500: the server failed. */
export class InternalServerResponseError extends APIError {
  static override readonly [brand]: string = 'InternalServerResponseError';
}
/** Any other error status (502 from a proxy, 403 on an operation that does not declare it, ...),
 * or an error response whose body is not the documented JSON (an HTML page). */
export class ModelGatesDefaultError extends APIError {
  static override readonly [brand]: string = 'ModelGatesDefaultError';
}

const byStatus: Record<number, typeof APIError> = {
  400: BadRequestResponseError,
  401: UnauthorizedResponseError,
  403: ForbiddenResponseError,
  404: NotFoundResponseError,
  429: TooManyRequestsResponseError,
  500: InternalServerResponseError,
};

/** Picks the error class for a status; a body that is not the documented JSON error is the default error. */
export function apiErrorFor(init: APIErrorInit): APIError {
  const Class = init.error ? (byStatus[init.status] ?? ModelGatesDefaultError) : ModelGatesDefaultError;
  return new Class(init);
}

/** The request could not be sent or the connection broke before a response arrived. */
export class ConnectionError extends ModelGatesError {
  static override readonly [brand]: string = 'ConnectionError';
}

/** An attempt took longer than `timeoutMs`. */
export class RequestTimeoutError extends ModelGatesError {
  static override readonly [brand]: string = 'RequestTimeoutError';
  declare readonly timeoutMs: number;
  constructor(message: string, timeoutMs: number) {
    super(message);
    this.timeoutMs = timeoutMs;
  }
}

/** The caller's `signal` aborted the request (or a pending retry). */
export class RequestAbortedError extends ModelGatesError {
  static override readonly [brand]: string = 'RequestAbortedError';
}

/** Input that the API would reject; thrown before anything is sent. */
export class SDKValidationError extends ModelGatesError {
  static override readonly [brand]: string = 'SDKValidationError';
  declare readonly issues: Issue[];
  constructor(what: string, issues: Issue[]) {
    super(`Invalid ${what}: ${describeIssues(issues)}`);
    this.issues = issues;
  }
  /** The first offending field, dotted (`expires_at`, `offset`, `hash`). */
  get field(): string {
    return this.issues[0]?.path.join('.') ?? '';
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), issues: this.issues };
  }
}

/**
 * A successful response whose body does not match the spec (or is not JSON at all). `data` holds
 * the parsed body when there was one: after a create it still carries the new key's secret (the
 * key exists on the server), so it is kept off `toJSON`, the message and enumeration.
 */
export class ResponseValidationError extends ModelGatesError {
  static override readonly [brand]: string = 'ResponseValidationError';
  declare readonly issues: Issue[];
  declare readonly status: number | undefined;
  declare readonly data: unknown;
  constructor(
    what: string,
    issues: Issue[],
    options: { status?: number; requestId?: string | undefined; cause?: unknown; data?: unknown },
  ) {
    super(`Unexpected response from ${what}: ${describeIssues(issues)}`, options);
    this.issues = issues;
    this.status = options.status;
    Object.defineProperty(this, 'data', { value: options.data, enumerable: false });
  }
  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), status: this.status, issues: this.issues };
  }
}

function describeIssues(issues: Issue[]): string {
  const shown = issues
    .slice(0, 5)
    .map((i) => (i.path.length ? `${i.path.join('.')} ${i.message}` : i.message));
  const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : '';
  return shown.join('; ') + more;
}
