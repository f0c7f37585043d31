import { defineConfig } from 'tsdown';
import { typeCheck } from '../../scripts/tsdown-type-check';

export default defineConfig({
  // `.` (everything), `./functions` (the standalone functions on the runtime, no class, registry or
  // validators), `./validators` (the generated validators) and `./registry` (the operation registry,
  // plain data), so Node loads only what is imported.
  entry: ['src/index.ts', 'src/functions.ts', 'src/validators.ts', 'src/registry.ts'],
  // ESM (dist/*.js + .d.ts) for import and bundlers, CommonJS (dist/*.cjs + .d.cts) for require().
  format: ['esm', 'cjs'],
  platform: 'neutral',
  target: 'es2022',
  dts: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
  // One output file per source module: with `sideEffects: false`, bundlers drop whole modules a user
  // does not import (the ModelGates class and the registry for standalone-function users). tsdown
  // unbundles the CommonJS build the same way (one .cjs per module).
  unbundle: true,
  // Fails the build on a type error in src (tsdown's dts step alone does not).
  plugins: [typeCheck()],
});
