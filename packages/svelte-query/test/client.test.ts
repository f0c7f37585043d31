/**
 * A client that changes in a getter's options: every function follows it (queries refetch from the
 * new client under keys holding its base URL; mutations send to it), and the client set in the
 * context is only the fallback. Against @modelgates/mock, one mock per base URL.
 */
import { callsSince, mockTenant, twoTenants, until } from '@modelgates/adapter-suite';
import { flushSync } from 'svelte';
import { expect, it } from 'vitest';
import {
  useApiKey,
  useApiKeys,
  useApiKeysInfinite,
  useCurrentKey,
  useDeleteApiKey,
  useUpdateApiKey,
} from '../src/index.js';
import { live, mountSvelte, newQueryClient, signal } from './driver.svelte.js';

it('a getter whose client changes: the queries refetch from the new one, the mutations send to it', async () => {
  const { a, b } = twoTenants();
  const hash = a.mock.keys[0]!.hash;
  const qc = newQueryClient();
  // The context holds a third client, never called: the options' client wins.
  const provided = mockTenant('https://provided.modelgates.test/api/v1');
  const client = signal(a.mg);
  const options = () => ({ client: client.get() });
  const { result: ui, unmount } = mountSvelte(provided.mg, qc, () => ({
    current: live(useCurrentKey(options)),
    list: live(useApiKeys(undefined, options)),
    pages: live(useApiKeysInfinite(undefined, options)),
    detail: live(useApiKey(hash, options)),
    update: live(useUpdateApiKey(options)),
    remove: live(useDeleteApiKey(options)),
  }));
  try {
    await until(() => {
      expect(ui.list.data?.data.map((k) => k.name)).toEqual(['A 0', 'A 1', 'A 2']);
      expect(ui.pages.data?.pages[0]?.data[0]?.name).toBe('A 0');
      expect(ui.detail.data?.data.name).toBe('A 0');
      expect(ui.current.status).toBe('success');
    });
    expect(callsSince(a.mock).sort()).toEqual(['getCurrentKey', 'getKey', 'list', 'list']);
    expect(callsSince(b.mock)).toEqual([]);

    const fromA = a.mock.calls.length;
    client.set(b.mg);
    flushSync();
    await until(() => {
      expect(ui.list.data?.data.map((k) => k.name)).toEqual(['B 0', 'B 1', 'B 2']);
      expect(ui.pages.data?.pages[0]?.data[0]?.name).toBe('B 0');
      expect(ui.detail.data?.data.name).toBe('B 0');
      expect(ui.current.isFetching).toBe(false);
    });
    expect(callsSince(b.mock).sort()).toEqual(['getCurrentKey', 'getKey', 'list', 'list']);
    // Each client's entries under their own keys: nothing of A's was reused for B.
    expect(
      new Set(
        qc
          .getQueryCache()
          .getAll()
          .map((q) => (q.queryKey[0] as { baseUrl: string }).baseUrl),
      ),
    ).toEqual(new Set([a.mock.baseUrl, b.mock.baseUrl]));

    await ui.update.mutateAsync({ hash, disabled: true });
    expect(b.mock.key(hash)?.disabled).toBe(true);
    expect(a.mock.key(hash)?.disabled).toBe(false);
    await ui.remove.mutateAsync({ hash });
    expect(b.mock.key(hash)).toBeUndefined();
    expect(a.mock.key(hash)).toBeDefined();
    expect(callsSince(a.mock, fromA)).toEqual([]);
    expect(callsSince(provided.mock)).toEqual([]);
  } finally {
    unmount();
  }
});
