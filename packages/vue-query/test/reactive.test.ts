/**
 * The reactive arguments of the Vue composables beyond the shared suite (which passes a getter):
 * a `ref`, a `computed` and a `reactive` object changed in place, a reactive `hash`, a `client`
 * that changes in reactive options (queries and mutations), and a page already loaded served from
 * the cache. Against @modelgates/mock, one mock per base URL.
 */
import { callsSince, mockTenant as tenant, twoTenants, until } from '@modelgates/adapter-suite';
import { apiKeyFixtures } from '@modelgates/mock';
import type { ListQuery, ModelGates } from '@modelgates/sdk';
import type { QueryClient } from '@tanstack/vue-query';
import { afterEach, describe, expect, it } from 'vitest';
import { computed, nextTick, reactive, ref, shallowRef } from 'vue';
import {
  useApiKey,
  useApiKeys,
  useApiKeysInfinite,
  useCurrentKey,
  useDeleteApiKey,
  useUpdateApiKey,
} from '../src/index.js';
import { mountVue, newQueryClient } from './driver.js';

const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

/** The base URLs in the QueryCache's keys. */
const keyBaseUrls = (qc: QueryClient) =>
  new Set(
    qc
      .getQueryCache()
      .getAll()
      .map((q) => (q.queryKey[0] as { baseUrl: string }).baseUrl),
  );

const mounted: { unmount(): void }[] = [];
afterEach(() => {
  for (const m of mounted.splice(0)) m.unmount();
});
function mount<T>(mg: ModelGates, qc: QueryClient, setup: () => T): T {
  const m = mountVue(mg, qc, setup);
  mounted.push(m);
  return m.result;
}

describe('a client that changes in reactive options', () => {
  it('every query composable refetches from the new client, under keys with its base URL', async () => {
    const { a, b } = twoTenants();
    const hash = a.mock.keys[0]!.hash;
    const qc = newQueryClient();
    const client = shallowRef(a.mg);
    const options = () => ({ client: client.value });
    // The plugin provides a third client, never called: the options' client wins.
    const provided = tenant('https://provided.modelgates.test/api/v1');
    const ui = mount(provided.mg, qc, () => ({
      current: useCurrentKey(options),
      list: useApiKeys(undefined, options),
      pages: useApiKeysInfinite(undefined, options),
      detail: useApiKey(hash, options),
    }));
    await until(() => {
      expect(ui.list.data.value?.data.map((k) => k.name)).toEqual(['A 0', 'A 1', 'A 2']);
      expect(ui.pages.data.value?.pages[0]?.data[0]?.name).toBe('A 0');
      expect(ui.detail.data.value?.data.name).toBe('A 0');
      expect(ui.current.status.value).toBe('success');
    });
    expect(callsSince(a.mock).sort()).toEqual(['getCurrentKey', 'getKey', 'list', 'list']);
    expect(callsSince(b.mock)).toEqual([]);
    expect(keyBaseUrls(qc)).toEqual(new Set([a.mg.client.getConfig().baseUrl]));

    const fromA = a.mock.calls.length;
    client.value = b.mg;
    await until(() => {
      expect(ui.list.data.value?.data.map((k) => k.name)).toEqual(['B 0', 'B 1', 'B 2']);
      expect(ui.pages.data.value?.pages[0]?.data[0]?.name).toBe('B 0');
      expect(ui.detail.data.value?.data.name).toBe('B 0');
      expect(ui.current.isFetching.value).toBe(false);
    });
    expect(callsSince(b.mock).sort()).toEqual(['getCurrentKey', 'getKey', 'list', 'list']);
    expect(callsSince(a.mock, fromA)).toEqual([]);
    expect(callsSince(provided.mock)).toEqual([]);
    // Each client's entries under their own keys: nothing of A's was reused for B.
    expect(keyBaseUrls(qc)).toEqual(
      new Set([a.mg.client.getConfig().baseUrl, b.mg.client.getConfig().baseUrl]),
    );
  });

  it('a ref (or computed) of options: the mutations send to the client it holds now', async () => {
    const { a, b } = twoTenants();
    const hash = a.mock.keys[0]!.hash;
    const options = shallowRef({ client: a.mg });
    const ui = mount(a.mg, newQueryClient(), () => ({
      update: useUpdateApiKey(options),
      remove: useDeleteApiKey(computed(() => options.value)),
    }));
    options.value = { client: b.mg };
    // TanStack's useMutation applies new options in a watcher: on the next tick, as a click would.
    await nextTick();
    await ui.update.mutateAsync({ hash, disabled: true });
    expect(b.mock.key(hash)?.disabled).toBe(true);
    expect(a.mock.key(hash)?.disabled).toBe(false);
    await ui.remove.mutateAsync({ hash });
    expect(b.mock.key(hash)).toBeUndefined();
    expect(a.mock.key(hash)).toBeDefined();
    expect(callsSince(a.mock)).toEqual([]);
  });
});

describe('a client held in reactive state (a deep ref, reactive, a Pinia store)', () => {
  it('drives the composables, and its own methods work through the proxy Vue wraps it in', async () => {
    const { a, b } = twoTenants();
    const state = reactive({ client: a.mg });
    const qc = newQueryClient();
    const list = mount(b.mg, qc, () => useApiKeys(undefined, () => ({ client: state.client })));
    await until(() => expect(list.data.value?.data.map((k) => k.name)).toEqual(['A 0', 'A 1', 'A 2']));
    // What an app does with a client from its store: call it directly, through Vue's proxy.
    const direct = await state.client.apiKeys.get(a.mock.keys[1]!.hash);
    expect(direct.data.name).toBe('A 1');
    state.client = b.mg;
    await until(() => expect(list.data.value?.data.map((k) => k.name)).toEqual(['B 0', 'B 1', 'B 2']));
    expect(callsSince(a.mock)).toEqual(['list', 'getKey']);
    expect(callsSince(b.mock)).toEqual(['list']);
  });
});

describe('reactive arguments other than a getter', () => {
  const page = (keys: { hash: string }[], offset: number) =>
    keys.slice(offset, offset + 100).map((k) => k.hash);

  it('a ref query: a new offset fetches that page', async () => {
    const { mock, mg } = tenant('https://ref.modelgates.test/api/v1', apiKeyFixtures(150));
    const query = ref<ListQuery>({ offset: 0 });
    const list = mount(mg, newQueryClient(), () => useApiKeys(query));
    await until(() => expect(list.data.value?.data.map((k) => k.hash)).toEqual(page(mock.keys, 0)));
    const from = mock.calls.length;
    query.value = { offset: 100 };
    await until(() => expect(list.data.value?.data.map((k) => k.hash)).toEqual(page(mock.keys, 100)));
    expect(callsSince(mock, from)).toEqual(['list']);
  });

  it('a computed query follows the ref it reads', async () => {
    const { mock, mg } = tenant('https://computed.modelgates.test/api/v1', apiKeyFixtures(150));
    const pageIndex = ref(0);
    const list = mount(mg, newQueryClient(), () =>
      useApiKeys(computed(() => ({ offset: pageIndex.value * 100 }))),
    );
    await until(() => expect(list.data.value?.data.length).toBe(100));
    pageIndex.value = 1;
    await until(() => expect(list.data.value?.data.map((k) => k.hash)).toEqual(page(mock.keys, 100)));
  });

  it('a reactive query and reactive options changed in place', async () => {
    const { mock, mg } = tenant('https://reactive.modelgates.test/api/v1', apiKeyFixtures(150));
    const query = reactive<ListQuery>({ offset: 0 });
    const options = reactive({ enabled: false });
    const list = mount(mg, newQueryClient(), () => useApiKeys(query, options));
    await settle();
    expect(list.fetchStatus.value).toBe('idle');
    expect(callsSince(mock)).toEqual([]);

    options.enabled = true;
    await until(() => expect(list.data.value?.data.map((k) => k.hash)).toEqual(page(mock.keys, 0)));
    query.offset = 100;
    await until(() => expect(list.data.value?.data.map((k) => k.hash)).toEqual(page(mock.keys, 100)));
    expect(callsSince(mock)).toEqual(['list', 'list']);
  });

  it('a reactive hash: waits while empty, then follows it from key to key', async () => {
    const { mock, mg } = tenant('https://hash.modelgates.test/api/v1');
    const [first, second] = mock.keys;
    const hash = ref<string | undefined>(undefined);
    const detail = mount(mg, newQueryClient(), () => useApiKey(hash));
    await settle();
    expect(detail.fetchStatus.value).toBe('idle');
    expect(callsSince(mock)).toEqual([]);

    hash.value = first!.hash;
    await until(() => expect(detail.data.value?.data.hash).toBe(first!.hash));
    hash.value = second!.hash;
    await until(() => expect(detail.data.value?.data.hash).toBe(second!.hash));
    expect(callsSince(mock)).toEqual(['getKey', 'getKey']);
    expect(mock.calls.map((c) => c.path)).toEqual([
      expect.stringContaining(first!.hash),
      expect.stringContaining(second!.hash),
    ]);
  });

  it('going back to a page already loaded (still fresh) shows it from the cache, with no request', async () => {
    const { mock, mg } = tenant('https://cache.modelgates.test/api/v1', apiKeyFixtures(150));
    const query = ref<ListQuery>({ offset: 0 });
    const list = mount(mg, newQueryClient(), () => useApiKeys(query, { staleTime: 60_000 }));
    await until(() => expect(list.data.value?.data.map((k) => k.hash)).toEqual(page(mock.keys, 0)));
    query.value = { offset: 100 };
    await until(() => expect(list.data.value?.data.map((k) => k.hash)).toEqual(page(mock.keys, 100)));
    const from = mock.calls.length;

    query.value = { offset: 0 };
    await until(() => expect(list.data.value?.data.map((k) => k.hash)).toEqual(page(mock.keys, 0)));
    expect(list.isFetching.value).toBe(false);
    await settle();
    expect(callsSince(mock, from)).toEqual([]);
  });
});
