import type { ApiKey } from '@modelgates/zod';
import { MockConfigError } from './internal/errors.js';
import { exampleWorkspaceId } from './internal/examples.js';
import { checkApiKey, noUsage } from './mock.js';

let counter = 0;

/**
 * A valid `ApiKey` for `createMock({ keys })`, with `overrides` on top. Every call gets a new hash
 * and name (`Key 1`, `Key 2`, …). `limit_remaining` follows `limit` and `usage` unless given.
 * The result is checked against the spec's schema: a bad override throws a `MockConfigError`
 * naming the field.
 */
export function apiKeyFixture(overrides: Partial<ApiKey> = {}): ApiKey {
  if (typeof overrides !== 'object' || overrides === null)
    throw new MockConfigError('overrides', 'must be an object');
  const n = ++counter;
  const hash = n.toString(16).padStart(64, '0');
  const usage = overrides.usage ?? 0;
  const limit = overrides.limit === undefined ? null : overrides.limit;
  const key: ApiKey = {
    hash,
    name: `Key ${n}`,
    label: `sk-or-v1-000...${hash.slice(-4)}`,
    disabled: false,
    limit,
    limit_remaining:
      typeof limit === 'number' && typeof usage === 'number' ? Math.max(0, limit - usage) : null,
    limit_reset: null,
    include_byok_in_limit: false,
    ...noUsage,
    usage,
    created_at: '2025-01-01T00:00:00Z',
    updated_at: null,
    creator_user_id: null,
    workspace_id: exampleWorkspaceId,
    expires_at: null,
    ...overrides,
  };
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
