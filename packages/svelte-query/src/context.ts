/**
 * Hands the app's one configured `ModelGates` client to the functions, through Svelte's context:
 * `setModelGatesContext(mg)` in the root component (or layout), next to TanStack's
 * `<QueryClientProvider>` / `setQueryClientContext`. This package holds no cache of its own.
 */
import { noClient } from '@modelgates/query-core';
import type { ModelGates } from '@modelgates/sdk';
import { getContext, hasContext, setContext } from 'svelte';

const key = Symbol.for('@modelgates/svelte-query/client');

/** Gives `client` to every component below the calling one (the nearest set wins). */
export function setModelGatesContext(client: ModelGates): void {
  setContext(key, client);
}

/** The client set by `setModelGatesContext`, or `client` when given (it wins). Call it during
 * component initialisation. */
export function useModelGates(client?: ModelGates): ModelGates {
  const mg = client ?? (hasContext(key) ? getContext<ModelGates>(key) : undefined);
  if (!mg) throw noClient('call setModelGatesContext(new ModelGates(...)) in a parent component');
  return mg;
}
