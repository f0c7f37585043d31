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
  type Cause = { code?: unknown; message?: unknown; cause?: unknown } | null | undefined;
  for (let e = error as Cause, depth = 0; e && depth < 4; e = e.cause as Cause, depth++) {
    const code = typeof e.code === 'string' ? e.code : '';
    if (
      code === 'ECONNREFUSED' ||
      code === 'ConnectionRefused' ||
      code === 'ENOTFOUND' ||
      code === 'EAI_AGAIN'
    ) {
      return true;
    }
    if (typeof e.message === 'string' && /connection refused|ECONNREFUSED/i.test(e.message)) return true;
  }
  return false;
}
