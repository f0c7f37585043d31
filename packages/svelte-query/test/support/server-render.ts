/**
 * The server half of the server-rendering test, loaded through Vite's SSR module loader (Svelte's
 * server build): a SvelteKit-style `load` prefetches the keys into a fresh QueryClient, the page is
 * rendered with `svelte/server`, and the cache is dehydrated with the core's `dehydrateOptions`.
 */
import type { MockApi } from '@modelgates/mock';
import { ModelGates } from '@modelgates/sdk';
import { dehydrate, QueryClient } from '@tanstack/svelte-query';
import { render } from 'svelte/server';
import { apiKeysQueryOptions, createApiKeyMutationOptions, dehydrateOptions } from '../../src/index.js';
import KeysPage from './KeysPage.svelte';

export interface ServerRender {
  html: string;
  payload: string;
  createdKey: string;
  mutationCacheText: string;
}

export async function renderKeysPage(mock: MockApi, baseUrl: string, apiKey: string): Promise<ServerRender> {
  const mg = new ModelGates({ apiKey, baseUrl, fetch: mock.fetch });
  const queryClient = new QueryClient();
  // The server also creates a key: its secret sits in the server's MutationCache.
  const create = queryClient
    .getMutationCache()
    .build(queryClient, createApiKeyMutationOptions(mg, queryClient));
  const created = await create.execute({ name: 'made on the server' });
  // load()
  await queryClient.prefetchQuery(apiKeysQueryOptions(mg));
  const { body } = render(KeysPage, { props: { mg, queryClient } });
  return {
    html: body,
    payload: JSON.stringify(dehydrate(queryClient, dehydrateOptions)),
    createdKey: created.key,
    mutationCacheText: JSON.stringify(
      queryClient
        .getMutationCache()
        .getAll()
        .map((m) => m.state),
    ),
  };
}
