import { defineConfig } from 'vitest/config';

// The tests start real Prism processes (up to 1.6 s each on an idle machine, more beside the rest
// of `npm test` on two cores). Not speed checks.
export default defineConfig({ test: { testTimeout: 30_000 } });
