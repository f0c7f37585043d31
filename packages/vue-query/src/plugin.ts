/**
 * Hands the app's one configured `ModelGates` client to the composables: `app.use(ModelGatesPlugin,
 * { client })` for the whole app, `provideModelGates(client)` in a component for its subtree. The
 * composables use the app's QueryClient (from TanStack's own `VueQueryPlugin`), so this package
 * holds no cache of its own.
 */
import { type ClientOptions, noClient } from '@modelgates/query-core';
import type { ModelGates } from '@modelgates/sdk';
import { type App, type InjectionKey, inject, type MaybeRefOrGetter, provide, toValue } from 'vue';

export const modelGatesKey: InjectionKey<ModelGates> = Symbol('modelgates');

export interface ModelGatesPluginOptions {
  client: ModelGates;
}

/** `app.use(ModelGatesPlugin, { client: mg })`: every composable in the app uses `mg`. */
export const ModelGatesPlugin = {
  install(app: App, options: ModelGatesPluginOptions) {
    app.provide(modelGatesKey, options.client);
  },
};

/** Provides `client` to the calling component's subtree (the nearest provide wins). */
export function provideModelGates(client: ModelGates): void {
  provide(modelGatesKey, client);
}

const missing = () => noClient('install ModelGatesPlugin with { client: new ModelGates(...) }');

/** The provided client, or `client` when given (it wins). Call it in `setup`. */
export function useModelGates(client?: ModelGates): ModelGates {
  const mg = client ?? inject(modelGatesKey, undefined);
  if (!mg) throw missing();
  return mg;
}

/**
 * For the composables: reads the provided client now (`inject` works only in `setup`) and returns
 * a function that picks `toValue(options).client ?? provided` each time it runs, so a computed
 * calling it follows a `client` that changes in reactive options (another base URL, another key).
 */
export function useClientOf(options: MaybeRefOrGetter<ClientOptions>): () => ModelGates {
  const provided = inject(modelGatesKey, undefined);
  return () => {
    const mg = toValue(options).client ?? provided;
    if (!mg) throw missing();
    return mg;
  };
}
