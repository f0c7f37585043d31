import { defineConfig } from 'vitest/config';

// The demo is spawned (Prism and the mock start inside it): seconds on a loaded machine.
export default defineConfig({ test: { include: ['*.test.ts'], testTimeout: 120_000 } });
