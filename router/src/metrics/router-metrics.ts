import type { FinishedRequest } from '@learngraph/service-kit';
import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import { boundedLabels } from './bounded-labels.js';

/** How a subgraph fetch ended, as `router_subgraph_fetch_duration_seconds` labels it. */
export type FetchOutcome = 'ok' | 'error' | 'timeout' | 'unavailable';

/** What the router's caches report; each lookup counts as a hit or a miss of the named cache. */
export interface CacheMetrics {
  recordCacheLookup(cache: string, hit: boolean): void;
}

export interface RouterMetricsOptions {
  /** Most distinct ad-hoc operation names kept as labels (beyond: `other`); registered ones always are. Default 100. */
  maxOperationLabels?: number;
}

// Latencies from a cached answer (sub-millisecond) to a subgraph timeout (10 s by default).
const latencyBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const endpoints: Record<string, string> = { '/graphql': 'graphql', '/partner/graphql': 'partner' };
// Codes are SCREAMING_SNAKE by convention; anything else a subgraph sends is folded.
const wellFormedCode = /^[A-Z][A-Z0-9_]{0,63}$/;

/**
 * The router's Prometheus metrics, served at `GET /metrics`: requests, errors by code and latency per endpoint
 * and operation, latency of every subgraph fetch, cache lookups by result, and the process's own (CPU, memory,
 * event-loop lag). Label values are bounded: operation names beyond `maxOperationLabels` (registered ones
 * aside) become `other`, unnamed operations `anonymous`, unusual error codes `OTHER`.
 *
 * @example
 * const metrics = createRouterMetrics();
 * metrics.recordCacheLookup('response', true);
 * await metrics.registry.metrics(); // Prometheus text
 */
export function createRouterMetrics(options: RouterMetricsOptions = {}) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const operationLabel = boundedLabels({ limit: options.maxOperationLabels ?? 100, overflow: 'other' });
  const codeLabel = boundedLabels({ limit: 100, overflow: 'OTHER' });
  const requests = new Counter({
    name: 'router_requests_total',
    help: 'GraphQL requests answered, by endpoint and operation.',
    labelNames: ['endpoint', 'operation'],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'router_request_errors_total',
    help: 'Errors in GraphQL answers, by endpoint and extensions.code (each code counted once per request).',
    labelNames: ['endpoint', 'code'],
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'router_request_duration_seconds',
    help: 'Time to answer a GraphQL request, by endpoint and operation.',
    labelNames: ['endpoint', 'operation'],
    buckets: latencyBuckets,
    registers: [registry],
  });
  const fetches = new Histogram({
    name: 'router_subgraph_fetch_duration_seconds',
    help: 'Time of one subgraph fetch of a query plan, by subgraph and outcome.',
    labelNames: ['subgraph', 'outcome'],
    buckets: latencyBuckets,
    registers: [registry],
  });
  const cacheLookups = new Counter({
    name: 'router_cache_lookups_total',
    help: 'Cache lookups by cache and result (hit or miss); the hit ratio is hits over all lookups.',
    labelNames: ['cache', 'result'],
    registers: [registry],
  });
  return {
    registry,
    /** Registers operation names (those of the trusted documents) that are always their own label. */
    knowOperations: (names: Iterable<string>) => operationLabel.know(names),
    /** Counts an answered request; `observation.onRequestEnd` of the GraphQL handler. */
    observeRequest(request: FinishedRequest) {
      const endpoint = endpoints[request.path] ?? 'other';
      const operation = request.operationName ? operationLabel(request.operationName) : 'anonymous';
      requests.inc({ endpoint, operation });
      duration.observe({ endpoint, operation }, request.durationMs / 1000);
      for (const code of request.errorCodes)
        errors.inc({ endpoint, code: wellFormedCode.test(code) ? codeLabel(code) : 'OTHER' });
    },
    observeSubgraphFetch(subgraph: string, seconds: number, outcome: FetchOutcome) {
      fetches.observe({ subgraph, outcome }, seconds);
    },
    recordCacheLookup(cache: string, hit: boolean) {
      cacheLookups.inc({ cache, result: hit ? 'hit' : 'miss' });
    },
  };
}

export type RouterMetrics = ReturnType<typeof createRouterMetrics>;
