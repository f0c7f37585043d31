/**
 * The client runtime the generated code imports (hey-api custom client: `scripts/generate.ts`
 * names this module as the client plugin).
 */
export { buildUrl, createClient, createConfig, DEFAULT_TIMEOUT_MS, redact, requestIdOf } from './client.js';
export type { CallInfo, ErrorEvent, Hooks, RequestEvent, ResponseEvent, RetryEvent } from './hooks.js';
export type * from './types.js';
