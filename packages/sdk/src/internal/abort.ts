/**
 * One 'abort' listener per caller signal, however many calls wait on it.
 *
 * Calls that share an `AbortSignal` (a page's one controller, an MCP request's signal, 500 calls in
 * a `Promise.all`) would each add a listener to it, and past ten Node prints
 * `MaxListenersExceededWarning: Possible EventTarget memory leak detected`: a false alarm. Instead
 * the first pending call on a signal adds one listener that fans out to every pending call, and the
 * last one to finish removes it, so a signal that outlives its calls keeps nothing of theirs.
 */

interface Waiters {
  readonly fns: Set<() => void>;
  readonly listener: () => void;
}

const bySignal = new WeakMap<AbortSignal, Waiters>();

/**
 * Runs `fn` once when `signal` aborts (at once if it already has); returns the function that stops
 * waiting, to call when the work is done. `fn` must be a fresh function per call (a Set holds them).
 */
export function onAbort(signal: AbortSignal, fn: () => void): () => void {
  if (signal.aborted) {
    fn();
    return noop;
  }
  let waiters = bySignal.get(signal);
  if (!waiters) {
    const fns = new Set<() => void>();
    const listener = () => {
      bySignal.delete(signal);
      for (const f of fns) f();
      fns.clear();
    };
    waiters = { fns, listener };
    bySignal.set(signal, waiters);
    signal.addEventListener('abort', listener, { once: true });
  }
  const { fns, listener } = waiters;
  fns.add(fn);
  return () => {
    if (fns.delete(fn) && fns.size === 0) {
      bySignal.delete(signal);
      signal.removeEventListener('abort', listener);
    }
  };
}

function noop() {}
