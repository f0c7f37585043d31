/**
 * The README's OpenTelemetry recipe (examples/opentelemetry.ts, quoted verbatim in the README),
 * run with @opentelemetry/sdk-trace-base's in-memory exporter.
 */
import { readFileSync } from 'node:fs';
import { SpanStatusCode } from '@opentelemetry/api';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { describe, expect, it } from 'vitest';
import { openTelemetryHooks } from '../examples/opentelemetry.js';
import { ModelGates, NotFoundResponseError } from '../src/index.js';
import { createdBody, fakeFetch, json, listBody } from './helpers.js';

const apiKey = 'sk-or-v1-otel-test-key-0123456789abcdef';
const secret = JSON.parse(createdBody()).key as string;

describe('the OpenTelemetry recipe', () => {
  it('is quoted verbatim in the sdk README', () => {
    const recipe = readFileSync(new URL('../examples/opentelemetry.ts', import.meta.url), 'utf8').trim();
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(recipe);
  });

  it('makes one span per operation with method, route, status, attempts and error type, and nothing secret', async () => {
    const exporter = new InMemorySpanExporter();
    const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
    const tracer = provider.getTracer('modelgates-test');
    let listCalls = 0;
    const fetch = fakeFetch((_, req) => {
      if (req.method === 'POST') return json(createdBody(), 201, { 'x-request-id': 'req_create' });
      if (req.url.pathname.endsWith('/keys')) {
        return ++listCalls === 1
          ? json({ error: { code: 503, message: 'busy' } }, 503, { 'retry-after-ms': '1' })
          : json(listBody());
      }
      return json({ error: { code: 404, message: `no such key (${apiKey})` } }, 404);
    });
    const mg = new ModelGates({
      apiKey,
      baseUrl: 'https://api.example',
      fetch,
      hooks: openTelemetryHooks(tracer),
    });

    await mg.apiKeys.list();
    await expect(mg.apiKeys.get('missing')).rejects.toBeInstanceOf(NotFoundResponseError);
    const created = await mg.apiKeys.create({ name: 'CI key', limit: 25 });
    expect(created.key).toBe(secret);

    const spans = exporter.getFinishedSpans();
    expect(spans.map((s) => s.name)).toEqual(['GET /keys', 'GET /keys/{hash}', 'POST /keys']);
    const [listSpan, getSpan, createSpan] = spans;
    expect(listSpan!.attributes).toMatchObject({
      'http.request.method': 'GET',
      'url.template': '/keys',
      'http.response.status_code': 200,
      'modelgates.attempts': 2,
    });
    expect(listSpan!.events.map((e) => [e.name, e.attributes?.['modelgates.reason']])).toEqual([
      ['retry', '503'],
    ]);
    expect(listSpan!.status.code).not.toBe(SpanStatusCode.ERROR);
    expect(getSpan!.attributes).toMatchObject({
      'http.response.status_code': 404,
      'error.type': 'NotFoundResponseError',
      'modelgates.attempts': 1,
    });
    expect(getSpan!.status.code).toBe(SpanStatusCode.ERROR);
    expect(createSpan!.attributes).toMatchObject({
      'http.request.method': 'POST',
      'http.response.status_code': 201,
      'modelgates.request_id': 'req_create',
    });

    const everything = JSON.stringify(
      spans.map((s) => ({ name: s.name, attributes: s.attributes, events: s.events, status: s.status })),
    );
    expect(everything).not.toContain(apiKey);
    expect(everything).not.toContain(secret);
    expect(everything).not.toMatch(/authorization/i);
    await provider.shutdown();
  });
});
