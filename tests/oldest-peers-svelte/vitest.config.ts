import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig, type Plugin } from 'vitest/config';

/**
 * @modelgates/svelte-query's Node tests (packages/svelte-query/test), run against the oldest peers
 * its package.json declares: Svelte 5.25.0 and @tanstack/svelte-query 6.0.0, installed here (and
 * the Svelte compiler of this package's vite-plugin-svelte is 5.25.0's). Every import of `svelte` or
 * TanStack's Svelte Query, wherever it comes from, resolves as if made from this
 * folder; the first test checks the versions that loaded. The SSR test is left out: it starts its
 * own Vite server with the package's newest Svelte.
 */
const anchor = fileURLToPath(new URL('./check-peers.test.ts', import.meta.url));
const peers = /^(svelte|@tanstack\/svelte-query)(\/|$)/;

const oldestPeers: Plugin = {
  name: 'oldest-peers',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    if (!peers.test(source) || importer === anchor) return null;
    return this.resolve(source, anchor, { ...options, skipSelf: true });
  },
};

export default defineConfig({
  plugins: [oldestPeers, svelte()],
  resolve: { conditions: ['browser'] },
  test: {
    // This folder stays the root, so vite-plugin-svelte resolves the Svelte runtime from here.
    dir: '../..',
    environment: 'happy-dom',
    include: ['packages/svelte-query/test/**/*.test.ts', 'tests/oldest-peers-svelte/check-peers.test.ts'],
    exclude: [
      '**/node_modules/**',
      'packages/svelte-query/test/browser/**',
      'packages/svelte-query/test/ssr.test.ts',
    ],
  },
});
