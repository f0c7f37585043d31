import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['@modelgates/test-utils/global-setup'],
    include: ['test/**/*.test.ts'],
    // Every test starts the built bin as a child process and talks MCP to it over stdio.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
