/** The shared suite's driver for Vue: one component per mount, with TanStack's `VueQueryPlugin` and
 * `ModelGatesPlugin` installed on its app; the composables' refs read through getters. */
import type { AdapterDriver, MutationView, QueryView } from '@modelgates/adapter-suite';
import type { ModelGates } from '@modelgates/sdk';
import { QueryClient, VueQueryPlugin } from '@tanstack/vue-query';
import { createApp, defineComponent, type Ref, shallowRef } from 'vue';
import {
  ModelGatesPlugin,
  useApiKey,
  useApiKeys,
  useApiKeysInfinite,
  useCreateApiKey,
  useDeleteApiKey,
  useUpdateApiKey,
} from '../src/index.js';

type Refs<T> = { [K in keyof T]: Ref<T[K]> };

/** Getters over a composable's refs. */
function view<T extends object>(refs: Refs<T> & object): T {
  return new Proxy({} as T, {
    get: (_, name) => {
      const value = (refs as Record<string | symbol, unknown>)[name];
      return value && typeof value === 'object' && 'value' in value ? value.value : value;
    },
  });
}

export function newQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
}

/** Mounts a component whose `setup` runs `setup`, under both plugins. */
export function mountVue<T>(mg: ModelGates, queryClient: QueryClient, setup: () => T) {
  let result!: T;
  const app = createApp(
    defineComponent({
      setup() {
        result = setup();
        return () => null;
      },
    }),
  );
  app.use(VueQueryPlugin, { queryClient });
  app.use(ModelGatesPlugin, { client: mg });
  app.mount(document.createElement('div'));
  return { result, unmount: () => app.unmount() };
}

export const vueDriver: AdapterDriver<QueryClient> = {
  name: '@modelgates/vue-query',
  queryClient: newQueryClient,
  mount: (mg, queryClient, use) =>
    mountVue(mg, queryClient, () =>
      use({
        signal: (initial) => {
          const value = shallowRef(initial);
          return { get: () => value.value, set: (next) => (value.value = next) };
        },
        useApiKeys: (query) => view<QueryView<never>>(useApiKeys(() => query.get()) as never),
        useApiKeysInfinite: () => view(useApiKeysInfinite() as never),
        useApiKey: (hash) => view(useApiKey(hash) as never),
        useCreateApiKey: () => view<MutationView<never, never>>(useCreateApiKey() as never),
        useUpdateApiKey: (optimistic) => view(useUpdateApiKey({ optimistic }) as never),
        useDeleteApiKey: (optimistic) => view(useDeleteApiKey({ optimistic }) as never),
      }),
    ),
};
