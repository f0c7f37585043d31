/**
 * The response body every benchmark serves: the `GET /keys` example of spec/openapi.yaml (three
 * keys), so the numbers follow the spec. Each key also gets `external_user: null`, a field
 * @openrouter/sdk requires (its schema rejects the body without it) and ours ignore as unknown.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const API_KEY = 'sk-mg-v1-bench-0000000000000000000000000000';
export const BASE_PATH = '/api/v1';

interface Spec {
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content: Record<string, { example: unknown }> }> }>
  >;
}

export interface ListBody {
  /** The body as served. */
  text: string;
  bytes: Uint8Array<ArrayBuffer>;
  /** Size of the spec's example as written, before `external_user` was added. */
  specExampleBytes: number;
  keys: number;
  firstHash: string;
}

export function loadListBody(): ListBody {
  const specPath = fileURLToPath(new URL('../../spec/openapi.yaml', import.meta.url));
  const spec = parse(readFileSync(specPath, 'utf8')) as Spec;
  const example = spec.paths['/keys']?.['get']?.responses['200']?.content['application/json']?.example as
    { data: Array<Record<string, unknown>> } | undefined;
  if (!example?.data?.length) throw new Error('spec/openapi.yaml has no example for GET /keys 200');
  const specExampleBytes = Buffer.byteLength(JSON.stringify(example));
  const data: Array<Record<string, unknown>> = example.data.map((key) => ({
    ...key,
    external_user: key['external_user'] ?? null,
  }));
  const body = { data };
  const text = JSON.stringify(body);
  return {
    text,
    bytes: new Uint8Array(new TextEncoder().encode(text)),
    specExampleBytes,
    keys: body.data.length,
    firstHash: String(data[0]!['hash']),
  };
}
