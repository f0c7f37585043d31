import { defineConfig } from 'tsdown';
import { typeCheck } from '../../scripts/tsdown-type-check';

export default defineConfig({
  // `.` (the core and the fetch) and `./msw` run anywhere; `./server` and the bin need Node.
  entry: ['src/index.ts', 'src/msw.ts', 'src/server.ts', 'src/cli.ts'],
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  dts: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
  // One output file per source module, as in the sdk: `./msw` users load no server code.
  unbundle: true,
  external: [/^node:/],
  // Fails the build on a type error in src (tsdown's dts step alone does not).
  plugins: [typeCheck()],
});
