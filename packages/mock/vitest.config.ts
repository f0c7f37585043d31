import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['@modelgates/test-utils/global-setup'],
    include: ['test/**/*.test.ts'],
    exclude: ['test/browser/**'],
  },
});
