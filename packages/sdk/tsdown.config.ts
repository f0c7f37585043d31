import { defineConfig } from 'tsdown';
import { typeCheck } from '../../scripts/tsdown-type-check';

export default defineConfig({
  entry: ['src/index.ts'],
  // ESM (dist/*.js + .d.ts) for import and bundlers, CommonJS (dist/*.cjs + .d.cts) for require().
  format: ['esm', 'cjs'],
  platform: 'neutral',
  target: 'es2022',
  dts: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
  // One output file per source module: with `sideEffects: false`, bundlers drop whole modules a user
  // does not import (the form schemas, the ModelGates class for standalone-function users). tsdown
  // unbundles the CommonJS build the same way (one .cjs per module).
  unbundle: true,
  // Fails the build on a type error in src (tsdown's dts step alone does not).
  plugins: [typeCheck()],
});
