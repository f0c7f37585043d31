/** The query hooks against Prism: loading and data states, errors as the sdk's classes, keys. */
import {
  ModelGates,
  type ModelGatesError,
  NotFoundResponseError,
  SDKValidationError,
  UnauthorizedResponseError,
} from '@modelgates/sdk';
import { exampleWorkspace } from '@modelgates/test-utils';
import { hashKey, QueryClient, useQueryClient } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { Component, type ReactNode, Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import {
  apiKeysQueryOptions,
  listOptions,
  listQueryKey,
  ModelGatesProvider,
  modelGatesQueryKeys,
  useApiKey,
  useApiKeys,
  useCurrentKey,
  useModelGates,
  useSuspenseApiKey,
  useSuspenseApiKeys,
  useSuspenseApiKeysInfinite,
  useSuspenseCurrentKey,
} from '../src/index.js';
import {
  currentExample,
  exampleHash,
  json,
  keyExample,
  listExample,
  manyKeys,
  prismClient,
  queryCacheText,
  recordingFetch,
  setup,
  testApiKey,
  wrapperFor,
} from './support/setup.js';

describe('useCurrentKey', () => {
  it('is pending and fetching, then holds the current key', async () => {
    const { wrapper, mg } = setup();
    const { result } = renderHook(() => useCurrentKey(), { wrapper });
    expect(result.current.isPending).toBe(true);
    expect(result.current.fetchStatus).toBe('fetching');
    expect(result.current.data).toBeUndefined();
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data).toEqual(currentExample);
    expect(result.current.error).toBeNull();
    expect(mg.sent.map((s) => `${s.method} ${s.url.pathname}`)).toEqual(['GET /key']);
  });

  it('reports a 401 as UnauthorizedResponseError', async () => {
    const { wrapper } = setup();
    const { result } = renderHook(() => useCurrentKey({ request: { headers: { Prefer: 'code=401' } } }), {
      wrapper,
    });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toBeInstanceOf(UnauthorizedResponseError);
    expect((result.current.error as UnauthorizedResponseError).status).toBe(401);
  });
});

describe('useApiKeys', () => {
  it('holds one page of keys', async () => {
    const { wrapper } = setup();
    const { result } = renderHook(() => useApiKeys(), { wrapper });
    expect(result.current.isLoading).toBe(true);
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data).toEqual(listExample);
  });

  it('sends its filters, and keeps them in the query key', async () => {
    const { wrapper, mg, qc, keys } = setup();
    const query = { include_disabled: true, offset: 0, workspace_id: exampleWorkspace };
    const { result } = renderHook(() => useApiKeys(query), { wrapper });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    const sent = mg.sent[0]!.url.searchParams;
    expect(Object.fromEntries(sent)).toEqual({
      include_disabled: 'true',
      offset: '0',
      workspace_id: exampleWorkspace,
    });
    expect(qc.getQueryData(keys.list(query))).toEqual(listExample);
    expect(qc.getQueryData(keys.list())).toBeUndefined();
  });

  it('passes select through and types data by it', async () => {
    const { wrapper } = setup();
    const { result } = renderHook(
      () => useApiKeys(undefined, { select: (page) => page.data.map((k) => k.name) }),
      {
        wrapper,
      },
    );
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data).toEqual(listExample.data.map((k) => k.name));
  });

  it('rejects bad input with SDKValidationError before sending anything', async () => {
    const { wrapper, mg } = setup();
    const { result } = renderHook(() => useApiKeys({ offset: -1 }), { wrapper });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toBeInstanceOf(SDKValidationError);
    expect((result.current.error as SDKValidationError).field).toBe('offset');
    expect(mg.sent).toEqual([]);
  });
});

describe('useApiKey', () => {
  it('holds one key', async () => {
    const { wrapper, mg } = setup();
    const { result } = renderHook(() => useApiKey(exampleHash), { wrapper });
    expect(result.current.isPending).toBe(true);
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data).toEqual(keyExample);
    expect(mg.sent[0]!.url.pathname).toBe(`/keys/${exampleHash}`);
  });

  it('waits without a request while the hash is empty', async () => {
    const { wrapper, mg } = setup();
    const { result, rerender } = renderHook(({ hash }: { hash: string | undefined }) => useApiKey(hash), {
      wrapper,
      initialProps: { hash: undefined as string | undefined },
    });
    expect(result.current.fetchStatus).toBe('idle');
    expect(result.current.isPending).toBe(true);
    rerender({ hash: '' });
    expect(result.current.fetchStatus).toBe('idle');
    // A manual refetch sends nothing either: the sdk refuses the empty hash, with a typed error.
    const refetched = await act(() => result.current.refetch());
    expect(refetched.error).toBeInstanceOf(SDKValidationError);
    expect(mg.sent).toEqual([]);
    rerender({ hash: exampleHash });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(mg.sent).toHaveLength(1);
  });

  it('reports a 404 as NotFoundResponseError, and the cache keeps no secret', async () => {
    const { wrapper, qc } = setup();
    const { result } = renderHook(
      () => useApiKey(exampleHash, { request: { headers: { Prefer: 'code=404' } } }),
      {
        wrapper,
      },
    );
    await waitFor(() => expect(result.current.isError).toBe(true));
    const error: ModelGatesError | null = result.current.error;
    expect(error).toBeInstanceOf(NotFoundResponseError);
    expect(error).toMatchObject({ status: 404, error: { code: 404 } });
    expect(result.current.data).toBeUndefined();
    expect(queryCacheText(qc)).not.toContain(testApiKey);
  });
});

describe('retries', () => {
  it('are left to the sdk: a 404 fails after one request even when the QueryClient retries by default', async () => {
    const mg = prismClient();
    const qc = new QueryClient(); // TanStack's default: 3 retries with backoff
    const { result } = renderHook(
      () => useApiKey(exampleHash, { request: { headers: { Prefer: 'code=404' } } }),
      {
        wrapper: wrapperFor(mg, qc),
      },
    );
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.failureCount).toBe(1);
    expect(mg.sent).toHaveLength(1);
  });
});

class Boundary extends Component<
  { children: ReactNode; onError: (e: unknown) => void },
  { failed: boolean }
> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch(error: unknown) {
    this.props.onError(error);
  }
  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

describe('suspense variants', () => {
  const suspenseSetup = (onError: (e: unknown) => void = () => {}) => {
    const s = setup();
    const Inner = s.wrapper;
    const wrapper = ({ children }: { children: ReactNode }) => (
      <Inner>
        <Boundary onError={onError}>
          <Suspense fallback={null}>{children}</Suspense>
        </Boundary>
      </Inner>
    );
    return { ...s, wrapper };
  };

  it('suspend, then render with data defined', async () => {
    const { wrapper } = suspenseSetup();
    const { result } = renderHook(
      () => ({
        current: useSuspenseCurrentKey(),
        list: useSuspenseApiKeys(),
        pages: useSuspenseApiKeysInfinite(),
        key: useSuspenseApiKey(exampleHash),
      }),
      { wrapper },
    );
    expect(result.current).toBeNull();
    await waitFor(() => expect(result.current).not.toBeNull());
    expect(result.current.current.data).toEqual(currentExample);
    expect(result.current.list.data).toEqual(listExample);
    expect(result.current.pages.data.pages).toEqual([listExample]);
    expect(result.current.key.data).toEqual(keyExample);
  });

  it('throw a 404 to the error boundary as NotFoundResponseError', async () => {
    // React reports errors caught by a boundary on console.error; keep the test output clean.
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const caught: unknown[] = [];
    const { wrapper } = suspenseSetup((e) => caught.push(e));
    renderHook(() => useSuspenseApiKey(exampleHash, { request: { headers: { Prefer: 'code=404' } } }), {
      wrapper,
    });
    await waitFor(() => expect(caught).toHaveLength(1));
    expect(caught[0]).toBeInstanceOf(NotFoundResponseError);
    consoleError.mockRestore();
  });
});

describe('provider', () => {
  it('useModelGates returns the provided client, or says how to provide one', () => {
    const { wrapper, mg } = setup();
    expect(renderHook(() => useModelGates(), { wrapper }).result.current).toBe(mg);
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderHook(() => useModelGates())).toThrow(/ModelGatesProvider/);
    consoleError.mockRestore();
  });

  it('nested providers: the nearest client wins', () => {
    const { wrapper, qc } = setup();
    const inner = new ModelGates({ apiKey: 'x', baseUrl: 'http://127.0.0.1:1' });
    const Outer = wrapper;
    const { result } = renderHook(() => [useModelGates(), useQueryClient()] as const, {
      wrapper: ({ children }) => (
        <Outer>
          <ModelGatesProvider client={inner}>{children}</ModelGatesProvider>
        </Outer>
      ),
    });
    expect(result.current[0]).toBe(inner);
    expect(result.current[1]).toBe(qc);
  });
});

describe('query keys', () => {
  it('are plain JSON, carry the base URL, and never the API key', () => {
    const { mg, keys } = setup();
    for (const key of [
      keys.currentKey(),
      keys.list({ offset: 100 }),
      keys.infinite({ include_disabled: true }),
      keys.detail(exampleHash),
    ]) {
      expect(JSON.parse(JSON.stringify(key))).toEqual(key);
      expect(key[0].baseUrl).toBe(mg.baseUrl);
      expect(JSON.stringify(key)).not.toContain(testApiKey);
    }
  });

  it('are stable: unset filters, key order and repeated calls give one hash', () => {
    const { mg, keys } = setup();
    const same = [
      keys.list(),
      keys.list({}),
      keys.list({ offset: undefined }),
      modelGatesQueryKeys(mg).list(),
    ];
    expect(new Set(same.map(hashKey)).size).toBe(1);
    expect(hashKey(keys.list({ offset: 0, include_disabled: true }))).toBe(
      hashKey(keys.list({ include_disabled: true, offset: 0 })),
    );
    expect(hashKey(keys.list({ offset: 0 }))).not.toBe(hashKey(keys.list()));
    expect(hashKey(keys.infinite())).not.toBe(hashKey(keys.list()));
  });

  it("are the generated helpers' keys, so both share cache entries", async () => {
    const { mg, qc } = setup();
    await qc.fetchQuery(apiKeysQueryOptions(mg));
    expect(apiKeysQueryOptions(mg).queryKey).toEqual(listQueryKey({ client: mg.client }));
    expect(qc.getQueryData(listOptions({ client: mg.client }).queryKey)).toEqual(listExample);
  });

  it('keep two clients with different base URLs apart in one QueryClient', async () => {
    const { wrapper, mg, qc } = setup();
    const otherFetch = recordingFetch(async () => json({ data: manyKeys(2) }));
    const other = new ModelGates({ apiKey: 'other', baseUrl: 'http://127.0.0.1:9/other', fetch: otherFetch });
    const { result } = renderHook(() => ({ a: useApiKeys(), b: useApiKeys(undefined, { client: other }) }), {
      wrapper,
    });
    await waitFor(() => expect(result.current.a.isSuccess && result.current.b.isSuccess).toBe(true));
    expect(result.current.a.data).toEqual(listExample);
    expect(result.current.b.data).toEqual({ data: manyKeys(2) });
    expect(mg.sent).toHaveLength(1);
    expect(otherFetch.sent).toHaveLength(1);
    expect(qc.getQueryCache().findAll({ queryKey: modelGatesQueryKeys(other).all() })).toHaveLength(1);
    expect(qc.getQueryCache().findAll({ queryKey: modelGatesQueryKeys(mg).all() })).toHaveLength(1);
  });
});
