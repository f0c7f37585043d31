/**
 * Every client under test, each making the same `list keys` call against a base URL, with either
 * the runtime's fetch (loopback) or an in-process stub (CPU). All of them are imported from their
 * built packages, exactly as a user gets them.
 */
import {
  createClient,
  list,
  ModelGates,
  validation,
  vListData,
  vListResponse,
  type ListResponse,
  type ModelGatesOptions,
} from '@modelgates/sdk';
import { zListData, zListResponse } from '@modelgates/zod';
import { OpenRouter } from '@openrouter/sdk';
import { OpenRouterCore } from '@openrouter/sdk/core.js';
import { apiKeysList } from '@openrouter/sdk/funcs/apiKeysList.js';
import { HTTPClient } from '@openrouter/sdk/lib/http.js';
import createOpenApiFetch from 'openapi-fetch';
import { API_KEY } from './fixture.js';

export type Call = () => Promise<ReadonlyArray<{ hash: string }>>;

export interface ClientSpec {
  id: string;
  label: string;
  /** Rows of the table; diagnostic rows only help explain where time goes. */
  diagnostic?: boolean;
  /** `fetch` undefined: the client's own default (the global fetch). */
  make(baseUrl: string, fetch: typeof globalThis.fetch | undefined): Call;
}

/** `mg.apiKeys.list()` on a `ModelGates` built with these options (`fetch` undefined: its default). */
function modelgatesList({
  fetch,
  ...options
}: Omit<ModelGatesOptions, 'fetch'> & { fetch: typeof globalThis.fetch | undefined }): Call {
  const mg = new ModelGates({ apiKey: API_KEY, ...options, ...(fetch ? { fetch } : {}) });
  return async () => (await mg.apiKeys.list()).data;
}

/** openapi-fetch's types come from openapi-typescript; this is the one path it calls here. */
interface Paths {
  '/keys': {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: {
        query?: { include_disabled?: boolean; offset?: number; workspace_id?: string };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: { 200: { headers: Record<string, unknown>; content: { 'application/json': ListResponse } } };
    };
  };
}

const bearer = `Bearer ${API_KEY}`;

export const RAW_FETCH = 'raw-fetch';
/** Raw fetch plus the same zod/mini validation and a timeout: what a validating client cannot go below. */
export const FLOOR_ZOD = 'floor-zod';

export const clients: ClientSpec[] = [
  {
    id: RAW_FETCH,
    label: 'raw `fetch` + `JSON.parse` (the floor)',
    make:
      (baseUrl, f = globalThis.fetch) =>
      async () => {
        const res = await f(`${baseUrl}/keys`, { headers: { authorization: bearer } });
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        return (JSON.parse(await res.text()) as ListResponse).data;
      },
  },
  {
    id: 'raw-fetch-request',
    label: 'raw `fetch` handed a `new Request(url, init)` (as openapi-fetch does)',
    diagnostic: true,
    make:
      (baseUrl, f = globalThis.fetch) =>
      async () => {
        const res = await f(new Request(`${baseUrl}/keys`, { headers: { authorization: bearer } }));
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        return (JSON.parse(await res.text()) as ListResponse).data;
      },
  },
  {
    id: FLOOR_ZOD,
    label:
      'the floor with validation: raw `fetch` with a 60 s `AbortController` timeout + zod/mini `zListData.parse(input)` before and `zListResponse.parse(JSON.parse(text))` after',
    make:
      (baseUrl, f = globalThis.fetch) =>
      async () => {
        const input = {};
        zListData.parse(input);
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), 60_000);
        try {
          const res = await f(`${baseUrl}/keys`, {
            headers: { authorization: bearer },
            signal: controller.signal,
          });
          if (!res.ok) throw new Error(`HTTP ${res.status}`);
          return zListResponse.parse(JSON.parse(await res.text())).data;
        } finally {
          clearTimeout(timer);
        }
      },
  },
  {
    id: 'openapi-fetch',
    label: 'openapi-fetch',
    make: (baseUrl, f) => {
      const client = createOpenApiFetch<Paths>({
        baseUrl,
        headers: { Authorization: bearer },
        ...(f ? { fetch: f } : {}),
      });
      return async () => {
        const { data, error } = await client.GET('/keys');
        if (!data) throw new Error(`openapi-fetch: ${JSON.stringify(error)}`);
        return data.data;
      };
    },
  },
  {
    id: 'standalone',
    label:
      '@modelgates/sdk standalone `list` on our runtime (retries, 60 s timeout: its defaults), no validation',
    make: (baseUrl, f) => {
      const client = createClient({ baseUrl, auth: API_KEY, ...(f ? { fetch: f } : {}) });
      return async () => (await list({ client, throwOnError: true })).data.data;
    },
  },
  {
    id: 'standalone-bare',
    label:
      "@modelgates/sdk standalone `list`, no validation, `createClient({ timeoutMs: 0, retries: { strategy: 'none' } })`",
    diagnostic: true,
    make: (baseUrl, f) => {
      const client = createClient({
        baseUrl,
        auth: API_KEY,
        timeoutMs: 0,
        retries: { strategy: 'none' },
        ...(f ? { fetch: f } : {}),
      });
      return async () => (await list({ client, throwOnError: true })).data.data;
    },
  },
  {
    id: 'standalone-validated',
    label:
      '@modelgates/sdk standalone `list` + request and response validation (`validation(vListData, vListResponse)`: the sdk’s generated validators)',
    make: (baseUrl, f) => {
      const client = createClient({ baseUrl, auth: API_KEY, ...(f ? { fetch: f } : {}) });
      const checks = validation(vListData, vListResponse);
      return async () => (await list({ client, throwOnError: true, ...checks })).data.data;
    },
  },
  {
    id: 'modelgates',
    label: '@modelgates/sdk `ModelGates` class (validation, retries, timeout: the defaults)',
    make: (baseUrl, f) => {
      return modelgatesList({ baseUrl, fetch: f });
    },
  },
  {
    id: 'modelgates-novalidate',
    label: '`ModelGates`, `validateResponses: false`',
    diagnostic: true,
    make: (baseUrl, f) => {
      return modelgatesList({ baseUrl, fetch: f, validateResponses: false });
    },
  },
  {
    id: 'modelgates-bare',
    label: '`ModelGates`, no response validation, `retries: none`, `timeoutMs: 0`',
    diagnostic: true,
    make: (baseUrl, f) => {
      return modelgatesList({
        baseUrl,
        fetch: f,
        validateResponses: false,
        retries: { strategy: 'none' },
        timeoutMs: 0,
      });
    },
  },
  {
    id: 'openrouter-fn',
    label: '@openrouter/sdk standalone `apiKeysList`',
    make: (serverURL, f) => {
      const core = new OpenRouterCore({
        serverURL,
        apiKey: API_KEY,
        ...(f ? { httpClient: new HTTPClient({ fetcher: f }) } : {}),
      });
      return async () => {
        const result = await apiKeysList(core);
        if (!result.ok) throw result.error;
        return result.value.data;
      };
    },
  },
  {
    id: 'openrouter-class',
    label: '@openrouter/sdk `OpenRouter` class',
    make: (serverURL, f) => {
      const or = new OpenRouter({
        serverURL,
        apiKey: API_KEY,
        ...(f ? { httpClient: new HTTPClient({ fetcher: f }) } : {}),
      });
      return async () => (await or.apiKeys.list()).data;
    },
  },
];

/** Runs one call and checks it really listed the three keys, so no error path gets timed. */
export async function verify(
  spec: ClientSpec,
  call: Call,
  expected: { keys: number; firstHash: string },
): Promise<void> {
  const data = await call();
  if (data.length !== expected.keys || data[0]?.hash !== expected.firstHash) {
    throw new Error(`${spec.id} did not return the ${expected.keys} keys of the fixture`);
  }
}
