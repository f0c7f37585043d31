/** In headless Chromium: the page the server rendered (react-dom/server in vitest's Node process,
 * against Prism, through the `renderKeysPageOnServer` command) is hydrated with
 * `HydrationBoundary`. No request goes out, the DOM is the server's, React reports no mismatch, and
 * the browser's client has no API key at all. */
import { ModelGates } from '@modelgates/sdk';
import {
  type DehydratedState,
  HydrationBoundary,
  QueryClient,
  QueryClientProvider,
} from '@tanstack/react-query';
import { useEffect } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { afterEach, expect, inject, it, vi } from 'vitest';
import { commands } from 'vitest/browser';
import { ModelGatesProvider, modelGatesQueryKeys } from '../../src/index.js';
import { pageQuery, STALE_TIME, stateElementId } from '../support/ssr-page.js';
import { recordingFetch, sentLines } from '../support/recording-fetch.js';
import { KeysApp } from './keys-app.js';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

/** Resolves after `n` frames and a macrotask: long enough for effects and a fetch they start. */
const settle = async (n = 5) => {
  for (let i = 0; i < n; i++) await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
};

it('hydrates the server-rendered keys page without a request, a mismatch or a secret', async () => {
  const server = await commands.renderKeysPageOnServer();
  document.body.innerHTML = server.page;
  const container = document.getElementById('root')!;
  const payload = document.getElementById(stateElementId)!.textContent;
  // The server's markup as the browser parsed it, and its nodes: hydration must keep both.
  const serverDom = container.innerHTML;
  const serverRows = [...container.querySelectorAll('tr')];

  // What reached the page holds no secret of the server's.
  for (const text of [payload, document.documentElement.outerHTML]) {
    expect(text).not.toContain(server.secrets.apiKey);
    expect(text).not.toContain(server.secrets.createdKey);
    expect(text.toLowerCase()).not.toContain('authorization');
  }
  const state = JSON.parse(payload) as DehydratedState;
  expect(state.mutations).toEqual([]);

  // The browser's client: same base URL as the server's (it is part of every query key), no API key.
  const fetch = recordingFetch();
  const mg = new ModelGates({
    baseUrl: inject('prismUrl'),
    retries: { strategy: 'none' },
    fetch,
  });
  const queryClient = new QueryClient({
    defaultOptions: { queries: { staleTime: STALE_TIME, retry: false } },
  });
  const recoverable: unknown[] = [];
  const consoleErrors = vi.spyOn(console, 'error');

  let committed!: () => void;
  const hydrated = new Promise<void>((done) => (committed = done));
  // Renders nothing (so the markup still matches); its effect runs once the hydration committed,
  // after the effects of the tree before it (where the hooks subscribe and would start a fetch).
  function Committed() {
    useEffect(() => committed(), []);
    return null;
  }

  const root = hydrateRoot(
    container,
    <QueryClientProvider client={queryClient}>
      <ModelGatesProvider client={mg}>
        <HydrationBoundary state={state}>
          <KeysApp />
          <Committed />
        </HydrationBoundary>
      </ModelGatesProvider>
    </QueryClientProvider>,
    {
      onRecoverableError: (error) => recoverable.push(error),
      onCaughtError: (error) => recoverable.push(error),
      onUncaughtError: (error) => recoverable.push(error),
    },
  );
  try {
    await hydrated;
    await settle();

    // No request, nothing fetching, and the list is fresh (hydrated, not refetched).
    expect(sentLines(fetch.sent)).toEqual([]);
    expect(queryClient.isFetching()).toBe(0);
    const list = queryClient
      .getQueryCache()
      .find({ queryKey: modelGatesQueryKeys(mg).list(pageQuery), exact: true })!;
    expect(list.state.fetchStatus).toBe('idle');
    expect(list.state.dataUpdateCount).toBe(1);
    expect(list.isStale()).toBe(false);

    // The DOM is the server's, showing the server's data; React reported no mismatch.
    expect(recoverable).toEqual([]);
    expect(consoleErrors).not.toHaveBeenCalled();
    expect(container.innerHTML).toBe(serverDom);
    expect([...container.querySelectorAll('tr')]).toEqual(serverRows);
    serverRows.forEach((row, i) => expect(container.querySelectorAll('tr')[i]).toBe(row));
    const served = state.queries.find((q) => q.queryHash === list.queryHash)!.state.data as {
      data: { name: string }[];
    };
    expect([...container.querySelectorAll('tr td:first-child')].map((td) => td.textContent)).toEqual(
      served.data.map((key) => key.name),
    );
    expect(served.data.length).toBeGreaterThan(0);

    // The counter does see the hooks' requests: a refetch goes through it.
    await queryClient.refetchQueries({ queryKey: modelGatesQueryKeys(mg).lists() });
    expect(sentLines(fetch.sent)).toEqual(['GET /keys']);
  } finally {
    root.unmount();
  }
}, 30_000); // generous: the server render shares two cores with the rest of the test run
