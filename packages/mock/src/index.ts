/**
 * @modelgates/mock: a stateful fake of the ModelGates API-key management API.
 *
 * - `createMock()` / `MockApi`: the in-memory API, its state, and fault injection; `mock.fetch`
 *   answers with no network (`new ModelGates({ fetch: mock.fetch })`).
 * - `@modelgates/mock/msw`: MSW request handlers over the same core (msw is an optional peer).
 * - `@modelgates/mock/server`: a real HTTP server (`listen({ port })`), also the `modelgates-mock` bin.
 */
export {
  type AuthMode,
  type BodyFault,
  createMock,
  DEFAULT_BASE_URL,
  type DripFault,
  type DropFault,
  labelOf,
  type MockCall,
  MockApi,
  type MockOptions,
  type OperationName,
  operationNames,
  type OverrideHandler,
  PAGE_SIZE,
  type StatusFault,
} from './mock.js';
export { apiKeyFixture, apiKeyFixtures } from './fixtures.js';
export { MockConfigError } from './internal/errors.js';
export type { ApiKey, CurrentKey } from '@modelgates/zod';
