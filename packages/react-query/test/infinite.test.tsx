/** useApiKeysInfinite: offset paging, 100 keys a page, stopping on a short or empty page. */
import { ModelGates } from '@modelgates/sdk';
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { nextApiKeysOffset, useApiKeysInfinite } from '../src/index.js';
import { json, listExample, manyKeys, recordingFetch, setup, testApiKey } from './support/setup.js';

/** A server with `total` keys, answering each page request from its offset (what Prism cannot). */
function pagedClient(total: number) {
  const all = manyKeys(total);
  const fetch = recordingFetch(async (req) => {
    const offset = Number(new URL(req.url).searchParams.get('offset') ?? 0);
    return json({ data: all.slice(offset, offset + 100) });
  });
  const mg = new ModelGates({ apiKey: testApiKey, baseUrl: 'http://127.0.0.1:9/api/v1', fetch });
  return { mg, sent: fetch.sent, all };
}

describe('useApiKeysInfinite', () => {
  it('against Prism: one page of 3 keys, so no next page', async () => {
    const { wrapper, mg } = setup();
    const { result } = renderHook(() => useApiKeysInfinite(), { wrapper });
    expect(result.current.isPending).toBe(true);
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.pages).toEqual([listExample]);
    expect(result.current.data?.pageParams).toEqual([0]);
    expect(result.current.hasNextPage).toBe(false);
    expect(mg.sent.map((s) => s.url.searchParams.get('offset'))).toEqual(['0']);
  });

  it('computes the next offset from full pages and stops after a short one (100 then 40)', async () => {
    const { mg, sent, all } = pagedClient(140);
    const { wrapper } = setup(Object.assign(mg, { sent }));
    const { result } = renderHook(() => useApiKeysInfinite({ include_disabled: true }), { wrapper });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.pages.map((p) => p.data.length)).toEqual([100]);
    expect(result.current.hasNextPage).toBe(true);

    await act(() => result.current.fetchNextPage());
    await waitFor(() => expect(result.current.data?.pages).toHaveLength(2));
    expect(result.current.data?.pages.map((p) => p.data.length)).toEqual([100, 40]);
    expect(result.current.data?.pageParams).toEqual([0, 100]);
    expect(result.current.data?.pages.flatMap((p) => p.data)).toEqual(all);
    expect(result.current.hasNextPage).toBe(false);
    expect(sent.map((s) => Object.fromEntries(s.url.searchParams))).toEqual([
      { include_disabled: 'true', offset: '0' },
      { include_disabled: 'true', offset: '100' },
    ]);

    // Asking again after the last page sends nothing.
    await act(() => result.current.fetchNextPage());
    expect(sent).toHaveLength(2);
  });

  it('stops on an empty page (exactly 100 keys)', async () => {
    const { mg, sent } = pagedClient(100);
    const { wrapper } = setup(Object.assign(mg, { sent }));
    const { result } = renderHook(() => useApiKeysInfinite(), { wrapper });
    await waitFor(() => expect(result.current.hasNextPage).toBe(true));
    await act(() => result.current.fetchNextPage());
    await waitFor(() => expect(result.current.data?.pages).toHaveLength(2));
    expect(result.current.data?.pages.map((p) => p.data.length)).toEqual([100, 0]);
    expect(result.current.hasNextPage).toBe(false);
  });
});

describe('nextApiKeysOffset', () => {
  it('advances by a full page and ends on a short or empty one', () => {
    expect(nextApiKeysOffset({ data: manyKeys(100) }, [], 200)).toBe(300);
    expect(nextApiKeysOffset({ data: manyKeys(99) }, [], 200)).toBeUndefined();
    expect(nextApiKeysOffset({ data: [] }, [], 0)).toBeUndefined();
  });
});
