import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * @modelgates/vue-query's Node tests (packages/vue-query/test), run against the oldest peers its
 * package.json declares: Vue 3.4.0 and @tanstack/vue-query 5.80, installed here. The aliases point
 * `vue` (and `vue/server-renderer`) and TanStack at this package's copies; the first test checks
 * that those are what loaded.
 */
const require = createRequire(import.meta.url);
const here = (name: string) => dirname(require.resolve(`${name}/package.json`));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^vue$/, replacement: `${here('vue')}/index.mjs` },
      { find: /^vue\/server-renderer$/, replacement: `${here('vue')}/server-renderer/index.mjs` },
      { find: /^@tanstack\/vue-query$/, replacement: `${here('@tanstack/vue-query')}/build/modern/index.js` },
    ],
  },
  test: {
    root: '../../packages/vue-query',
    environment: 'happy-dom',
    include: ['test/**/*.test.ts', '../../tests/oldest-peers-vue/check-peers.test.ts'],
    exclude: ['test/browser/**'],
  },
});
