/**
 * What the mutations do to the query cache: write one key into its detail entry, replace or drop
 * a key in every list (paged and infinite), snapshot and restore for optimistic updates.
 */
import type { ApiKey, GetKeyResponse, ListResponse } from '@modelgates/sdk';
import { type KeyedClient, modelGatesQueryKeys } from './keys.js';

/** The pages of an infinite list, as TanStack Query stores them. */
export interface InfinitePages<TPage> {
  pages: TPage[];
  pageParams: unknown[];
}

/** A query filter: the entries whose key starts with (or, `exact`, is) `queryKey`. */
export interface KeyFilter {
  queryKey: readonly unknown[];
  exact?: boolean;
}

/**
 * The `QueryClient` methods the cache updates call. Any TanStack Query v5 `QueryClient` has them,
 * whichever adapter made it and whichever `@tanstack/query-core` copy it carries: the core takes
 * this shape, not query-core's class, whose private fields make two copies' types incompatible.
 */
export interface CacheClient {
  getQueryData(queryKey: readonly unknown[]): unknown;
  setQueryData<T>(
    queryKey: readonly unknown[],
    updater: T | ((entry: T | undefined) => T | undefined),
  ): unknown;
  getQueriesData(filters: KeyFilter): Array<[readonly unknown[], unknown]>;
  setQueriesData<T>(filters: KeyFilter, updater: (entry: T | undefined) => T | undefined): unknown;
  cancelQueries(filters: KeyFilter): Promise<void>;
  invalidateQueries(filters: KeyFilter): Promise<void>;
  removeQueries(filters: KeyFilter): void;
}

type ListEntry = ListResponse | InfinitePages<ListResponse>;

/** Applies `fn` to the keys of a list entry; returns the same object when nothing changed, so
 * observers of untouched lists do not re-render. */
function mapList(entry: ListEntry | undefined, fn: (keys: ApiKey[]) => ApiKey[]): ListEntry | undefined {
  if (!entry) return entry;
  const mapPage = (page: ListResponse): ListResponse => {
    const data = fn(page.data);
    return data.length === page.data.length && data.every((k, i) => k === page.data[i])
      ? page
      : { ...page, data };
  };
  if ('pages' in entry) {
    const pages = entry.pages.map(mapPage);
    return pages.every((p, i) => p === entry.pages[i]) ? entry : { ...entry, pages };
  }
  return mapPage(entry);
}

/** The cache operations of one client in one QueryClient. */
export function apiKeyCache(queryClient: CacheClient, mg: KeyedClient) {
  const keys = modelGatesQueryKeys(mg);
  const lists = { queryKey: keys.lists() };

  const updateLists = (fn: (keys: ApiKey[]) => ApiKey[]) =>
    queryClient.setQueriesData(lists, (entry: ListEntry | undefined) => mapList(entry, fn));

  return {
    keys,
    /**
     * Stops fetches that could land after (and overwrite) an optimistic change, then captures the
     * detail entry and every list; the returned function puts them back.
     */
    async snapshot(hash: string): Promise<() => void> {
      const detailKey = keys.detail(hash);
      await Promise.all([
        queryClient.cancelQueries(lists),
        queryClient.cancelQueries({ queryKey: detailKey, exact: true }),
      ]);
      const saved: [readonly unknown[], unknown][] = [
        ...queryClient.getQueriesData(lists),
        [detailKey, queryClient.getQueryData(detailKey)],
      ];
      return () => {
        // An entry without data was not touched by the optimistic change: nothing to restore.
        for (const [key, data] of saved) if (data !== undefined) queryClient.setQueryData(key, data);
      };
    },

    /** Writes `key` into its detail entry and every list that holds it. */
    writeKey(key: ApiKey): void {
      queryClient.setQueryData(keys.detail(key.hash), { data: key } satisfies GetKeyResponse);
      updateLists((list) => list.map((k) => (k.hash === key.hash ? key : k)));
    },

    /** Applies `patch` to the cached key (detail and lists) without a server answer. */
    patchKey(hash: string, patch: (key: ApiKey) => ApiKey): void {
      queryClient.setQueryData(
        keys.detail(hash),
        (entry: GetKeyResponse | undefined) => entry && { ...entry, data: patch(entry.data) },
      );
      updateLists((list) => list.map((k) => (k.hash === hash ? patch(k) : k)));
    },

    /** Drops a key from every list. An infinite list whose last page was full then ends on a
     * short page and reports no next page until the invalidation that follows refetches it. */
    removeFromLists(hash: string): void {
      updateLists((list) => list.filter((k) => k.hash !== hash));
    },

    /** Forgets a deleted key: its detail entry, and the key in every list. Removing the entry also
     * cancels a fetch of it still in flight, which would bring it back. */
    remove(hash: string): void {
      queryClient.removeQueries({ queryKey: keys.detail(hash), exact: true });
      updateLists((list) => list.filter((k) => k.hash !== hash));
    },

    /** Marks lists, and the detail entry of `detail` and the current key when given, stale;
     * active ones refetch. The create awaits it (its lists must show the new key before it
     * settles); update and delete do not: the cache already holds the server's answer. */
    invalidate(detail?: string, currentKey?: boolean): Promise<unknown> {
      return Promise.all([
        queryClient.invalidateQueries(lists),
        detail && queryClient.invalidateQueries({ queryKey: keys.detail(detail), exact: true }),
        currentKey && queryClient.invalidateQueries({ queryKey: keys.currentKey(), exact: true }),
      ]);
    },
  };
}
