/**
 * Query keys. They are the generated key functions' keys (`[{ _id, baseUrl, query | path }]`), so
 * the hooks and the generated `listOptions`/`getKeyOptions` helpers share cache entries and every
 * invalidation reaches both. The base URL is part of every key: two clients in one app never share
 * an entry. Nothing secret is ever part of a key (no API key, no headers).
 */
import type { ListQuery, ModelGates } from '@modelgates/sdk';
import {
  getCurrentKeyQueryKey,
  getKeyQueryKey,
  listInfiniteQueryKey,
  listQueryKey,
} from './gen/@tanstack/react-query.gen.js';

export type CurrentKeyQueryKey = ReturnType<typeof getCurrentKeyQueryKey>;
export type ApiKeysQueryKey = ReturnType<typeof listQueryKey>;
export type ApiKeysInfiniteQueryKey = ReturnType<typeof listInfiniteQueryKey>;
export type ApiKeyQueryKey = ReturnType<typeof getKeyQueryKey>;
/** The filters of an infinite list: the offset is what the pages advance. */
export type ApiKeysInfiniteQuery = Omit<ListQuery, 'offset'>;

/** The part of a client the keys depend on. */
export type KeyedClient = Pick<ModelGates, 'client'>;

/** Drops unset fields so `undefined`, `{}` and `{ offset: undefined }` give one key. */
/** Drops undefined fields; undefined when nothing is left (so `{}` and no query share a key). */
export function compact<T extends object>(query: T | undefined): T | undefined {
  if (!query) return undefined;
  const out = Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined));
  return Object.keys(out).length ? (out as T) : undefined;
}

/**
 * The query keys (and partial-match filters) of one client. Use them with `invalidateQueries`,
 * `getQueryData` or `setQueryData`:
 * `queryClient.invalidateQueries({ queryKey: modelGatesQueryKeys(mg).lists() })`.
 */
export function modelGatesQueryKeys(mg: KeyedClient) {
  const { client } = mg;
  const baseUrl = client.getConfig().baseUrl as string;
  return {
    /** Matches every query of this client. */
    all: () => [{ baseUrl }] as const,
    currentKey: (): CurrentKeyQueryKey => getCurrentKeyQueryKey({ client }),
    /** Matches every list of this client, paged or infinite, whatever its filters. */
    lists: () => [{ _id: 'list', baseUrl }] as const,
    list: (query?: ListQuery): ApiKeysQueryKey => listQueryKey({ client, query: compact(query) }),
    infinite: (query?: ApiKeysInfiniteQuery): ApiKeysInfiniteQueryKey =>
      listInfiniteQueryKey({ client, query: compact(query) }),
    detail: (hash: string): ApiKeyQueryKey => getKeyQueryKey({ client, path: { hash } }),
  };
}
