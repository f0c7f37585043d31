/**
 * The core's helpers on a real TanStack QueryClient, with a `ModelGates` client whose fetch is
 * injected: the requests a helper sends are recorded, and a response can be held back, which no
 * server does on demand (the adapters' suites cover the rest against the mock server).
 */
import { ModelGates } from '@modelgates/sdk';
import { responseExample } from '@modelgates/test-utils';
import { QueryClient } from '@tanstack/query-core';
import { describe, expect, it } from 'vitest';
import {
  apiKeysInfiniteQueryOptions,
  apiKeysQueryOptions,
  deleteApiKeyMutationOptions,
  modelGatesQueryKeys,
  updateApiKeyMutationOptions,
} from '../src/index.js';

const listed = responseExample('/keys', 'get', 200) as { data: { hash: string; name: string }[] };
const [first, second] = listed.data as [{ hash: string; name: string }, { hash: string }];

/** A client whose GET /keys answers are handed out by the test; every request is recorded. */
function heldClient() {
  const sent: string[] = [];
  const waiting: ((body: unknown) => void)[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    sent.push(`${request.method} ${url.pathname}${url.search}`);
    const body = await new Promise<unknown>((resolve) => waiting.push(resolve));
    return Response.json(body);
  };
  const mg = new ModelGates({
    apiKey: 'sk-core-options-test',
    baseUrl: 'http://127.0.0.1:9',
    fetch,
    retries: { strategy: 'none' },
  });
  /** Answers the oldest request still waiting. */
  const answer = async (body: unknown) => {
    await expect.poll(() => waiting.length).toBeGreaterThan(0);
    waiting.shift()!(body);
  };
  return { mg, sent, answer };
}

describe('optimistic changes on a real QueryClient', () => {
  it('a list fetch in flight when an optimistic delete starts is cancelled, not landed over the change', async () => {
    const { mg, answer } = heldClient();
    const client = new QueryClient();
    const keys = modelGatesQueryKeys(mg);
    client.setQueryData(keys.list(), listed);
    // A refetch of the list is under way (sent before the delete, answered after it)...
    const refetch = client.fetchQuery({ ...apiKeysQueryOptions(mg), staleTime: 0 }).catch((e: unknown) => e);
    const options = deleteApiKeyMutationOptions(mg, client, { optimistic: true });
    const context = await options.onMutate!({ hash: first.hash });
    expect(client.getQueryData<typeof listed>(keys.list())!.data.map((k) => k.hash)).not.toContain(
      first.hash,
    );
    // ...and its answer, from before the delete, would bring the deleted key back: it is dropped.
    await answer(listed);
    await refetch;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(client.getQueryData<typeof listed>(keys.list())!.data.map((k) => k.hash)).not.toContain(
      first.hash,
    );
    // A refusal puts the list back as it was.
    context.rollback();
    expect(client.getQueryData(keys.list())).toEqual(listed);
  });

  it('an optimistic update changes the key in every list and its detail entry, and a refusal undoes it', async () => {
    const { mg } = heldClient();
    const client = new QueryClient();
    const keys = modelGatesQueryKeys(mg);
    client.setQueryData(keys.list(), listed);
    client.setQueryData(keys.detail(second.hash), { data: second });
    const options = updateApiKeyMutationOptions(mg, client, { optimistic: true });
    const context = await options.onMutate!({ hash: second.hash, name: 'renamed', disabled: undefined });
    const renamed = client.getQueryData<typeof listed>(keys.list())!.data.find((k) => k.hash === second.hash);
    // `disabled: undefined` changes nothing: the field keeps its value.
    expect(renamed).toEqual({ ...second, name: 'renamed' });
    expect(client.getQueryData(keys.detail(second.hash))).toMatchObject({ data: { name: 'renamed' } });
    context.rollback();
    expect(client.getQueryData(keys.list())).toEqual(listed);
    expect(client.getQueryData(keys.detail(second.hash))).toEqual({ data: second });
  });
});

describe('query keys and requests', () => {
  it('a query without filters, with `{}` and with only undefined filters share one key; 0 and false are kept', () => {
    const mg = new ModelGates({ apiKey: 'sk-core-keys-test', baseUrl: 'http://127.0.0.1:9' });
    const keys = modelGatesQueryKeys(mg);
    expect(keys.list({})).toEqual(keys.list());
    expect(keys.list({ include_disabled: undefined, offset: undefined })).toEqual(keys.list());
    expect(keys.list({ offset: 0, include_disabled: false })[0]).toMatchObject({
      query: { offset: 0, include_disabled: false },
    });
    expect(keys.lists()).toEqual([{ _id: 'list', baseUrl: 'http://127.0.0.1:9' }]);
  });

  it('each page of the infinite list asks for its offset, with the filters; the paged list sends its own', async () => {
    const { mg, sent, answer } = heldClient();
    const client = new QueryClient();
    const infinite = client.fetchInfiniteQuery({
      ...apiKeysInfiniteQueryOptions(mg, { include_disabled: true }),
      pages: 2,
      getNextPageParam: (_last, _pages, offset: number) => offset + 100,
    });
    await answer(listed);
    await answer(listed);
    await infinite;
    const paged = client.fetchQuery(apiKeysQueryOptions(mg, { offset: 300 }));
    await answer(listed);
    await paged;
    expect(sent).toEqual([
      'GET /keys?include_disabled=true&offset=0',
      'GET /keys?include_disabled=true&offset=100',
      'GET /keys?offset=300',
    ]);
  });
});
