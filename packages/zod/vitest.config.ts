import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['@modelgates/test-utils/global-setup'],
    include: ['test/**/*.test.{ts,tsx}'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.{ts,tsx}'] },
    // test/prism-dynamic.test.ts starts its own Prism in a hook: not a speed check.
    hookTimeout: 60_000,
  },
});
