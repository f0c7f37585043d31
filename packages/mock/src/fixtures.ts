import type { ApiKey } from '@modelgates/zod';
import { exampleWorkspaceId } from './gen/examples.gen.js';
import { fromSchema, remaining } from './internal/api-key.js';
import { MockConfigError } from './internal/errors.js';
import { checkApiKey } from './mock.js';

let counter = 0;

/**
 * A valid `ApiKey` for `createMock({ keys })`, with `overrides` on top. Every call gets a new hash
 * and name (`Key 1`, `Key 2`, …). `limit_remaining` follows `limit` and `usage` (`limit - usage`)
 * unless given. Every other field of the spec's `ApiKey` schema is null when nullable (so a field
 * the spec adds shows up here as null), 0 or false. The result is checked against the spec's
 * schema: a bad override throws a `MockConfigError` naming the field.
 */
export function apiKeyFixture(overrides: Partial<ApiKey> = {}): ApiKey {
  if (typeof overrides !== 'object' || overrides === null)
    throw new MockConfigError('overrides', 'must be an object');
  const n = ++counter;
  const hash = n.toString(16).padStart(64, '0');
  const usage = overrides.usage ?? 0;
  const limit = overrides.limit === undefined ? null : overrides.limit;
  const key = fromSchema<ApiKey>('ApiKey', {
    hash,
    name: `Key ${n}`,
    label: `sk-or-v1-000...${hash.slice(-4)}`,
    limit_remaining: typeof limit === 'number' && typeof usage === 'number' ? remaining(limit, usage) : null,
    created_at: '2025-01-01T00:00:00Z',
    workspace_id: exampleWorkspaceId,
    ...overrides,
  });
  return checkApiKey(key, 'apiKeyFixture');
}

/** `count` fixtures, `Key 1` … `Key n` style, each with `overrides(i)` on top. */
export function apiKeyFixtures(
  count: number,
  overrides: (index: number) => Partial<ApiKey> = () => ({}),
): ApiKey[] {
  if (!Number.isInteger(count) || count < 0) throw new MockConfigError('count', 'must be an integer >= 0');
  return Array.from({ length: count }, (_, i) => apiKeyFixture(overrides(i)));
}
