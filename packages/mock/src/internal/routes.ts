/** The routes: one per operation of the registry, from its method and path template. */
import { type OperationId, operationRoutes } from '@modelgates/sdk';

export interface Match {
  operation: OperationId;
  params: Record<string, string>;
}

const escape = (s: string) => s.replace(/[.*+?^$()|[\]\\]/g, '\\$&');

const compiled = (Object.keys(operationRoutes) as OperationId[]).map((operation) => {
  const { method, path } = operationRoutes[operation];
  const params: string[] = [];
  const source = path
    .split(/\{(\w+)\}/)
    .map((part, i) => (i % 2 ? (params.push(part), '([^/]+)') : escape(part)))
    .join('');
  return { operation, method: method, pattern: new RegExp(`^${source}/?$`), params };
});

/** The path of a base URL, without its trailing slash (`https://x/api/v1/` -> `/api/v1`). */
export const basePath = (baseUrl: string): string => new URL(baseUrl).pathname.replace(/\/+$/, '');

/** Whether `url` is at or under `base` (same origin, and its path under the base's path). */
export function within(url: URL, base: URL): boolean {
  const prefix = base.pathname.replace(/\/+$/, '');
  return url.origin === base.origin && (url.pathname === prefix || url.pathname.startsWith(`${prefix}/`));
}

/** The operation a request is, relative to the base path; null when no operation has this method and path. */
export function route(method: string, pathname: string, base: string): Match | null {
  if (base && pathname !== base && !pathname.startsWith(`${base}/`)) return null;
  const rest = pathname.slice(base.length);
  for (const r of compiled) {
    if (r.method !== method) continue;
    const m = r.pattern.exec(rest);
    if (!m) continue;
    const params: Record<string, string> = {};
    try {
      r.params.forEach((name, i) => (params[name] = decodeURIComponent(m[i + 1]!)));
    } catch {
      return null;
    }
    return { operation: r.operation, params };
  }
  return null;
}
