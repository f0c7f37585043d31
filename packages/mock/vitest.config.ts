import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    // The Chromium test runs under vitest.browser.config.ts.
    exclude: [...configDefaults.exclude, 'test/browser/**'],
  },
});
