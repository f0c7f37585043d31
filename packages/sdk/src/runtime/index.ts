/**
 * The client runtime the generated code imports (hey-api custom client: `scripts/generate.ts`
 * names this module as the client plugin): `createClient`, `createConfig` and the client types.
 * The package's public surface is `src/index.ts`.
 */
export { createClient, createConfig } from './client.js';
export type * from './types.js';
