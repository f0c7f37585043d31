/** Every request and response example in the spec parses with the generated schema for it. */
import { spec } from '@modelgates/test-utils';
import { describe, expect, it } from 'vitest';
import * as s from '../src/index.js';

const resolve = (node: any): any =>
  node?.$ref
    ? resolve(
        node.$ref
          .split('/')
          .slice(1)
          .reduce((o: any, k: string) => o[k], spec),
      )
    : node;

const ops = Object.entries(spec.paths).flatMap(([path, item]) =>
  Object.entries(item)
    .filter(([method]) => ['get', 'post', 'patch', 'delete'].includes(method))
    .map(([method, op]) => ({ path, method, op })),
);

const schemaFor = (name: string): { safeParse(v: unknown): { success: boolean; error?: unknown } } => {
  const schema = (s as Record<string, unknown>)[name];
  if (!schema) throw new Error(`no generated schema ${name}`);
  return schema as never;
};
const cap = (id: string) => id[0]!.toUpperCase() + id.slice(1);

describe('spec examples parse', () => {
  for (const { path, method, op } of ops) {
    for (const [status, response] of Object.entries(op.responses as Record<string, any>)) {
      const example = resolve(response).content?.['application/json']?.example;
      it(`${method.toUpperCase()} ${path} ${status} response example`, () => {
        expect(example).toBeDefined();
        const schema = Number(status) < 300 ? schemaFor(`z${cap(op.operationId)}Response`) : s.zErrorResponse;
        const r = schema.safeParse(example);
        expect(r.error).toBeUndefined();
        expect(r.success).toBe(true);
      });
    }
    if (op.requestBody) {
      it(`${method.toUpperCase()} ${path} request example`, () => {
        const body = op.requestBody.content['application/json'].example;
        const data = {
          body,
          path: op.parameters?.length && path.includes('{') ? { hash: 'abc' } : undefined,
        };
        const r = schemaFor(`z${cap(op.operationId)}Data`).safeParse(data);
        expect(r.error).toBeUndefined();
      });
    }
  }
});
