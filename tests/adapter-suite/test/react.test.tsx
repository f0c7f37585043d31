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
import { renderHook } from '@testing-library/react';
import { type ReactNode, useState } from 'react';
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
  queryClient: () =>
    new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } }),
  mount: (mg, queryClient, use) => {
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={queryClient}>
        <ModelGatesProvider client={mg}>{children}</ModelGatesProvider>
      </QueryClientProvider>
    );
    const hook = renderHook(
      () =>
        use({
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
        }),
      { wrapper },
    );
    return { result: latest(() => hook.result.current), unmount: hook.unmount };
  },
});
