/**
 * The behaviour every adapter shares, run on the React hooks. React re-runs the hooks on every
 * render, so what the driver hands the suite reads the latest render's results.
 */
import {
  ModelGatesProvider,
  useApiKey,
  useApiKeys,
  useApiKeysInfinite,
  useCreateApiKey,
  useDeleteApiKey,
  useUpdateApiKey,
} from '@modelgates/react-query';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { adapterSuite } from '../src/index.js';

const isView = (value: unknown) => value !== null && typeof value === 'object' && 'status' in value;

/** An object that always reads the latest render's value (and the views inside it). */
function latest<T>(current: () => T): T {
  return new Proxy({} as T & object, {
    get: (_, name) => {
      const value = (current() as Record<string | symbol, unknown>)[name];
      if (isView(value)) return latest(() => (current() as Record<string | symbol, unknown>)[name]);
      return value;
    },
  });
}

adapterSuite<QueryClient>({
  name: '@modelgates/react-query',
  // `notifyOnChangeProps: 'all'`: React Query re-renders only for the result properties a render
  // read; the suite reads them between renders, so every change must re-render.
  queryClient: () =>
    new QueryClient({
      defaultOptions: { queries: { retry: false, notifyOnChangeProps: 'all' }, mutations: { retry: false } },
    }),
  mount: (mg, queryClient, use) => {
    // A root of its own, rendered as in an app (no act()): the suite polls what the page shows.
    let current!: ReturnType<typeof use>;
    function Probe() {
      current = use({
        signal: (initial) => {
          // eslint-disable-next-line react-hooks/rules-of-hooks -- called once per render, in order
          const [value, set] = useState(initial);
          return { get: () => value, set };
        },
        useApiKeys: (query) => useApiKeys(query.get()),
        useApiKeysInfinite: () => useApiKeysInfinite(),
        useApiKey: (hash) => useApiKey(hash),
        useCreateApiKey: () => useCreateApiKey(),
        useUpdateApiKey: (optimistic) => useUpdateApiKey({ optimistic }),
        useDeleteApiKey: (optimistic) => useDeleteApiKey({ optimistic }),
      });
      return null;
    }
    const root = createRoot(document.body.appendChild(document.createElement('div')));
    flushSync(() =>
      root.render(
        <QueryClientProvider client={queryClient}>
          <ModelGatesProvider client={mg}>
            <Probe />
          </ModelGatesProvider>
        </QueryClientProvider>,
      ),
    );
    return { result: latest(() => current), unmount: () => root.unmount() };
  },
});
