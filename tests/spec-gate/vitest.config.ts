import { defineConfig } from 'vitest/config';

// Each test starts the gate (tsx, the spec parsed and diffed twice) as a process, some several times.
export default defineConfig({ test: { testTimeout: 60_000 } });
