/**
 * Keys built from the spec's schemas (`schemaFields` in the operation registry): the mock gives the
 * fields it has behaviour for; every other field of the schema gets `null` when the spec says it
 * is nullable, the type's zero when it is a required number, boolean or array, and is left out when
 * it is optional. A new nullable field in the spec so appears in every created key, fixture and
 * `GET /key` answer with no edit here; a new required string the mock cannot invent stops it with
 * an error naming this file.
 */
import { type FieldInfo, schemaFields } from '@modelgates/sdk';
import type { ApiKey } from '@modelgates/zod';
import { MockConfigError } from './errors.js';

type Schema = 'ApiKey' | 'CurrentKey';

export function fromSchema<T>(schema: Schema, known: Readonly<Record<string, unknown>>): T {
  const fields: Readonly<Record<string, FieldInfo>> = schemaFields[schema];
  const out: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(fields)) {
    if (known[name] !== undefined) out[name] = known[name];
    else if (field.nullable) out[name] = null;
    else if (!field.required) continue;
    else if (field.type === 'number' || field.type === 'integer') out[name] = 0;
    else if (field.type === 'boolean') out[name] = false;
    else if (field.type === 'array') out[name] = [];
    else
      throw new Error(
        `@modelgates/mock: ${schema}.${name} is required by the spec and the mock has no value for it: ` +
          'give it one in packages/mock/src/internal/api-key.ts or the behaviour that builds it.',
      );
  }
  return out as T;
}

/** `limit_remaining` as the spec describes it: the limit minus the usage, or null when there is no limit. */
export const remaining = (limit: number | null, usage: number): number | null =>
  limit === null ? null : limit - usage;

const hex64 = /^[0-9a-f]{64}$/;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * What the spec says of a key in words, beyond what its schema checks (the zod schemas already
 * check types, formats and patterns the schema declares). Applied to seed keys and fixtures.
 * Each rule cites the spec's text; if the spec gains the format or pattern, the rule can go.
 */
export function checkKeyRules(key: ApiKey, field: string): void {
  if (!hex64.test(key.hash))
    throw new MockConfigError(
      `${field}.hash`,
      'must be 64 lowercase hex characters (as the spec says of a hash)',
    );
  for (const name of ['created_at', 'updated_at'] as const) {
    const value = key[name];
    if (value !== null && (!isoDateTime.test(value) || Number.isNaN(Date.parse(value))))
      throw new MockConfigError(
        `${field}.${name}`,
        'must be an ISO 8601 timestamp (as the spec describes it)',
      );
  }
  if (!uuid.test(key.workspace_id))
    throw new MockConfigError(
      `${field}.workspace_id`,
      'must be a UUID (workspace ids are UUIDs in the spec)',
    );
  if ((key.limit === null) !== (key.limit_remaining === null))
    throw new MockConfigError(
      `${field}.limit_remaining`,
      'must be null exactly when limit is null ("or null when there is no limit")',
    );
}
