export * from './gen/zod.gen.js';
export { operationSchemas } from './gen/operations.gen.js';
export {
  createKeyFormMessages,
  createKeyFormSchema,
  type CreateKeyFormOutput,
  type CreateKeyFormValues,
} from './form.js';
