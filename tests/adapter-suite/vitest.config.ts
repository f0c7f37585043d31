import { defineConfig } from 'vitest/config';

/** The shared suite on @modelgates/react-query's hooks, rendered in happy-dom. */
export default defineConfig({
  test: { environment: 'happy-dom', include: ['test/**/*.test.{ts,tsx}'] },
});
