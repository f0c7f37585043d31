/**
 * Query keys, built from the operation registry: `[{ _id: operationId, baseUrl, path?, query? }]`,
 * field for field what the generated TanStack key functions of `@modelgates/react-query` build, so
 * the adapters and those helpers share cache entries and every invalidation reaches both. The base
 * URL is part of every key: two clients in one app never share an entry. Nothing secret is ever
 * part of a key (no API key, no headers).
 */
import type {
  GetCurrentKeyData,
  GetKeyData,
  ListData,
  ListQuery,
  ModelGates,
  Options,
  ReadOperationId,
} from '@modelgates/sdk';

/** The key of one operation's query, typed as the generated key functions type it. */
export type OperationQueryKey<TOptions extends Options> = [
  Pick<TOptions, 'baseUrl' | 'body' | 'headers' | 'path' | 'query'> & {
    _id: string;
    _infinite?: boolean;
    tags?: ReadonlyArray<string>;
  },
];

export type CurrentKeyQueryKey = OperationQueryKey<Options<GetCurrentKeyData>>;
export type ApiKeysQueryKey = OperationQueryKey<Options<ListData>>;
export type ApiKeysInfiniteQueryKey = OperationQueryKey<Options<ListData>>;
export type ApiKeyQueryKey = OperationQueryKey<Options<GetKeyData>>;
/** The filters of an infinite list: the offset is what the pages advance. */
export type ApiKeysInfiniteQuery = Omit<ListQuery, 'offset'>;

/** The part of a client the keys depend on. */
export type KeyedClient = Pick<ModelGates, 'client'>;

/** Drops undefined fields; undefined when nothing is left (so `{}` and no query share a key). */
export function compact<T extends object>(query: T | undefined): T | undefined {
  let out: Record<string, unknown> | undefined;
  for (const [field, value] of Object.entries(query ?? {}))
    if (value !== undefined) (out ??= {})[field] = value;
  return out as T | undefined;
}

/** A read operation's input, as the key holds it. */
export interface KeyInput {
  path?: object;
  query?: object;
}

/**
 * The key of any read operation of the registry. Field order is the generated helpers' (`_id`,
 * `baseUrl`, `_infinite`, `path`, `query`), so even `JSON.stringify` of both is the same.
 */
export function operationQueryKey(
  mg: KeyedClient,
  id: ReadOperationId,
  input: KeyInput = {},
  infinite?: boolean,
): [Record<string, unknown>] {
  const key: Record<string, unknown> = { _id: id, baseUrl: mg.client.getConfig().baseUrl };
  if (infinite) key['_infinite'] = true;
  if (input.path) key['path'] = input.path;
  const query = compact(input.query);
  if (query) key['query'] = query;
  return [key];
}

/**
 * The query keys (and partial-match filters) of one client. Use them with `invalidateQueries`,
 * `getQueryData` or `setQueryData`:
 * `queryClient.invalidateQueries({ queryKey: modelGatesQueryKeys(mg).lists() })`.
 */
export function modelGatesQueryKeys(mg: KeyedClient) {
  const baseUrl = mg.client.getConfig().baseUrl as string;
  const key = operationQueryKey.bind(undefined, mg);
  return {
    /** Matches every query of this client. */
    all: () => [{ baseUrl }] as const,
    currentKey: () => key('getCurrentKey') as CurrentKeyQueryKey,
    /** Matches every list of this client, paged or infinite, whatever its filters. */
    lists: (): readonly [{ readonly _id: 'list'; readonly baseUrl: string }] => key('list') as never,
    list: (query?: ListQuery) => key('list', { query }) as ApiKeysQueryKey,
    infinite: (query?: ApiKeysInfiniteQuery) => key('list', { query }, true) as ApiKeysInfiniteQueryKey,
    detail: (hash: string) => key('getKey', { path: { hash } }) as ApiKeyQueryKey,
  };
}
