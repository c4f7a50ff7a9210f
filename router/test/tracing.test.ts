import { createServer } from 'node:http';
import { startTracing, type Tracing } from '@learngraph/service-kit';
import { generateRouterKey, listenOnFreePort } from '@learngraph/service-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureSources, startFixtureSubgraphs } from './support/fixture-subgraphs.js';
import { startTestRouter } from './support/start-router.js';

interface ExportedSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
}

/** An OTLP/HTTP receiver: it decodes each JSON export sent to /v1/traces and keeps its spans. */
async function startOtlpReceiver() {
  const spans: ExportedSpan[] = [];
  const server = createServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    if (req.url === '/v1/traces' && req.headers['content-type']?.includes('json')) {
      const exported = JSON.parse(body) as {
        resourceSpans: Array<{ scopeSpans: Array<{ spans: ExportedSpan[] }> }>;
      };
      for (const { scopeSpans } of exported.resourceSpans) for (const scope of scopeSpans) spans.push(...scope.spans);
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
  });
  return { url: await listenOnFreePort(server), spans, close: () => new Promise((resolve) => server.close(resolve)) };
}

describe('OpenTelemetry traces', () => {
  const routerKey = generateRouterKey();
  let receiver: Awaited<ReturnType<typeof startOtlpReceiver>>;
  let tracing: Tracing;
  let subgraphs: Awaited<ReturnType<typeof startFixtureSubgraphs>>;
  let router: Awaited<ReturnType<typeof startTestRouter>>;

  beforeAll(async () => {
    receiver = await startOtlpReceiver();
    tracing = startTracing('router', { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url });
    subgraphs = await startFixtureSubgraphs(routerKey);
    router = await startTestRouter({ subgraphs: fixtureSources(subgraphs), routerKey });
  });
  afterAll(async () => {
    await router.close();
    await subgraphs.close();
    await receiver.close();
  });

  it('makes one trace of a request, from the edge through the router to each subgraph it asks', async () => {
    // As the edge forwards a browser's or its own W3C trace context.
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const edgeSpanId = '00f067aa0ba902b7';
    const response = await fetch(router.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', traceparent: `00-${traceId}-${edgeSpanId}-01` },
      body: JSON.stringify({ query: 'query Reviewed { books { title reviews } }' }),
    });
    expect(await response.json()).toEqual({ data: { books: [expect.objectContaining({ reviews: ['A classic.'] })] } });
    // Sends what the batch still holds.
    await tracing.shutdown();

    const { spans } = receiver;
    expect(spans.length).toBeGreaterThan(0);
    expect(new Set(spans.map((span) => span.traceId))).toEqual(new Set([traceId]));
    const byId = new Map(spans.map((span) => [span.spanId, span]));
    const requests = spans.filter((span) => span.name === 'POST /graphql');
    const routerRequest = requests.find((span) => span.parentSpanId === edgeSpanId);
    expect(routerRequest).toBeDefined();
    const fetches = spans.filter((span) => span.name === 'gateway.fetch');
    expect(fetches).toHaveLength(2);
    // Each subgraph's request span is the child of the router's fetch that asked it, across real HTTP.
    const subgraphRequests = requests.filter((span) => span !== routerRequest);
    expect(subgraphRequests).toHaveLength(2);
    for (const span of subgraphRequests) expect(byId.get(span.parentSpanId ?? '')?.name).toBe('gateway.fetch');
    // and every fetch descends from the router's request span
    const ancestors = (span: ExportedSpan | undefined): string[] =>
      span?.parentSpanId ? [span.parentSpanId, ...ancestors(byId.get(span.parentSpanId))] : [];
    for (const span of fetches) expect(ancestors(span)).toContain(routerRequest?.spanId);
  });
});
