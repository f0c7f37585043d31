/** The mutation hooks against Prism and what each does to the cache. Prism is stateless, so the
 * tests assert the cache, not the server. */
import {
  type ApiKey,
  InternalServerResponseError,
  ModelGates,
  NotFoundResponseError,
  SDKValidationError,
} from '@modelgates/sdk';
import { hashKey, type InfiniteData, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  apiKeyQueryOptions,
  apiKeysInfiniteQueryOptions,
  apiKeysQueryOptions,
  currentKeyQueryOptions,
  useApiKey,
  useApiKeys,
  useCreateApiKey,
  useDeleteApiKey,
  useUpdateApiKey,
} from '../src/index.js';
import {
  createdExample,
  exampleHash,
  keyExample,
  listExample,
  queryCacheText,
  setup,
  testApiKey,
  updatedExample,
} from './support/setup.js';

type Page = { data: ApiKey[] };

/** Every value a query's data takes (fetched or written), in order. */
function recordData(qc: QueryClient, queryKey: QueryKey) {
  const seen: unknown[] = [];
  const hash = hashKey(queryKey);
  const unsubscribe = qc.getQueryCache().subscribe((event) => {
    if (event.type === 'updated' && event.query.queryHash === hash && event.action.type === 'success') {
      seen.push(event.query.state.data);
    }
  });
  return { seen, unsubscribe };
}

/** Loads a detail, a paged list, a filtered list and an infinite list into the cache, unobserved. */
async function seed(s: ReturnType<typeof setup>) {
  const { qc, mg } = s;
  await Promise.all([
    qc.fetchQuery(apiKeyQueryOptions(mg, exampleHash)),
    qc.fetchQuery(apiKeysQueryOptions(mg)),
    qc.fetchQuery(apiKeysQueryOptions(mg, { include_disabled: true })),
    qc.fetchInfiniteQuery(apiKeysInfiniteQueryOptions(mg)),
    qc.fetchQuery(currentKeyQueryOptions(mg)),
  ]);
  mg.sent.length = 0;
}

const hashesOf = (page: Page | undefined) => page?.data.map((k) => k.hash);
const listsOf = (s: ReturnType<typeof setup>) => [
  s.qc.getQueryData<Page>(s.keys.list()),
  s.qc.getQueryData<Page>(s.keys.list({ include_disabled: true })),
  s.qc.getQueryData<InfiniteData<Page>>(s.keys.infinite())?.pages[0],
];
const stale = (s: ReturnType<typeof setup>, key: QueryKey) => s.qc.getQueryState(key)?.isInvalidated;

describe('useCreateApiKey', () => {
  it('returns the key and its secret to the caller, refetches active lists, invalidates the others', async () => {
    const s = setup();
    const { wrapper, qc, mg, keys } = s;
    await qc.fetchQuery(apiKeysQueryOptions(mg, { include_disabled: true }));
    const { result } = renderHook(() => ({ list: useApiKeys(), create: useCreateApiKey() }), { wrapper });
    await waitFor(() => expect(result.current.list.isSuccess).toBe(true));
    mg.sent.length = 0;

    let created: typeof createdExample | undefined;
    let listWhenResolved: ReturnType<QueryClient['getQueryState']>;
    await act(async () => {
      created = await result.current.create.mutateAsync({
        name: 'My New API Key',
        limit: 50,
        limit_reset: 'monthly',
      });
      listWhenResolved = qc.getQueryState(keys.list());
    });
    // The mutation resolved only once the active list had refetched (no stale list on screen).
    expect(listWhenResolved).toMatchObject({ dataUpdateCount: 2, fetchStatus: 'idle', isInvalidated: false });
    expect(created).toEqual(createdExample);
    await waitFor(() => expect(result.current.create.data?.key).toBe(createdExample.key));
    // The active list was refetched before the mutation resolved; the inactive one is stale.
    expect(mg.sent.map((x) => `${x.method} ${x.url.pathname}`)).toEqual(['POST /keys', 'GET /keys']);
    expect(stale(s, keys.list({ include_disabled: true }))).toBe(true);
    // The new key (without its secret) is ready for useApiKey(hash).
    expect(qc.getQueryData(keys.detail(createdExample.data.hash))).toEqual({ data: createdExample.data });
  });

  it('never puts the secret in the query cache, and drops it from the mutation cache once unobserved', async () => {
    const s = setup();
    const { wrapper, qc } = s;
    await seed(s);
    const { result, unmount } = renderHook(() => useCreateApiKey(), { wrapper });
    await act(() => result.current.mutateAsync({ name: 'My New API Key' }));
    await waitFor(() => expect(result.current.data?.key).toBe(createdExample.key));
    expect(queryCacheText(qc)).not.toContain(createdExample.key);
    expect(queryCacheText(qc)).not.toContain(testApiKey);

    act(() => result.current.reset());
    await waitFor(() => expect(qc.getMutationCache().getAll()).toHaveLength(0));
    expect(result.current.data).toBeUndefined();

    await act(() => result.current.mutateAsync({ name: 'second' }));
    expect(qc.getMutationCache().getAll()).toHaveLength(1);
    unmount();
    await waitFor(() => expect(qc.getMutationCache().getAll()).toHaveLength(0));
    expect(queryCacheText(qc)).not.toContain(createdExample.key);
  });

  it('rejects bad input with SDKValidationError: nothing sent, lists untouched', async () => {
    const s = setup();
    await seed(s);
    const { result } = renderHook(() => useCreateApiKey(), { wrapper: s.wrapper });
    await act(() => result.current.mutateAsync({ name: '' }).catch(() => {}));
    await waitFor(() => expect(result.current.error).toBeInstanceOf(SDKValidationError));
    expect(s.mg.sent).toEqual([]);
    expect(stale(s, s.keys.list())).toBe(false);
  });
});

describe('useUpdateApiKey', () => {
  const changes = { name: 'Updated API Key Name', limit: 75, limit_reset: 'daily' as const };

  it('writes the returned key into useApiKey(hash) and every list, then invalidates the lists', async () => {
    const s = setup();
    const { wrapper, qc, keys } = s;
    await seed(s);
    const { result } = renderHook(() => ({ key: useApiKey(exampleHash), update: useUpdateApiKey() }), {
      wrapper,
    });
    await waitFor(() => expect(result.current.key.data).toEqual(keyExample));

    const [before] = listsOf(s);
    await act(() => result.current.update.mutateAsync({ hash: exampleHash, ...changes }));
    await waitFor(() => expect(result.current.key.data).toEqual(updatedExample));
    for (const list of listsOf(s)) {
      expect(list?.data[0]).toEqual(updatedExample.data);
      expect(list?.data.slice(1)).toEqual(listExample.data.slice(1));
    }
    // Keys that did not change keep their identity (no needless re-renders).
    expect(listsOf(s)[0]?.data[1]).toBe(before?.data[1]);
    expect(stale(s, keys.list())).toBe(true);
    expect(stale(s, keys.infinite())).toBe(true);
    expect(stale(s, keys.currentKey())).toBe(true);
    expect(qc.getQueryState(keys.detail(exampleHash))?.isInvalidated).toBe(false);
  });

  it("runs the caller's onSuccess after the cache is updated", async () => {
    const s = setup();
    await seed(s);
    let seen: unknown;
    const { result } = renderHook(
      () =>
        useUpdateApiKey({
          onSuccess: () => {
            seen = s.qc.getQueryData(s.keys.detail(exampleHash));
          },
        }),
      { wrapper: s.wrapper },
    );
    await act(() => result.current.mutateAsync({ hash: exampleHash, ...changes }));
    expect(seen).toEqual(updatedExample);
  });

  it("optimistic: shows the change at once, then the server's answer", async () => {
    const s = setup();
    await seed(s);
    const detail = recordData(s.qc, s.keys.detail(exampleHash));
    const { result } = renderHook(() => useUpdateApiKey({ optimistic: true }), { wrapper: s.wrapper });
    await act(() => result.current.mutateAsync({ hash: exampleHash, name: 'Renaming', disabled: true }));
    detail.unsubscribe();
    expect(detail.seen).toEqual([
      { data: { ...keyExample.data, name: 'Renaming', disabled: true } },
      updatedExample,
    ]);
  });

  it('optimistic: rolls back when the server refuses (404), with a typed error', async () => {
    const s = setup();
    const { qc, keys } = s;
    await seed(s);
    const detail = recordData(qc, keys.detail(exampleHash));
    const list = recordData(qc, keys.list());
    const { result } = renderHook(
      () => useUpdateApiKey({ optimistic: true, request: { headers: { Prefer: 'code=404' } } }),
      { wrapper: s.wrapper },
    );
    await act(() => result.current.mutateAsync({ hash: exampleHash, disabled: true }).catch(() => {}));
    detail.unsubscribe();
    list.unsubscribe();

    await waitFor(() => expect(result.current.error).toBeInstanceOf(NotFoundResponseError));
    const optimistic = { ...keyExample.data, disabled: true };
    expect(detail.seen).toEqual([{ data: optimistic }, keyExample]);
    expect((list.seen[0] as Page).data[0]).toEqual(optimistic);
    expect(list.seen.at(-1)).toEqual(listExample);
    expect(qc.getQueryData(keys.detail(exampleHash))).toEqual(keyExample);
    for (const page of listsOf(s)) expect(page).toEqual(listExample);
    // What the cache showed may be wrong now: the server gets the last word on next use.
    expect(stale(s, keys.detail(exampleHash))).toBe(true);
  });

  it('leaves the lists of another client (another base URL) alone', async () => {
    const s = setup();
    await seed(s);
    const other = new ModelGates({ apiKey: 'x', baseUrl: 'http://127.0.0.1:9/other' });
    const otherKeys = apiKeysQueryOptions(other).queryKey;
    s.qc.setQueryData(otherKeys, listExample);
    const { result } = renderHook(() => useUpdateApiKey(), { wrapper: s.wrapper });
    await act(() => result.current.mutateAsync({ hash: exampleHash, ...changes }));
    expect(s.qc.getQueryData(otherKeys)).toBe(listExample);
    expect(s.qc.getQueryState(otherKeys)?.isInvalidated).toBe(false);
  });
});

describe('useDeleteApiKey', () => {
  it('removes the key from its detail entry and every list, then invalidates the lists', async () => {
    const s = setup();
    const { qc, keys } = s;
    await seed(s);
    const { result } = renderHook(() => useDeleteApiKey(), { wrapper: s.wrapper });
    let answer: unknown;
    await act(async () => {
      answer = await result.current.mutateAsync({ hash: exampleHash });
    });
    expect(answer).toEqual({ deleted: true });
    expect(qc.getQueryCache().find({ queryKey: keys.detail(exampleHash), exact: true })).toBeUndefined();
    for (const page of listsOf(s))
      expect(hashesOf(page)).toEqual(listExample.data.slice(1).map((k) => k.hash));
    expect(stale(s, keys.list())).toBe(true);
    expect(stale(s, keys.infinite())).toBe(true);
  });

  it('optimistic: leaves the lists at once, and comes back when the server refuses (500)', async () => {
    const s = setup();
    const { qc, keys } = s;
    await seed(s);
    const list = recordData(qc, keys.list());
    const { result } = renderHook(
      () => useDeleteApiKey({ optimistic: true, request: { headers: { Prefer: 'code=500' } } }),
      { wrapper: s.wrapper },
    );
    await act(() => result.current.mutateAsync({ hash: exampleHash }).catch(() => {}));
    list.unsubscribe();

    await waitFor(() => expect(result.current.error).toBeInstanceOf(InternalServerResponseError));
    expect(s.mg.sent).toHaveLength(1);
    expect(hashesOf(list.seen[0] as Page)).toEqual(listExample.data.slice(1).map((k) => k.hash));
    expect(list.seen.at(-1)).toEqual(listExample);
    for (const page of listsOf(s)) expect(page).toEqual(listExample);
    expect(qc.getQueryData(keys.detail(exampleHash))).toEqual(keyExample);
  });
});
