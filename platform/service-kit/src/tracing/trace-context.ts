import type { IncomingMessage } from 'node:http';
import { context, propagation, ROOT_CONTEXT, type Span, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';

const tracer = trace.getTracer('@learngraph/service-kit');

/**
 * Runs `handle` inside a server span for the request, the child of the caller's `traceparent` when it sent one;
 * `finish` (called once answered) names the span's outcome. A no-op unless `startTracing` registered a provider.
 *
 * @example
 * await inRequestSpan(req, 'POST /graphql', (span) => serve(req, res).finally(() => span.end()));
 */
export function inRequestSpan<T>(req: IncomingMessage, name: string, handle: (span: Span) => Promise<T>): Promise<T> {
  const parent = propagation.extract(ROOT_CONTEXT, req.headers);
  return tracer.startActiveSpan(name, { kind: SpanKind.SERVER }, parent, handle);
}

/** Ends a request's span with its status; a 5xx marks it failed. */
export function endRequestSpan(span: Span, status: number, attributes: Record<string, string | number>): void {
  span.setAttributes({ 'http.response.status_code': status, ...attributes });
  if (status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
  span.end();
}

/**
 * Writes the active span's `traceparent` (and `tracestate`) into outgoing `headers`, so the next service's span
 * joins the same trace.
 *
 * @example
 * injectTraceContext(request.http.headers);
 */
export function injectTraceContext(headers: { set(name: string, value: string): void } | undefined): void {
  if (headers) propagation.inject(context.active(), headers, { set: (carrier, key, value) => carrier.set(key, value) });
}
