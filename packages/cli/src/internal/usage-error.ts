/** A bad command line: an unknown flag or command, a missing argument, a bad value. Exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
  /** The command whose help to point at, e.g. `keys create`. */
  readonly command: string | undefined;
  constructor(message: string, command?: string) {
    super(message);
    this.command = command;
  }
}

/** A key reference (`keys get REF`) that matches no key: exit code 3, like an HTTP 404. */
export class KeyNotFoundError extends Error {
  override name = 'KeyNotFoundError';
}

/**
 * Exit codes, as documented in `modelgates --help` and the README: a script can tell "fix the
 * command" (2), "no such key" (3), "fix the credentials" (4) and "try again later" (5) apart
 * without reading stderr.
 */
export const EXIT_OK = 0;
/** An API error not listed below (400, 409, 422, 500...), a response that breaks the spec, a delete declined. */
export const EXIT_API = 1;
/** A usage error: unknown flag or command, missing argument, bad value, ambiguous key; nothing was sent. */
export const EXIT_USAGE = 2;
/** Not found: HTTP 404, or a key reference that matches no key. */
export const EXIT_NOT_FOUND = 3;
/** Not allowed: HTTP 401 (a bad or revoked key) or 403 (not a management key). */
export const EXIT_AUTH = 4;
/** Try again later: HTTP 408, 429, 502, 503, 504, a timeout, or the API unreachable. */
export const EXIT_UNAVAILABLE = 5;

/** The exit code of an HTTP error status. */
export function exitCodeOf(status: number): number {
  if (status === 404) return EXIT_NOT_FOUND;
  if (status === 401 || status === 403) return EXIT_AUTH;
  if ([408, 429, 502, 503, 504].includes(status)) return EXIT_UNAVAILABLE;
  return EXIT_API;
}
