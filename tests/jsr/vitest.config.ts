import { defineConfig } from 'vitest/config';

// Each dry run type-checks a package's sources with Deno (a few seconds each on a loaded machine).
export default defineConfig({ test: { testTimeout: 120_000, hookTimeout: 120_000 } });
