import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    // The Chromium test runs under vitest.browser.config.ts.
    exclude: [...configDefaults.exclude, 'test/browser/**'],
    // Several tests and hooks start real processes (Prism, the mock's CLI, curl): up to 1.8 s each on an
    // idle machine, more beside the rest of `npm test` on two cores. Not speed checks.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
