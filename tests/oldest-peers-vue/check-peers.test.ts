/**
 * The peers the adapter loaded are the oldest that @modelgates/vue-query declares. A version read
 * from this folder proves only what is installed here (the vitest aliases may not reach the
 * adapter), so the check goes through the adapter: the QueryObserver its own `useApiKeys` created
 * must be an instance of the class of @tanstack/vue-query 5.80 (installed here), and the Vue that
 * mounted it must be 3.4.0.
 */
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { mockTenant } from '@modelgates/adapter-suite';
import { getCurrentInstance } from 'vue';
import { expect, it } from 'vitest';
import { useApiKeys } from '../../packages/vue-query/src/index.js';
import { mountVue, newQueryClient } from '../../packages/vue-query/test/driver.js';

it('runs on Vue 3.4.0 and @tanstack/vue-query 5.80', async () => {
  const require = createRequire(import.meta.url);
  const oldest = dirname(require.resolve('@tanstack/vue-query/package.json'));
  expect((require(`${oldest}/package.json`) as { version: string }).version).toBe('5.80.0');
  const tanstack = (await import(/* @vite-ignore */ `${oldest}/build/modern/index.js`)) as {
    QueryObserver: abstract new (...args: never[]) => unknown;
  };

  const { mg } = mockTenant('https://peers.modelgates.test/api/v1');
  const qc = newQueryClient();
  const { result: vueVersion, unmount } = mountVue(mg, qc, () => {
    useApiKeys();
    return getCurrentInstance()?.appContext.app.version;
  });
  try {
    expect(vueVersion).toBe('3.4.0');
    const [query] = qc.getQueryCache().getAll();
    expect(query?.observers[0]).toBeInstanceOf(tanstack.QueryObserver);
  } finally {
    unmount();
  }
});
