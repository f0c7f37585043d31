/**
 * What a server may put into the page: `dehydrateOptions` against a real TanStack QueryClient, with
 * keys built the way the adapters build them (`modelGatesQueryKeys`) and, for the secret rule, a key
 * of the one operation whose result holds a secret (the registry says which).
 */
import { ModelGates, operations, type OperationId } from '@modelgates/sdk';
import { dehydrate, QueryClient } from '@tanstack/query-core';
import { describe, expect, it } from 'vitest';
import { dehydrateOptions, modelGatesQueryKeys } from '../src/index.js';

const mg = new ModelGates({ apiKey: 'sk-dehydrate-test', baseUrl: 'http://127.0.0.1:9' });
const keys = modelGatesQueryKeys(mg);
const withSecrets = (Object.keys(operations) as OperationId[]).filter((id) => operations[id].secrets.length);

describe('dehydrateOptions', () => {
  it('keeps successful queries, the app’s own included, and leaves out failed ones', async () => {
    const client = new QueryClient();
    client.setQueryData(keys.list(), { data: [] });
    client.setQueryData(keys.detail('abc'), { data: { hash: 'abc' } });
    client.setQueryData(['the app’s own query'], 1);
    await client
      .fetchQuery({ queryKey: keys.currentKey(), queryFn: () => Promise.reject(new Error('refused')) })
      .catch(() => undefined);
    const state = dehydrate(client, dehydrateOptions);
    expect(state.queries.map((q) => q.queryKey)).toEqual([
      keys.list(),
      keys.detail('abc'),
      ['the app’s own query'],
    ]);
  });

  it('never keeps a query of an operation whose result holds a secret, nor any mutation', async () => {
    expect(withSecrets.length).toBeGreaterThan(0);
    const client = new QueryClient();
    for (const id of withSecrets)
      client.setQueryData([{ _id: id, baseUrl: mg.baseUrl }], { key: 'sk-secret-of-' + id });
    client.setQueryData(keys.list(), { data: [] });
    await client
      .getMutationCache()
      .build(client, { mutationFn: async () => ({ key: 'sk-secret-mutation' }) })
      .execute(undefined);
    const state = dehydrate(client, dehydrateOptions);
    expect(state.queries.map((q) => q.queryKey)).toEqual([keys.list()]);
    expect(state.mutations).toEqual([]);
    expect(JSON.stringify(state)).not.toContain('sk-');
  });
});
