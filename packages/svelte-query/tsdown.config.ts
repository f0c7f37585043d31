import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: ['src/index.ts'],
  // ESM only: Svelte 5 and @tanstack/svelte-query 6 are ESM-only packages whose runes are compiled
  // by the app's Svelte compiler (vite-plugin-svelte); nothing can `require()` them.
  format: ['esm'],
  platform: 'neutral',
  target: 'es2022',
  dts: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
});
