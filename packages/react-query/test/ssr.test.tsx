// @vitest-environment node
/** Server rendering in Node, against Prism: what the server renders and dehydrates carries the
 * data but none of the server's secrets. The browser half (hydration) is
 * browser/hydration.test.tsx. */
import { ModelGates } from '@modelgates/sdk';
import { type DehydratedState, dehydrate, hydrate, QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { apiKeysQueryOptions, modelGatesQueryKeys } from '../src/index.js';
import { listExample, prismClient, prismUrl } from './support/setup.js';
import { sentLines } from './support/recording-fetch.js';
import { renderKeysPageOnServer, serializeForHtml } from './support/server-render.js';
import { pageQuery } from './support/ssr-page.js';

describe('server rendering', () => {
  it('renders the prefetched keys and dehydrates them with no API key, Authorization or created secret', async () => {
    const server = await renderKeysPageOnServer(prismUrl);

    // The server did use its key: every request was authorised with it.
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /keys', 'GET /keys']);
    expect(server.requests.every((r) => r.authorized)).toBe(true);
    // The markup holds the data, not a loading state.
    for (const key of listExample.data) expect(server.appHtml).toContain(key.name);
    expect(server.appHtml).not.toContain('Loading keys');

    // Nothing secret in the payload, although the server's MutationCache held the created secret.
    expect(server.mutationCacheText).toContain(server.secrets.createdKey);
    for (const text of [server.payload, server.page]) {
      expect(text).not.toContain(server.secrets.apiKey);
      expect(text).not.toContain(server.secrets.createdKey);
      expect(text.toLowerCase()).not.toContain('authorization');
      expect(text.toLowerCase()).not.toContain('bearer');
    }

    // `dehydrate` keeps successful queries only, and no finished mutation.
    const state = JSON.parse(server.payload) as DehydratedState;
    expect(state.mutations).toEqual([]);
    expect(state.queries.every((q) => q.state.status === 'success')).toBe(true);
    const mg = prismClient();
    const hashes = state.queries.map((q) => q.queryHash);
    expect(hashes).toContain(JSON.stringify(modelGatesQueryKeys(mg).list(pageQuery)));
  });

  it('hydrates into a client without the API key, under the keys its hooks use', async () => {
    const server = await renderKeysPageOnServer(prismUrl);
    const browserClient = prismClient({ apiKey: undefined });
    const queryClient = new QueryClient();
    hydrate(queryClient, JSON.parse(server.payload) as DehydratedState);
    const list = queryClient.getQueryData(modelGatesQueryKeys(browserClient).list(pageQuery));
    expect(list).toEqual(listExample);
    expect(browserClient.sent).toEqual([]);
  });

  it("prefetches under a browser client's keys when the browser uses another base URL (a proxy)", async () => {
    const server = prismClient();
    const browserKeys = new ModelGates({ baseUrl: 'https://app.example/api/modelgates' }); // never sends
    const serverCache = new QueryClient();
    await serverCache.prefetchQuery({
      ...apiKeysQueryOptions(server, pageQuery),
      queryKey: modelGatesQueryKeys(browserKeys).list(pageQuery),
    });
    expect(sentLines(server.sent)).toEqual(['GET /keys']);

    const browserCache = new QueryClient();
    hydrate(browserCache, JSON.parse(serializeForHtml(dehydrate(serverCache))) as DehydratedState);
    expect(browserCache.getQueryData(modelGatesQueryKeys(browserKeys).list(pageQuery))).toEqual(listExample);
    // Without the override the entry sits under the server's base URL, where the browser never looks.
    expect(browserCache.getQueryData(modelGatesQueryKeys(server).list(pageQuery))).toBeUndefined();
  });

  it('serialises for HTML: no "<" survives, JSON.parse gives the same value back', () => {
    const hostile = { name: '</script><script>alert(1)</script><!-- \u2028\u2029' };
    const text = serializeForHtml(hostile);
    expect(text).not.toContain('<');
    expect(text).not.toMatch(/[\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(hostile);
  });
});
