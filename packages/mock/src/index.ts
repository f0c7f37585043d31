/**
 * @modelgates/mock: a stateful fake of the ModelGates API-key management API.
 *
 * - `createMock()` / `MockApi`: the in-memory API, its state, and fault injection; `mock.fetch`
 *   answers with no network (`new ModelGates({ fetch: mock.fetch })`).
 * - `@modelgates/mock/msw`: MSW request handlers over the same core (msw is an optional peer).
 * - `@modelgates/mock/server`: a real HTTP server (`listen({ port })`), also the `modelgates-mock` bin.
 */
export {
  createMock,
  DEFAULT_BASE_URL,
  labelOf,
  MockApi,
  operationNames,
  PAGE_SIZE,
  type DropFault,
  type MockCall,
  type MockOptions,
  type OperationName,
  type StatusFault,
} from './mock.js';
export { apiKeyFixture, apiKeyFixtures } from './fixtures.js';
export { MockConfigError } from './internal/errors.js';
export type { ApiKey, CurrentKey } from '@modelgates/zod';
