/**
 * The three ways into the mock, for suites that must hold through each: `mock.fetch`, the MSW
 * handlers (msw/node intercepting the global fetch, the sdk on its default base URL) and the HTTP
 * server (a real socket on 127.0.0.1).
 */
import { ModelGates, type ModelGatesOptions } from '@modelgates/sdk';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createMock, DEFAULT_BASE_URL, type MockApi, type MockOptions } from '../src/index.js';
import { createHandlers } from '../src/msw.js';
import { listen, type MockServer } from '../src/server.js';

export type Way = 'fetch' | 'msw' | 'server';
export const ways: Way[] = ['fetch', 'msw', 'server'];

export interface Harness {
  mock: MockApi;
  /** The base URL the client uses. */
  baseUrl: string;
  /** A raw fetch of a path under the base URL (what the sdk would refuse to send). */
  raw: (path: string, init?: RequestInit) => Promise<Response>;
  client: (apiKey: string, options?: Partial<ModelGatesOptions>) => ModelGates;
}

/** Call at the top of a test file: returns `make(way, options)`, torn down after each test. */
export function setupWays(): (way: Way, options?: MockOptions) => Promise<Harness> {
  const msw = setupServer();
  const servers: MockServer[] = [];
  // The server way's requests go to 127.0.0.1; anything else unmatched is an error, never the network.
  beforeAll(() =>
    msw.listen({
      onUnhandledRequest: (request, print) => {
        if (new URL(request.url).hostname !== '127.0.0.1') print.error();
      },
    }),
  );
  afterEach(async () => {
    msw.resetHandlers();
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });
  afterAll(() => msw.close());
  return async (way, options = {}) => {
    const mock = createMock(options);
    let baseUrl = DEFAULT_BASE_URL;
    let fetchFn: typeof fetch = (...args) => fetch(...args);
    if (way === 'fetch') fetchFn = mock.fetch;
    else if (way === 'msw') msw.use(...createHandlers(mock));
    else {
      const server = await listen({ mock, log: false });
      servers.push(server);
      baseUrl = server.url;
    }
    return {
      mock,
      baseUrl,
      raw: (path, init) => fetchFn(`${baseUrl}${path}`, init),
      client: (apiKey, extra = {}) =>
        new ModelGates({ apiKey, baseUrl, fetch: fetchFn, retries: { strategy: 'none' }, ...extra }),
    };
  };
}
