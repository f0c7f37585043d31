import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // examples/ import the package by name, as users do: point that at the source, not at dist.
  resolve: { alias: { '@modelgates/sdk': fileURLToPath(new URL('./src/index.ts', import.meta.url)) } },
  test: {
    globalSetup: ['@modelgates/test-utils/global-setup'],
    include: ['test/**/*.test.{ts,tsx}'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.{ts,tsx}'] },
    // test/cross-copy-errors.test.ts loads the built dist/index.js next to dist/index.cjs: let Node
    // load it as a user's app would, not vitest's transform.
    server: { deps: { external: [/\/packages\/sdk\/dist\//] } },
  },
});
