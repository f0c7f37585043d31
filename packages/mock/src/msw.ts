import { operationRoutes } from '@modelgates/sdk';
import { http, HttpResponse, type HttpHandler } from 'msw';
import { DEFAULT_BASE_URL, type MockApi } from './mock.js';

export interface HandlersOptions {
  /** The base URL your client calls; the sdk's default, `https://modelgates.ai/api/v1`, when omitted. */
  baseUrl?: string;
}

/**
 * MSW request handlers, one per operation of the spec (from the operation registry), answered by
 * `mock` (state, validation, faults): `setupServer(...createHandlers(mock))` in Node,
 * `setupWorker(...createHandlers(mock))` in a browser. A `dropNext` fault answers with
 * `HttpResponse.error()`, a network error.
 */
export function createHandlers(mock: MockApi, options: HandlersOptions = {}): HttpHandler[] {
  const base = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
  const resolver = async ({ request }: { request: Request }) => {
    try {
      return (await mock.handle(request, { baseUrl: base })) ?? HttpResponse.error();
    } catch (error) {
      // The client gave up during the latency: nobody is waiting for an answer.
      if (request.signal.aborted) return HttpResponse.error();
      throw error;
    }
  };
  return Object.values(operationRoutes).map(({ method, path }) =>
    http[method.toLowerCase() as Lowercase<typeof method>](
      `${base}${path.replace(/\{(\w+)\}/g, ':$1')}`,
      resolver,
    ),
  );
}
