/**
 * The operation registry (generated from the spec into the sdk), bundled into the CLI's own files
 * rather than imported from `@modelgates/sdk`: it is plain data, and loading the sdk (which loads zod)
 * would double the start time of `--help`, completions and usage errors, which never call the API.
 * The CLI and the sdk are released together from one spec (one fixed version group), so this is the
 * registry of the sdk the CLI runs with; its types are what make every command exhaustive.
 */
export {
  operationDocs,
  operations,
  schemaFields,
  type CliOperationId,
  type FieldInfo,
  type OperationId,
  type SchemaName,
} from '../../../sdk/src/gen/registry.gen.js';
