/**
 * The one place that knows about runtime differences (Node, Bun, Deno, browsers, Workers).
 * Nothing else in the SDK looks at globals like `process` or `Deno`.
 */

declare const Deno: { env: { get(name: string): string | undefined } } | undefined;

/** Reads an environment variable where the runtime has one (Node, Bun, Deno); undefined elsewhere. */
export function readEnv(name: string): string | undefined {
  try {
    const proc = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process;
    if (proc?.env) return proc.env[name] || undefined;
    if (typeof Deno !== 'undefined') return Deno.env.get(name) || undefined;
  } catch {
    // Deno without --allow-env throws: treat as unset.
  }
  return undefined;
}

/**
 * True when a fetch failure means the connection was never made (nothing reached the server), so
 * even a create is safe to retry. Each runtime reports it differently.
 */
export function isConnectionRefused(error: unknown): boolean {
  for (let e: any = error, depth = 0; e && depth < 4; e = e.cause, depth++) {
    const code = typeof e.code === 'string' ? e.code : '';
    if (code === 'ECONNREFUSED' || code === 'ConnectionRefused' || code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
      return true;
    }
    if (typeof e.message === 'string' && /connection refused|ECONNREFUSED/i.test(e.message)) return true;
  }
  return false;
}

/**
 * The generated client spreads each call's options, `client` included, into the `RequestInit`;
 * Deno reads `RequestInit.client` as a `Deno.HttpClient` and throws (hey-api/hey-api#4177). This
 * runs as the client's `requestValidator`, its one hook before `new Request`, and removes the key.
 */
export async function dropClientOption(options: unknown): Promise<void> {
  delete (options as { client?: unknown }).client;
}

/**
 * A signal that aborts when the request's signal or the attempt's controller does. `caller` is the
 * Request's own signal (per request, following whatever signal the user passed), so a listener on it
 * lives and dies with the request: no need for `AbortSignal.any`, which costs ~25 µs per call.
 */
export function linkSignal(caller: AbortSignal, controller: AbortController): AbortSignal {
  caller.addEventListener('abort', () => controller.abort(caller.reason), { once: true });
  return controller.signal;
}
