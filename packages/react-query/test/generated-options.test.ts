/** The generated TanStack Query options run through the sdk's client against Prism. */
import { createClient } from '@modelgates/sdk';
import { exampleHash, responseExample, testApiKey } from '@modelgates/test-utils';
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, inject, it } from 'vitest';
import { getKeyOptions, getKeyQueryKey, listOptions } from '../src/index.js';

const baseUrl = inject('prismUrl');
const client = createClient({ baseUrl, auth: () => testApiKey, throwOnError: true });

describe('generated query options', () => {
  it('listOptions fetches the spec example through the given client', async () => {
    const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const data = await qc.fetchQuery(listOptions({ client, query: { offset: 0 } }));
    expect(data).toEqual(responseExample('/keys', 'get', 200));
  });

  it('query keys carry the base URL and the parameters', () => {
    const [key] = getKeyQueryKey({ client, path: { hash: exampleHash } });
    expect(key).toMatchObject({ _id: 'getKey', baseUrl, path: { hash: exampleHash } });
    const other = createClient({ baseUrl: 'http://127.0.0.1:1' });
    expect(getKeyQueryKey({ client: other, path: { hash: exampleHash } })[0].baseUrl).not.toBe(baseUrl);
  });

  it('getKeyOptions caches under its query key', async () => {
    const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const opts = getKeyOptions({ client, path: { hash: exampleHash } });
    await qc.fetchQuery(opts);
    expect(qc.getQueryData(opts.queryKey)).toEqual(responseExample('/keys/{hash}', 'get', 200));
  });
});
