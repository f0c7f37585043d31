/**
 * @modelgates/sdk: the ModelGates API-key management client.
 *
 * - `ModelGates`: the client most code wants (validation, retries, timeouts, typed errors).
 * - The generated standalone functions (one per operation, named by its operationId: `getCurrentKey`,
 *   `list`, `createKeys`, ...) and `createClient`, for bundle-size-sensitive code. They run on the
 *   same runtime (retries, timeouts, typed errors) without validation unless asked: spread
 *   `validation(vListData, vListResponse)` into a call's options, or pass `{ client: mg.client }`
 *   to get a ModelGates client's. `@modelgates/sdk/functions` and `@modelgates/sdk/validators` hold
 *   the same, so that Node loads only what is imported (bundlers drop the rest of this entry).
 */
export {
  APIPromise,
  DEFAULT_BASE_URL,
  ModelGates,
  PAGE_SIZE,
  type Caller,
  type ModelGatesOptions,
  type OperationInput,
  type OperationName,
  type RequestOptions,
  type WithResponse,
} from './client.js';
// The resource classes (`mg.apiKeys`) and their input types, generated from the registry.
export * from './gen/resources.gen.js';
// The operation registry: every operation of the spec, its names on every surface, its fields.
export * from './gen/registry.gen.js';
// The validators compiled from the spec, by operationId, and `validation()` for a standalone call.
export * from './validators.js';
export * from './functions.js';
