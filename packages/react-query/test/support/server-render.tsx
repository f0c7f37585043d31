/**
 * The server half of the server-rendering tests, as a Next.js or Remix loader would do it: a
 * server-side client with the server's API key, one create mutation (a server action that ran
 * before the page), the keys list prefetched with `apiKeysQueryOptions`, the page rendered with
 * `react-dom/server`, and the cache dehydrated and serialised into the HTML.
 *
 * Runs in Node only. The node test (../ssr.test.tsx) calls it directly; the browser test
 * (../browser/hydration.test.tsx) calls it through the `renderKeysPageOnServer` browser command
 * (vitest.browser.config.ts), which runs it in vitest's Node process and hands the result to the
 * page. Either way it talks to the real Prism the global setup started.
 */
import { ModelGates } from '@modelgates/sdk';
import { dehydrate, MutationObserver, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { apiKeysQueryOptions, createApiKeyMutationOptions, ModelGatesProvider } from '../../src/index.js';
import { KeysApp } from '../browser/keys-app.js';
import { pageQuery, type ServerRender, serverApiKey, STALE_TIME, stateElementId } from './ssr-page.js';

/**
 * `JSON.stringify` made safe inside `<script>`: `<` becomes `\u003c` (so no `</script>` or `<!--`
 * in the data can end the element), and U+2028/U+2029 are escaped too. `JSON.parse` of the
 * element's text gives back the same value.
 */
export function serializeForHtml(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export async function renderKeysPageOnServer(prismUrl: string): Promise<ServerRender> {
  const requests: ServerRender['requests'] = [];
  const mg = new ModelGates({
    apiKey: serverApiKey,
    baseUrl: prismUrl,
    retries: { strategy: 'none' },
    fetch: async (input, init) => {
      const request = new Request(input, init);
      requests.push({
        method: request.method,
        path: new URL(request.url).pathname,
        authorized: request.headers.get('authorization') === `Bearer ${serverApiKey}`,
      });
      return fetch(request);
    },
  });
  // One QueryClient per request on a server, never a module-level one shared between users.
  const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: STALE_TIME } } });

  // A server action created a key before the page rendered. The observer keeps the mutation (and
  // its data, secret included) in the MutationCache, as a still-mounted component would.
  const create = new MutationObserver(queryClient, createApiKeyMutationOptions(mg, queryClient));
  const created = await create.mutate({ name: 'Created on the server' });
  const mutationCacheText = JSON.stringify(
    queryClient
      .getMutationCache()
      .getAll()
      .map((m) => m.state),
  );

  await queryClient.prefetchQuery(apiKeysQueryOptions(mg, pageQuery));

  const appHtml = renderToString(
    <QueryClientProvider client={queryClient}>
      <ModelGatesProvider client={mg}>
        <KeysApp />
      </ModelGatesProvider>
    </QueryClientProvider>,
  );
  const payload = serializeForHtml(dehydrate(queryClient));
  create.reset();
  queryClient.clear();

  return {
    page: `<div id="root">${appHtml}</div><script type="application/json" id="${stateElementId}">${payload}</script>`,
    appHtml,
    payload,
    secrets: { apiKey: serverApiKey, createdKey: created.key },
    requests,
    mutationCacheText,
  };
}
