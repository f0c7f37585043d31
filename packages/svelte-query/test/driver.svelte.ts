/** The shared suite's driver for Svelte 5: one `Harness` component per mount; the functions'
 * results are Svelte's reactive objects, read as they are. */
import type { AdapterDriver } from '@modelgates/adapter-suite';
import type { ModelGates } from '@modelgates/sdk';
import { QueryClient } from '@tanstack/svelte-query';
import { flushSync, mount, unmount } from 'svelte';
import {
  useApiKey,
  useApiKeys,
  useApiKeysInfinite,
  useCreateApiKey,
  useDeleteApiKey,
  useUpdateApiKey,
} from '../src/index.js';
import Harness from './support/Harness.svelte';

/**
 * Keeps a result read by an effect, as a template reading it does: a Svelte reactive object read
 * only from outside any effect (as a test does) is not kept up to date.
 */
export function live<T extends object>(result: T): T {
  $effect.pre(() => {
    for (const name of ['data', 'status', 'isFetching', 'error', 'hasNextPage'] as const) {
      void (result as Record<string, unknown>)[name];
    }
  });
  return result;
}

/** A `$state` (raw) read and set through functions: what reads it re-runs when it is set. */
export function signal<T>(initial: T) {
  let value = $state.raw(initial);
  return { get: () => value, set: (next: T) => void (value = next) };
}

export function newQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
}

/** Mounts `Harness`, which runs `setup` in its initialisation with both contexts set. */
export function mountSvelte<T>(mg: ModelGates, queryClient: QueryClient, setup: () => T) {
  let result!: T;
  const component = mount(Harness, {
    target: document.body.appendChild(document.createElement('div')),
    props: { mg, queryClient, setup: () => void (result = setup()) },
  });
  flushSync();
  return { result, unmount: () => void unmount(component) };
}

export const svelteDriver: AdapterDriver<QueryClient> = {
  name: '@modelgates/svelte-query',
  queryClient: newQueryClient,
  mount: (mg, queryClient, use) =>
    mountSvelte(mg, queryClient, () =>
      use({
        signal,
        useApiKeys: (query) => live(useApiKeys(() => query.get())),
        useApiKeysInfinite: () => live(useApiKeysInfinite()),
        useApiKey: (hash) => live(useApiKey(hash)),
        useCreateApiKey: () => live(useCreateApiKey()),
        useUpdateApiKey: (optimistic) => live(useUpdateApiKey({ optimistic })),
        useDeleteApiKey: (optimistic) => live(useDeleteApiKey({ optimistic })),
      }),
    ),
};
