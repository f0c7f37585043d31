import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['@modelgates/test-utils/global-setup'],
    include: ['test/**/*.test.ts'],
    // Every test spawns the built bin (a fresh Node process): give them room on a shared machine.
    testTimeout: 30_000,
  },
});
