/**
 * Server rendering, the SvelteKit way without SvelteKit: `load` → `render` (svelte/server) →
 * dehydrate on the server; `hydrate` of the cache and of the markup in the browser, with no
 * request. The server half runs through Vite's SSR loader (Svelte's server build of the page);
 * the browser half here, in happy-dom with Svelte's client build. Nothing secret reaches the page.
 */
import { dirname, resolve } from 'node:path';
import { createMock } from '@modelgates/mock';
import { type ListResponse, ModelGates } from '@modelgates/sdk';
import { type DehydratedState, hydrate as hydrateCache, QueryClient } from '@tanstack/svelte-query';
import { flushSync, hydrate } from 'svelte';
import { createServer } from 'vite';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { modelGatesQueryKeys } from '../src/index.js';
import KeysPage from './support/KeysPage.svelte';
import type { ServerRender } from './support/server-render.js';

const baseUrl = 'https://mock.modelgates.test/api/v1';
const apiKey = 'sk-server-only-management-key';

async function renderOnServer(mock: ReturnType<typeof createMock>): Promise<ServerRender> {
  // This file's folder (import.meta.url is not a file: URL in happy-dom).
  const here = dirname(expect.getState().testPath!);
  const vite = await createServer({
    root: resolve(here, '..'),
    configFile: false,
    plugins: [(await import('@sveltejs/vite-plugin-svelte')).svelte()],
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
    logLevel: 'error',
  });
  try {
    const server = (await vite.ssrLoadModule(
      '/test/support/server-render.ts',
    )) as typeof import('./support/server-render.js');
    return await server.renderKeysPage(mock, baseUrl, apiKey);
  } finally {
    await vite.close();
  }
}

afterEach(() => vi.restoreAllMocks());

// The test starts a Vite server and compiles Svelte's server build of the page: 1.3 s on an idle
// machine, over 5 s (vitest's default) beside the rest of `npm test` on two cores. Not a speed check.
const VITE_SSR_TIMEOUT = 60_000;

describe('server rendering', () => {
  it(
    'renders the loaded keys, dehydrates them without secrets, and hydrates with no request',
    { timeout: VITE_SSR_TIMEOUT },
    async () => {
      const mock = createMock({ baseUrl });
      const server = await renderOnServer(mock);

      for (const key of mock.keys.filter((k) => !k.disabled)) expect(server.html).toContain(key.name);
      expect(server.html).not.toContain('Loading keys');
      expect(server.mutationCacheText).toContain(server.createdKey);
      for (const text of [server.html, server.payload]) {
        expect(text).not.toContain(apiKey);
        expect(text).not.toContain(server.createdKey);
      }
      const state = JSON.parse(server.payload) as DehydratedState;
      expect(state.mutations).toEqual([]);

      // The browser: a client with no API key, counting what it sends.
      const sent: string[] = [];
      const browser = new ModelGates({
        baseUrl,
        fetch: async (input, init) => {
          sent.push(init?.method ?? 'GET');
          return mock.fetch(input, init);
        },
      });
      const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: 60_000 } } });
      hydrateCache(queryClient, state);
      expect(
        queryClient.getQueryData<ListResponse>(modelGatesQueryKeys(browser).list())?.data.map((k) => k.name),
      ).toEqual(mock.keys.filter((k) => !k.disabled).map((k) => k.name));
      const warn = vi.spyOn(console, 'warn');
      const error = vi.spyOn(console, 'error');
      const target = document.body.appendChild(document.createElement('div'));
      target.innerHTML = server.html;
      const before = target.querySelector('ul');
      hydrate(KeysPage, { target, props: { mg: browser, queryClient } });
      flushSync();
      // Hydrated in place: the server's nodes are kept, not replaced.
      expect(target.querySelector('ul')).toBe(before);
      expect([...target.querySelectorAll('li')].map((li) => li.textContent)).toEqual(
        mock.keys.filter((k) => !k.disabled).map((k) => k.name),
      );
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(sent).toEqual([]);
      expect([...warn.mock.calls, ...error.mock.calls].flat().join('\n')).not.toMatch(/hydrat/i);
    },
  );
});
