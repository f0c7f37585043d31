import { type Span, SpanKind, SpanStatusCode, type Tracer } from '@opentelemetry/api';
import type { CallInfo, Hooks } from '@modelgates/sdk';

/** One CLIENT span per operation (all its attempts), for `new ModelGates({ hooks })`. */
export function openTelemetryHooks(tracer: Tracer): Hooks {
  const spans = new WeakMap<CallInfo, Span>();
  const end = (call: CallInfo) => {
    spans.get(call)?.end();
    spans.delete(call);
  };
  return {
    onRequest({ call, attempt }) {
      if (attempt === 1) {
        const attributes = {
          'http.request.method': call.method,
          'url.template': call.route,
          'url.full': call.url,
        };
        spans.set(
          call,
          tracer.startSpan(`${call.method} ${call.route}`, { kind: SpanKind.CLIENT, attributes }),
        );
      }
      spans.get(call)?.setAttribute('modelgates.attempts', attempt);
    },
    onResponse({ call, status, requestId, ok }) {
      spans
        .get(call)
        ?.setAttributes({ 'http.response.status_code': status, 'modelgates.request_id': requestId });
      if (ok) end(call);
    },
    onRetry({ call, attempt, waitMs, reason }) {
      spans
        .get(call)
        ?.addEvent('retry', { attempt, 'modelgates.wait_ms': waitMs, 'modelgates.reason': String(reason) });
    },
    onError({ call, error }) {
      spans.get(call)?.setAttribute('error.type', error.name);
      spans.get(call)?.setStatus({ code: SpanStatusCode.ERROR, message: error.message });
      end(call);
    },
  };
}
