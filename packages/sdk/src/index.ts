export * from './gen/sdk.gen.js';
export type * from './gen/types.gen.js';
export { client } from './gen/client.gen.js';
export { createClient, createConfig } from './gen/client/index.js';
export type { Client, Config, RequestOptions, RequestResult } from './gen/client/index.js';
