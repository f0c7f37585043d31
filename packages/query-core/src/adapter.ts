/**
 * What the framework adapters share: the glue between the core's options and a framework's own
 * query and mutation functions. Each adapter checks its own table of functions against the
 * registry's hook names (`satisfies Record<HookName, ...>`, `HookName` from the sdk, so the check
 * does not depend on this package's build).
 */
import type { ModelGates } from '@modelgates/sdk';
import type { CacheClient } from './cache.js';
import type { MutationBuildOptions, QueryRequestOptions } from './options.js';

/** The options every adapter function takes besides TanStack's. */
export interface ClientOptions {
  /** Use this client instead of the provided one. */
  client?: ModelGates;
  /** Headers, timeout, retries and attribution for the requests this function sends. */
  request?: QueryRequestOptions;
}

/**
 * An adapter query's TanStack options: the core helper's key, fetcher and paging for `mg`, then
 * every other option the caller gave. Typed `never` so it fits the adapter's explicitly typed
 * call (`useQuery<TQueryFnData, ModelGatesError, TData, TKey>(...)`), which checks the rest.
 */
export function helperQuery<A extends unknown[]>(
  mg: ModelGates,
  helper: (mg: ModelGates, ...args: [...A, QueryRequestOptions | undefined]) => object,
  { client: _, request, ...rest }: ClientOptions,
  ...args: A
): never {
  // A helper returns only its key, fetcher, retry rule and paging; every other option is the
  // caller's, with the caller's `TData` (hence the `never`: the adapter's call checks the types).
  return { ...helper(mg, ...args, request), ...rest } as never;
}

type Fn = (...args: never[]) => unknown;

/** The caller's callbacks, typed by each adapter's own options. */
interface Callbacks {
  onSuccess?: Fn;
  onError?: Fn;
  onSettled?: Fn;
}

function chain<F extends Fn>(first: F | undefined, second: F | undefined): F | undefined {
  if (!first || !second) return first ?? second;
  const both = async (...args: Parameters<F>) => {
    await first(...args);
    await second(...args);
  };
  return both as unknown as F;
}

/**
 * An adapter mutation's options: the core helper's for `mg` (key, request, cache updates), with the
 * caller's options. The helper's callbacks run first, the caller's `onSuccess`/`onError` after,
 * with the same arguments, so they see the cache already updated. The caller's `onSettled` is
 * passed as it is: no helper sets one (`ModelGatesMutation` has no such field).
 */
export function helperMutation<T extends Callbacks>(
  mg: ModelGates,
  queryClient: CacheClient,
  helper: (mg: ModelGates, queryClient: never, options: MutationBuildOptions) => T,
  options: ClientOptions & MutationBuildOptions & Callbacks,
): T {
  // The helper reads only `request` and `optimistic`; TanStack gets every other option.
  const base = helper(mg, queryClient as never, options);
  const { client: _, request: __, optimistic: ___, ...own } = options;
  return {
    ...own,
    ...base,
    onSuccess: chain(base.onSuccess, own.onSuccess as T['onSuccess']),
    onError: chain(base.onError, own.onError as T['onError']),
  };
}

/** The error every adapter throws when no client was provided. */
export function noClient(how: string): Error {
  return new Error(`No ModelGates client: ${how}, or pass { client } to the function.`);
}
