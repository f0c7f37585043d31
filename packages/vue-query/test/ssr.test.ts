/**
 * Server rendering: the server prefetches the keys, renders the page with `renderToString` and
 * dehydrates the cache (with the core's `dehydrateOptions`); the browser hydrates the cache and the
 * markup, and sends no request. Nothing secret reaches the page.
 */
import { createMock } from '@modelgates/mock';
import { ModelGates } from '@modelgates/sdk';
import { type DehydratedState, dehydrate, hydrate, QueryClient, VueQueryPlugin } from '@tanstack/vue-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSSRApp, defineComponent, h } from 'vue';
import { renderToString } from 'vue/server-renderer';
import {
  apiKeysQueryOptions,
  createApiKeyMutationOptions,
  dehydrateOptions,
  ModelGatesPlugin,
  modelGatesQueryKeys,
  useApiKeys,
} from '../src/index.js';

const baseUrl = 'https://mock.modelgates.test/api/v1';
const apiKey = 'sk-server-only-management-key';

const KeysPage = defineComponent({
  setup() {
    const list = useApiKeys();
    return () =>
      list.data.value
        ? h(
            'ul',
            list.data.value.data.map((k) => h('li', { 'data-hash': k.hash }, k.name)),
          )
        : h('p', 'Loading keys');
  },
});

function page(queryClient: QueryClient, mg: ModelGates) {
  return createSSRApp(KeysPage).use(VueQueryPlugin, { queryClient }).use(ModelGatesPlugin, { client: mg });
}

afterEach(() => vi.restoreAllMocks());

describe('server rendering', () => {
  it('renders the prefetched keys, dehydrates them without secrets, and hydrates with no request', async () => {
    const mock = createMock({ baseUrl });
    const server = new ModelGates({ apiKey, baseUrl, fetch: mock.fetch });
    const serverCache = new QueryClient();
    // The server also creates a key: its secret sits in the server's MutationCache.
    const create = serverCache
      .getMutationCache()
      .build(serverCache, createApiKeyMutationOptions(server, serverCache));
    const created = await create.execute({ name: 'made on the server' });
    await serverCache.prefetchQuery(apiKeysQueryOptions(server));
    const html = await renderToString(page(serverCache, server));
    const payload = JSON.stringify(dehydrate(serverCache, dehydrateOptions));

    for (const key of mock.keys.filter((k) => !k.disabled)) expect(html).toContain(key.name);
    expect(html).not.toContain('Loading keys');
    expect(
      JSON.stringify(
        serverCache
          .getMutationCache()
          .getAll()
          .map((m) => m.state),
      ),
    ).toContain(created.key);
    for (const text of [html, payload]) {
      expect(text).not.toContain(apiKey);
      expect(text).not.toContain(created.key);
    }
    const state = JSON.parse(payload) as DehydratedState;
    expect(state.mutations).toEqual([]);

    // The browser: a client with no API key, counting what it sends.
    const sent: string[] = [];
    const browser = new ModelGates({
      baseUrl,
      fetch: async (input, init) => {
        sent.push(`${init?.method ?? 'GET'} ${input instanceof Request ? input.url : String(input)}`);
        return mock.fetch(input, init);
      },
    });
    const browserCache = new QueryClient({ defaultOptions: { queries: { staleTime: 60_000 } } });
    hydrate(browserCache, state);
    expect(browserCache.getQueryData(modelGatesQueryKeys(browser).list())).toEqual(
      serverCache.getQueryData(modelGatesQueryKeys(server).list()),
    );
    const mismatch = vi.spyOn(console, 'error');
    const warn = vi.spyOn(console, 'warn');
    const root = document.createElement('div');
    root.innerHTML = html;
    page(browserCache, browser).mount(root);
    expect(root.innerHTML).toBe(html);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(sent).toEqual([]);
    expect([...mismatch.mock.calls, ...warn.mock.calls].flat().join('\n')).not.toMatch(/hydration/i);
  });
});
