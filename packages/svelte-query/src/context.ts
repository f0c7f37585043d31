/**
 * Hands the app's one configured `ModelGates` client to the functions, through Svelte's context:
 * `setModelGatesContext(mg)` in the root component (or layout), next to TanStack's
 * `<QueryClientProvider>` / `setQueryClientContext`. This package holds no cache of its own.
 */
import { type ClientOptions, noClient } from '@modelgates/query-core';
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
  const mg = client ?? provided();
  if (!mg) throw missing();
  return mg;
}

const provided = () => (hasContext(key) ? getContext<ModelGates>(key) : undefined);
const missing = () => noClient('call setModelGatesContext(new ModelGates(...)) in a parent component');

/**
 * For the functions: reads the context's client now (`getContext` works only during component
 * initialisation) and returns a function that picks `options().client ?? that client` each time it
 * runs, so TanStack's options accessor calling it follows a `client` that changes in a getter.
 */
export function useClientOf(options: () => ClientOptions): () => ModelGates {
  const fromContext = provided();
  return () => {
    const mg = options().client ?? fromContext;
    if (!mg) throw missing();
    return mg;
  };
}
