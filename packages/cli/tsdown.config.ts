import { defineConfig } from 'tsdown';
import { typeCheck } from '../../scripts/tsdown-type-check';

export default defineConfig({
  // `index` is the programmatic entry (`run`), `bin` the `modelgates` command. Both are bundled into
  // few files: a CLI pays for every module it loads at start. `@modelgates/sdk` stays external and
  // is imported lazily, only by commands that call the API, so `--help` never loads zod.
  entry: ['src/index.ts', 'src/bin.ts'],
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  dts: true,
  sourcemap: true,
  clean: true,
  fixedExtension: false,
  treeshake: true,
  // Fails the build on a type error in src (tsdown's dts step alone does not).
  plugins: [typeCheck()],
});
