/** Shared test setup: a Prism-backed client that records what it sends, a fresh QueryClient per
 * test, and the provider wrapper for renderHook. */
import { type ApiKey, ModelGates, type ModelGatesOptions } from '@modelgates/sdk';
import { exampleHash, responseExample, testApiKey } from '@modelgates/test-utils';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { inject } from 'vitest';
import { ModelGatesProvider, modelGatesQueryKeys } from '../../src/index.js';
import { recordingFetch } from './recording-fetch.js';

export { recordingFetch, type Sent } from './recording-fetch.js';

export const prismUrl = inject('prismUrl');

/** A client of the Prism mock; no sdk retries, so a refused request fails at once. */
export function prismClient(options: ModelGatesOptions = {}) {
  const fetch = recordingFetch();
  const mg = new ModelGates({
    apiKey: testApiKey,
    baseUrl: prismUrl,
    retries: { strategy: 'none' },
    fetch,
    ...options,
  });
  return Object.assign(mg, { sent: fetch.sent });
}

export function newQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
}

export function wrapperFor(mg: ModelGates, qc: QueryClient) {
  return function Wrapper({ children }: { children: ReactNode }) {
    return (
      <QueryClientProvider client={qc}>
        <ModelGatesProvider client={mg}>{children}</ModelGatesProvider>
      </QueryClientProvider>
    );
  };
}

/** Everything a hook test needs, fresh. */
export function setup(mg = prismClient()) {
  const qc = newQueryClient();
  return { mg, qc, wrapper: wrapperFor(mg, qc), keys: modelGatesQueryKeys(mg) };
}

export const listExample = responseExample('/keys', 'get', 200) as { data: ApiKey[] };
export const keyExample = responseExample('/keys/{hash}', 'get', 200) as { data: ApiKey };
export const createdExample = responseExample('/keys', 'post', 201) as { data: ApiKey; key: string };
export const updatedExample = responseExample('/keys/{hash}', 'patch', 200) as { data: ApiKey };
export const currentExample = responseExample('/key', 'get', 200);
export { exampleHash, testApiKey };

/** `n` distinct valid keys (the spec's example with new hashes), for pages Prism cannot serve. */
export function manyKeys(n: number, from = 0): ApiKey[] {
  return Array.from({ length: n }, (_, i) => ({
    ...keyExample.data,
    hash: (from + i).toString(16).padStart(64, '0'),
    name: `Key ${from + i}`,
  }));
}

export const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** Every string anywhere in the QueryCache (keys and state), for "is this secret in there" checks. */
export function queryCacheText(qc: QueryClient): string {
  return JSON.stringify(
    qc
      .getQueryCache()
      .getAll()
      .map((q) => ({ key: q.queryKey, state: q.state })),
  );
}
