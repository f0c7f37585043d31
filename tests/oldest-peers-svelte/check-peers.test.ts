/**
 * The peers the adapter loaded are the oldest that @modelgates/svelte-query declares. A version read
 * from this folder proves only what is installed here (the redirect may not reach the adapter), so
 * the check goes through the adapter: the QueryObserver its own `useApiKeys` created must be an
 * instance of the class of @tanstack/svelte-query 6.0.0 (installed here, imported from this file).
 */
import { createRequire } from 'node:module';
import { mockTenant } from '@modelgates/adapter-suite';
import { QueryObserver } from '@tanstack/svelte-query';
import { VERSION } from 'svelte/compiler';
import { expect, it } from 'vitest';
import { useApiKeys } from '../../packages/svelte-query/src/index.js';
import { mountSvelte, newQueryClient } from '../../packages/svelte-query/test/driver.svelte.js';

it('runs on Svelte 5.25.0 and @tanstack/svelte-query 6.0.0', () => {
  expect(VERSION).toBe('5.25.0');
  const require = createRequire(import.meta.url);
  expect((require('@tanstack/svelte-query/package.json') as { version: string }).version).toBe('6.0.0');

  const { mg } = mockTenant('https://peers.modelgates.test/api/v1');
  const qc = newQueryClient();
  const { unmount } = mountSvelte(mg, qc, () => void useApiKeys());
  try {
    const [query] = qc.getQueryCache().getAll();
    expect(query?.observers[0]).toBeInstanceOf(QueryObserver);
  } finally {
    unmount();
  }
});
