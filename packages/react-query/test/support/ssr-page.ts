/** What both halves of the server-rendering tests agree on (server-render.tsx in Node, the
 * hydration test in the browser). No imports, so the browser test loads nothing server-side. */

/** Both sides use it: data younger than this is fresh, so the browser does not refetch on mount. */
export const STALE_TIME = 60_000;

/** The list the page shows (KeysApp's `useApiKeys` query). */
export const pageQuery = { include_disabled: true } as const;

/** The server's key. In an app it comes from the server's environment (`MODELGATES_API_KEY`, which
 * `new ModelGates()` reads by itself); it must never reach the browser. */
export const serverApiKey =
  'sk-or-v1-server-only-5ec2e7000000000000000000000000000000000000000000000000000000';

/** The id of the `<script type="application/json">` that carries the dehydrated state. */
export const stateElementId = 'modelgates-state';

export interface ServerRender {
  /** What the server sends: the app's markup in #root, then the dehydrated state as JSON. */
  page: string;
  /** The app's markup alone (renderToString's output). */
  appHtml: string;
  /** The serialised dehydrated state, as it appears in `page`. */
  payload: string;
  /** The secrets the server held, for the tests to look for: its API key, the created key. */
  secrets: { apiKey: string; createdKey: string };
  /** What the server's client sent, and whether each request carried `Authorization`. */
  requests: { method: string; path: string; authorized: boolean }[];
  /** The server's MutationCache, serialised before dehydrating: it did hold the created secret. */
  mutationCacheText: string;
}
