import { defineConfig } from 'tsdown';
import { typeCheck } from '../../scripts/tsdown-type-check';

export default defineConfig({
  entry: ['src/index.ts'],
  // ESM (dist/index.js + .d.ts) for import and bundlers, CommonJS (dist/index.cjs + .d.cts) for require().
  format: ['esm', 'cjs'],
  platform: 'neutral',
  target: 'es2022',
  dts: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
  // Fails the build on a type error in src (tsdown's dts step alone does not).
  plugins: [typeCheck()],
});
