import { defineConfig } from 'vitest/config';

/** Node tests: the composables mounted in happy-dom against @modelgates/mock (no server needed),
 * and the server-rendering test in Node. Type tests run with them. */
export default defineConfig({
  test: {
    environment: 'happy-dom',
    include: ['test/**/*.test.ts'],
    exclude: ['test/browser/**'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
});
