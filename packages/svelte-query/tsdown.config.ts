import { defineConfig } from 'tsdown';
import { typeCheck } from '../../scripts/tsdown-type-check';

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
  // Fails the build on a type error in src (tsdown's dts step alone does not).
  plugins: [typeCheck()],
});
