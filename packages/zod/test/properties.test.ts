/**
 * Property tests: values generated from the spec's constraints parse with the generated schemas,
 * and every single-constraint mutation of such a value fails at exactly the mutated path.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as s from '../src/index.js';
import {
  arbitraryFor,
  mutationsOf,
  operations,
  type Path,
  requestShape,
  responseShape,
} from '@modelgates/test-utils/spec-arbitraries';

interface Safe {
  safeParse(v: unknown): { success: boolean; data?: unknown; error?: { issues: { path: PropertyKey[] }[] } };
}
const schema = (name: string): Safe => {
  const found = (s as Record<string, unknown>)[name];
  if (!found) throw new Error(`no generated schema ${name}`);
  return found as Safe;
};
const cap = (id: string) => id[0]!.toUpperCase() + id.slice(1);
const show = (path: Path) => path.join('.') || '(root)';

/**
 * Parses and returns the distinct issue paths (empty when it parsed). Distinct, because one broken
 * value can fail two checks at one path: `[]` for `z.string().check(z.minLength(1))` is both the
 * wrong type and too short, and `2027-12-31T23:59:59` breaks both the date-time format and the
 * UTC pattern.
 */
const issuePaths = (z: Safe, value: unknown): PropertyKey[][] => {
  const paths = z.safeParse(value).error?.issues.map((i) => i.path) ?? [];
  return [...new Map(paths.map((p) => [JSON.stringify(p), p])).values()];
};

for (const o of operations) {
  const request = requestShape(o);
  const zData = schema(`z${cap(o.operationId)}Data`);

  describe(`${o.operationId}: z${cap(o.operationId)}Data`, () => {
    it('accepts every request built from the spec’s constraints, unchanged', () => {
      fc.assert(
        fc.property(arbitraryFor(request), (value) => {
          const result = zData.safeParse(value);
          expect(result.error).toBeUndefined();
          expect(result.data).toEqual(value);
        }),
      );
    });

    const mutations = mutationsOf(request);
    it('has mutations to check', () => {
      // Guards the generator below: an empty list would make this block pass vacuously.
      expect(mutations.length).toBeGreaterThan(0);
    });
    for (const mutation of mutations) {
      it(`rejects ${mutation.kind} at ${show(mutation.path)}, reporting that path`, () => {
        fc.assert(
          fc.property(arbitraryFor(request), mutation.apply, (valid, mutate) => {
            expect(issuePaths(zData, mutate(valid))).toEqual([mutation.path]);
          }),
          { numRuns: 50 },
        );
      });
    }
  });

  const response = responseShape(o);
  const zResponse = schema(`z${cap(o.operationId)}Response`);
  describe(`${o.operationId}: z${cap(o.operationId)}Response (${response.status})`, () => {
    it('accepts every response built from the spec, with unknown extra fields anywhere', () => {
      fc.assert(
        fc.property(arbitraryFor(response.schema, { extras: true }), (value) => {
          expect(zResponse.safeParse(value).error).toBeUndefined();
        }),
        { numRuns: 50 },
      );
    });
    // Response mutations stop at arrays (`data: ApiKey[]`); ApiKey itself is mutated through get.
    for (const mutation of mutationsOf(response.schema)) {
      it(`rejects ${mutation.kind} at ${show(mutation.path)}`, () => {
        fc.assert(
          fc.property(arbitraryFor(response.schema), mutation.apply, (valid, mutate) => {
            expect(issuePaths(zResponse, mutate(valid))).toEqual([mutation.path]);
          }),
          { numRuns: 20 },
        );
      });
    }
  });
}

describe('the mutations the issue names exist', () => {
  // If the spec lost one of these constraints, the generated list above would silently shrink.
  const kinds = (op: string) =>
    mutationsOf(requestShape(operations.find((o) => o.operationId === op)!)).map(
      (m) => `${m.kind} @ ${show(m.path)}`,
    );
  it.each([
    ['createKeys', 'required field dropped @ body.name'],
    ['createKeys', 'too short (empty) @ body.name'],
    ['createKeys', 'enum broken @ body.limit_reset'],
    ['createKeys', 'non-UTC offset @ body.expires_at'],
    ['createKeys', 'offset missing @ body.expires_at'],
    ['createKeys', 'minute-only time @ body.expires_at'],
    ['createKeys', 'not a uuid @ body.workspace_id'],
    ['createKeys', 'wrong type @ body.limit'],
    ['createKeys', 'required field dropped @ body'],
    ['list', 'below minimum @ query.offset'],
    ['list', 'not an integer @ query.offset'],
    ['list', 'wrong type @ query.include_disabled'],
    ['updateKeys', 'enum broken @ body.limit_reset'],
    ['updateKeys', 'required field dropped @ path.hash'],
    ['getKey', 'too short (empty) @ path.hash'],
  ])('%s: %s', (op, kind) => {
    expect(kinds(op)).toContain(kind);
  });
});

describe('deleteKeys response', () => {
  it('accepts only deleted: true', () => {
    expect(s.zDeleteKeysResponse.safeParse({ deleted: true }).success).toBe(true);
    expect(issuePaths(s.zDeleteKeysResponse, { deleted: false })).toEqual([['deleted']]);
    expect(issuePaths(s.zDeleteKeysResponse, {})).toEqual([['deleted']]);
  });
});
