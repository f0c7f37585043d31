/**
 * `@modelgates/sdk/registry`: the operation registry alone (every operation of the spec, its names
 * on every surface, its fields and their texts), generated from the spec. Plain data, no client:
 * for tools built on the spec (the `modelgates` CLI reads its commands and views from it) that
 * should not load the client to print help. `@modelgates/sdk` exports the same.
 */
export * from './gen/registry.gen.js';
