/**
 * What a server may put into the page it renders (`dehydrate(queryClient, dehydrateOptions)`):
 * successful queries only, as TanStack does by default, and no mutation at all: the create
 * mutation's `data` holds the created key's secret, and a paused mutation would carry its
 * variables. No query holds a secret (the create writes only `data` into the cache), and the keys
 * carry no API key or header.
 */
export const dehydrateOptions = {
  shouldDehydrateQuery: (query: { state: { status: string } }): boolean => query.state.status === 'success',
  shouldDehydrateMutation: (): boolean => false,
};
