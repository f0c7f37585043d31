import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

/** Node tests: the functions mounted in happy-dom with Svelte's client runtime (the `browser`
 * condition) against @modelgates/mock, and the server-rendering test. vite-plugin-svelte compiles
 * the test components and @tanstack/svelte-query's runes. Type tests run with them. */
export default defineConfig({
  plugins: [svelte()],
  resolve: { conditions: ['browser'] },
  test: {
    environment: 'happy-dom',
    include: ['test/**/*.test.ts'],
    exclude: ['test/browser/**'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
});
