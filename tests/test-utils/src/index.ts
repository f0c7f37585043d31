export type {} from './vitest-context.js';
export {
  freePort,
  repoRoot,
  specPath,
  startPrism,
  stopProcess,
  type PrismOptions,
  type PrismServer,
} from './prism.js';
export * from './fixtures.js';
export { workspaceVersion } from './workspace.js';
