import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * @modelgates/react-query's own hook tests (packages/react-query/test), run against the oldest peers its
 * package.json declares: React 18.2 and @tanstack/react-query 5.80, installed here. Its sources and
 * tests import `react`, `react-dom` and TanStack by name; these aliases point those names at this
 * package's copies, and every library loaded from there (Testing Library included) resolves its own
 * `react` peer to the same copy, so one React 18 runs the whole suite.
 */
const require = createRequire(import.meta.url);
const here = (name: string) => dirname(require.resolve(`${name}/package.json`));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^react$/, replacement: require.resolve('react') },
      { find: /^react\/(.*)$/, replacement: `${here('react')}/$1` },
      { find: /^react-dom$/, replacement: require.resolve('react-dom') },
      { find: /^react-dom\/(.*)$/, replacement: `${here('react-dom')}/$1` },
      { find: /^@tanstack\/react-query$/, replacement: require.resolve('@tanstack/react-query') },
      { find: /^@testing-library\/react$/, replacement: here('@testing-library/react') },
    ],
  },
  test: {
    root: '../../packages/react-query',
    globalSetup: ['@modelgates/test-utils/global-setup'],
    environment: 'happy-dom',
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/browser/**'],
    setupFiles: [
      fileURLToPath(new URL('./check-peers.ts', import.meta.url)),
      'test/support/testing-library.ts',
    ],
  },
});
