/**
 * The CLI's own parsing of flag values: turning terminal text into what the SDK takes (`--limit
 * none` is `null`, a date alone is the end of that day in UTC, `--timeout` is in seconds). What the
 * API itself requires (a non-empty name, a UTC expiry, a known reset, a uuid workspace, a whole
 * offset) is left to the SDK's validation, so the rules live in one place: the spec.
 */
import { UsageError } from './usage-error.js';

const DECIMAL = /^\d+(\.\d+)?$/;

/** `--limit USD|none`: a number of USD >= 0, or `none` (no limit, sent as `null`). */
export function parseLimit(value: string | undefined, command: string): number | null | undefined {
  if (value === undefined) return undefined;
  if (value === 'none') return null;
  if (!DECIMAL.test(value)) {
    const negative = /^-\s*\d/.test(value.trim());
    throw new UsageError(
      `--limit (limit): ${negative ? 'must not be negative' : 'must be a number'}: give a number of USD >= 0, e.g. 50 or 12.5, or "none" for no limit`,
      command,
    );
  }
  return Number(value);
}

/** `--reset daily|weekly|monthly|none`: one of the spec's periods, or `none` to clear it (`null`). */
export function parseReset<T extends string>(
  value: string | undefined,
  periods: readonly T[],
  command: string,
): T | null | undefined {
  if (value === undefined) return undefined;
  if (value === 'none') return null;
  if (isOneOf(value, periods)) return value;
  const list = periods.map((p) => JSON.stringify(p)).join(', ');
  throw new UsageError(`--reset (limit_reset): must be one of ${list}, or "none"`, command);
}

/** A flag (or argument) that takes one of a few words. */
export function parseChoice<T extends string>(
  flag: string,
  value: string | undefined,
  choices: readonly T[],
  command: string,
): T | undefined {
  if (value === undefined || isOneOf(value, choices)) return value;
  const name = /^[A-Z]+$/.test(flag) ? flag : `--${flag}`;
  throw new UsageError(`${name}: must be one of ${choices.join(', ')}`, command);
}

/** A duration like `12h`, `7d` or `2w`, in milliseconds. */
export function parseDuration(flag: string, value: string | undefined, command: string): number | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d+)([hdw])$/.exec(value);
  if (!m) throw new UsageError(`--${flag}: must be a number of hours, days or weeks: 12h, 7d, 2w`, command);
  const hours = m[2] === 'h' ? 1 : m[2] === 'd' ? 24 : 168;
  return Number(m[1]) * hours * 3_600_000;
}

const isOneOf = <T extends string>(value: string, options: readonly T[]): value is T =>
  (options as readonly string[]).includes(value);

export interface Expiry {
  /** What is sent as `expires_at`. */
  value: string;
  /** True when a date alone was given and was turned into the end of that day, UTC. */
  endOfDay: boolean;
}

/**
 * `--expires`: a date-time is passed on as written (the SDK requires UTC with seconds); a date alone
 * (`2027-12-31`) means the last second of that day in UTC, `2027-12-31T23:59:59Z`.
 */
export function parseExpires(value: string | undefined, command: string): Expiry | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return { value, endOfDay: false };
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) {
    throw new UsageError(
      '--expires (expires_at): not a calendar date: use YYYY-MM-DD or a UTC date-time like 2027-12-31T23:59:59Z',
      command,
    );
  }
  return { value: `${m[0]}T23:59:59Z`, endOfDay: true };
}

/** `--offset N`: any number is handed to the SDK (which wants a whole number >= 0); text is not. */
export function parseOffset(value: string | undefined, command: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^-?\d+(\.\d+)?$/.test(value))
    throw new UsageError('--offset (offset): must be a whole number >= 0', command);
  return Number(value);
}

/** `--timeout SECONDS` (per attempt; 0 disables), in ms for the SDK. */
export function parseTimeout(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!DECIMAL.test(value))
    throw new UsageError('--timeout: must be a number of seconds >= 0 (0 for no time limit)');
  return Math.round(Number(value) * 1000);
}

/** `--retries N`: retries after the first attempt; 0 turns retrying off. */
export function parseRetries(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) > 100)
    throw new UsageError('--retries: must be a whole number from 0 to 100');
  return Number(value);
}
