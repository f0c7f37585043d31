import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The registry test builds and installs for real; its steps carry their own timeouts.
    testTimeout: 600_000,
    hookTimeout: 240_000,
  },
});
