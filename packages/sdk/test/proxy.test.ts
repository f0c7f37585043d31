/**
 * A client held behind a proxy, as Vue's `reactive`, a deep `ref` and Pinia stores hold it: every
 * property read goes through the proxy (objects read through it come back proxied too, and `this`
 * in a method is the proxy). The resource methods must work there; a `#private` field would throw
 * "Cannot read private member". The real Vue `reactive` is run in @modelgates/vue-query's tests.
 */
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ModelGates } from '../src/index.js';
import { fakeFetch, json, keyBody, listBody } from './helpers.js';

const deepProxy = <T extends object>(target: T): T =>
  new Proxy(target, {
    get(t, key, receiver) {
      const value: unknown = Reflect.get(t, key, receiver);
      return value !== null && typeof value === 'object' ? deepProxy(value) : value;
    },
  });

describe('a client behind a proxy (Vue reactive, Pinia)', () => {
  it('runs the resource methods, paging included, with the proxy as `this`', async () => {
    const fetch = fakeFetch((_, req) =>
      req.url.pathname.endsWith('/keys') ? json(listBody()) : json(keyBody()),
    );
    const mg = deepProxy(new ModelGates({ apiKey: 'sk-or-v1-proxied-secret', fetch }));
    const page = await mg.apiKeys.list({ offset: 0 });
    expect(page.data.length).toBeGreaterThan(0);
    const all = [];
    for await (const key of mg.apiKeys.listAll()) all.push(key);
    expect(all.length).toBe(page.data.length);
    await mg.apiKeys.get(page.data[0]!.hash);
    expect(fetch.calls.map((c) => `${c.method} ${c.url.pathname}`)).toEqual([
      'GET /api/v1/keys',
      'GET /api/v1/keys',
      `GET /api/v1/keys/${page.data[0]!.hash}`,
    ]);
  });

  it('shows no key when inspected, hidden properties included', () => {
    const mg = new ModelGates({ apiKey: 'sk-or-v1-inspected-secret' });
    for (const seen of [
      inspect(mg, { depth: 10, showHidden: true }),
      inspect(mg.apiKeys, { showHidden: true }),
    ])
      expect(seen).not.toContain('inspected-secret');
  });
});
