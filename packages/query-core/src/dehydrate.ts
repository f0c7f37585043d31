import { type OperationId, operations } from '@modelgates/sdk';

/**
 * What a server may put into the page it renders (`dehydrate(queryClient, dehydrateOptions)`):
 * successful queries only, as TanStack does by default, and no mutation at all: the create
 * mutation's `data` holds the created key's secret, and a paused mutation would carry its
 * variables. No read operation returns a secret (a compile error in options.ts otherwise), the
 * create writes only `data` into the cache, and the keys carry no API key or header; a query
 * keyed by an operation whose result holds a secret is left out all the same (the registry says
 * which), so a secret cannot reach the page through a hand-written query either. The app's own
 * queries follow TanStack's default.
 */
export const dehydrateOptions = {
  shouldDehydrateQuery: (query: { state: { status: string }; queryKey: readonly unknown[] }): boolean =>
    query.state.status === 'success' &&
    !operations[(query.queryKey[0] as { _id?: OperationId } | undefined)?._id as OperationId]?.secrets.length,
  shouldDehydrateMutation: (): boolean => false,
};
