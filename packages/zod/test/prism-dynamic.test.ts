/**
 * Responses Prism generates from the spec's schemas (dynamic mode) all validate with the generated
 * response schemas, so the spec and the zod schemas cannot drift apart.
 *
 * Prism reseeds its faker with `--seed` before every response, so a fixed seed alone yields the same
 * body 100 times. Each request therefore sends its own seed in Prism's `Prefer: seed=...` header:
 * the run stays deterministic and every request gets a different generated body.
 */
import { exampleHash, type PrismServer, requestExample, startPrism } from '@modelgates/test-utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as s from '../src/index.js';

const RESPONSES_PER_OPERATION = 100;
const CONCURRENCY = 8;
const SEED = 'modelgates-zod';

let prism: PrismServer | undefined;
beforeAll(async () => {
  prism = await startPrism({ dynamic: true, seed: SEED });
}, 30_000);
afterAll(async () => {
  await prism?.stop();
});

interface Call {
  operationId: string;
  method: string;
  path: string;
  body?: unknown;
  status: number;
  schema: { safeParse(v: unknown): { success: boolean; error?: { issues: unknown[] } } };
}

const calls: Call[] = [
  {
    operationId: 'getCurrentKey',
    method: 'GET',
    path: '/key',
    status: 200,
    schema: s.zGetCurrentKeyResponse,
  },
  { operationId: 'list', method: 'GET', path: '/keys', status: 200, schema: s.zListResponse },
  {
    operationId: 'createKeys',
    method: 'POST',
    path: '/keys',
    body: requestExample('/keys', 'post'),
    status: 201,
    schema: s.zCreateKeysResponse,
  },
  {
    operationId: 'getKey',
    method: 'GET',
    path: `/keys/${exampleHash}`,
    status: 200,
    schema: s.zGetKeyResponse,
  },
  {
    operationId: 'updateKeys',
    method: 'PATCH',
    path: `/keys/${exampleHash}`,
    body: requestExample('/keys/{hash}', 'patch'),
    status: 200,
    schema: s.zUpdateKeysResponse,
  },
  {
    operationId: 'deleteKeys',
    method: 'DELETE',
    path: `/keys/${exampleHash}`,
    status: 200,
    schema: s.zDeleteKeysResponse,
  },
];

/** Runs `task(0..count-1)` with at most `limit` in flight; results in index order. */
async function pool<T>(count: number, limit: number, task: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      results[i] = await task(i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, count) }, worker));
  return results;
}

describe(`Prism dynamic mode (seed ${SEED}): ${RESPONSES_PER_OPERATION} generated responses per operation`, () => {
  for (const call of calls) {
    it(`${call.operationId}: every response validates with z${call.operationId[0]!.toUpperCase()}${call.operationId.slice(1)}Response`, async () => {
      const responses = await pool(RESPONSES_PER_OPERATION, CONCURRENCY, async (i) => {
        const res = await fetch(`${prism!.url}${call.path}`, {
          method: call.method,
          headers: {
            Authorization: 'Bearer x',
            Prefer: `seed=${SEED}-${call.operationId}-${i}`,
            ...(call.body === undefined ? {} : { 'Content-Type': 'application/json' }),
          },
          body: call.body === undefined ? undefined : JSON.stringify(call.body),
        });
        return { status: res.status, text: await res.text() };
      });

      const failures = responses.flatMap(
        ({ status, text }, i): { i: number; text: string; problem: unknown }[] => {
          if (status !== call.status) return [{ i, text, problem: `status ${status}` }];
          const result = call.schema.safeParse(JSON.parse(text));
          return result.success ? [] : [{ i, text, problem: result.error?.issues }];
        },
      );
      expect(failures).toEqual([]);
      expect(responses).toHaveLength(RESPONSES_PER_OPERATION);
      // The per-request seeds must really vary the bodies (a few generated empty lists may repeat).
      expect(new Set(responses.map((r) => r.text)).size).toBeGreaterThan(RESPONSES_PER_OPERATION * 0.8);
      if (call.operationId === 'list') {
        // Generated pages hold 0-5 keys; make sure plenty of ApiKey objects were actually checked.
        const keys = responses.reduce(
          (n, r) => n + (JSON.parse(r.text) as { data: unknown[] }).data.length,
          0,
        );
        expect(keys).toBeGreaterThanOrEqual(RESPONSES_PER_OPERATION);
      }
    }, 60_000); // 100 requests to Prism: seconds on a loaded 2-core machine, not vitest's default 5
  }
});
