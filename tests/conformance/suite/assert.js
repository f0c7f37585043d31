// @ts-check
/**
 * The few assertions the suite needs. No test framework: the same file has to load unchanged on
 * Node, Bun, Deno, a browser page and a Worker, and each of those has its own (or no) test runner.
 */

export class AssertionError extends Error {
  /** @override */
  name = 'AssertionError';
}

/**
 * @param {unknown} value
 * @param {string} message
 * @returns {asserts value}
 */
export function ok(value, message) {
  if (!value) throw new AssertionError(message);
}

/**
 * @param {unknown} actual
 * @param {unknown} expected
 * @param {string} what
 */
export function equal(actual, expected, what) {
  if (!Object.is(actual, expected)) {
    throw new AssertionError(`${what}: expected ${show(expected)}, got ${show(actual)}`);
  }
}

/**
 * Structural equality of JSON-like values; the message names the first path that differs.
 * @param {unknown} actual
 * @param {unknown} expected
 * @param {string} what
 */
export function deepEqual(actual, expected, what) {
  const diff = firstDifference(actual, expected, '');
  if (diff !== undefined) throw new AssertionError(`${what}: ${diff}`);
}

/**
 * Runs `fn` and returns what it threw (synchronously or as a rejection), checked to be an instance
 * of `ErrorClass`. Fails when nothing is thrown or something else is.
 * @template {abstract new (...args: any) => Error} C
 * @param {() => unknown} fn
 * @param {C} ErrorClass
 * @param {string} what
 * @returns {Promise<InstanceType<C>>}
 */
export async function rejects(fn, ErrorClass, what) {
  let result;
  try {
    result = await fn();
  } catch (error) {
    if (error instanceof ErrorClass) return /** @type {InstanceType<C>} */ (error);
    const name = error instanceof Error ? `${error.name}: ${error.message}` : show(error);
    throw new AssertionError(`${what}: expected a ${ErrorClass.name}, got ${name}`, { cause: error });
  }
  throw new AssertionError(`${what}: expected a ${ErrorClass.name}, but it resolved to ${show(result)}`);
}

/**
 * @param {unknown} actual
 * @param {unknown} expected
 * @param {string} path
 * @returns {string | undefined}
 */
function firstDifference(actual, expected, path) {
  const at = path || '(root)';
  if (Object.is(actual, expected)) return undefined;
  if (typeof expected !== 'object' || expected === null || typeof actual !== 'object' || actual === null) {
    return `at ${at} expected ${show(expected)}, got ${show(actual)}`;
  }
  if (Array.isArray(expected) !== Array.isArray(actual)) {
    return `at ${at} expected ${Array.isArray(expected) ? 'an array' : 'an object'}, got ${show(actual)}`;
  }
  const e = /** @type {Record<string, unknown>} */ (expected);
  const a = /** @type {Record<string, unknown>} */ (actual);
  const keys = new Set([...Object.keys(e), ...Object.keys(a)]);
  for (const key of keys) {
    const sub = Array.isArray(expected) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
    if (!(key in a)) return `at ${sub} expected ${show(e[key])}, but it is missing`;
    if (!(key in e)) return `at ${sub} got unexpected ${show(a[key])}`;
    const diff = firstDifference(a[key], e[key], sub);
    if (diff !== undefined) return diff;
  }
  return undefined;
}

/** @param {unknown} value */
function show(value) {
  if (value === undefined) return 'undefined';
  try {
    const text = JSON.stringify(value);
    return text.length > 120 ? `${text.slice(0, 117)}...` : text;
  } catch {
    // JSON.stringify throws on a circular object or a BigInt (and gives no text for a function or
    // a symbol): String() of an object would say only "[object Object]".
    if (typeof value === 'bigint') return `${value}n`;
    if (typeof value === 'symbol') return value.toString();
    if (typeof value === 'function') return `[function ${value.name || 'anonymous'}]`;
    return `[unserializable ${value?.constructor?.name ?? 'object'}]`;
  }
}
