import { defineConfig } from 'vitest/config';

/** Node tests: hooks rendered in happy-dom against the Prism mock of the global setup. The one
 * real-browser test has its own config (vitest.browser.config.ts). */
export default defineConfig({
  test: {
    globalSetup: ['@modelgates/test-utils/global-setup'],
    environment: 'happy-dom',
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/browser/**'],
    setupFiles: ['test/support/testing-library.ts'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.{ts,tsx}'], tsconfig: './tsconfig.json' },
  },
});
