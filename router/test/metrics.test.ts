import { generateRouterKey, postGraphQL } from '@learngraph/service-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureSubgraphs } from './support/fixture-subgraphs.js';
import { sample } from './support/prometheus-sample.js';
import { deadUrl, startRouter } from './support/start-router.js';

describe('the router metrics at /metrics', () => {
  const routerKey = generateRouterKey();
  let subgraphs: Awaited<ReturnType<typeof startFixtureSubgraphs>>;
  let router: Awaited<ReturnType<typeof startRouter>>;
  const scrape = async () => {
    const response = await fetch(`${router.baseUrl}/metrics`);
    expect(response.headers.get('content-type')).toContain('text/plain');
    return response.text();
  };

  beforeAll(async () => {
    subgraphs = await startFixtureSubgraphs(routerKey);
    // reviews is down: its fetches fail as unavailable while books answers
    router = await startRouter({ books: subgraphs.books.url, reviews: await deadUrl() }, routerKey);
  });
  afterAll(async () => {
    await router.close();
    await subgraphs.close();
  });

  it('counts requests and their latency by operation, and errors by code', async () => {
    await postGraphQL(router.url, 'query Titles { books { title } }');
    await postGraphQL(router.url, 'query Titles { books { title } }');
    await postGraphQL(router.url, '{ books { nope } }');
    const text = await scrape();
    expect(sample(text, 'router_requests_total', 'endpoint="graphql",operation="Titles"')).toBe(2);
    expect(sample(text, 'router_request_duration_seconds_count', 'endpoint="graphql",operation="Titles"')).toBe(2);
    expect(sample(text, 'router_requests_total', 'endpoint="graphql",operation="anonymous"')).toBe(1);
    expect(sample(text, 'router_request_errors_total', 'endpoint="graphql",code="GRAPHQL_VALIDATION_FAILED"')).toBe(1);
    expect(text).toContain('process_cpu_seconds_total');
  });

  it('times subgraph fetches by subgraph and outcome', async () => {
    await postGraphQL(router.url, 'query WithReviews { books { title reviews } }');
    const text = await scrape();
    expect(
      sample(text, 'router_subgraph_fetch_duration_seconds_count', 'subgraph="books",outcome="ok"'),
    ).toBeGreaterThan(0);
    expect(
      sample(text, 'router_subgraph_fetch_duration_seconds_count', 'subgraph="reviews",outcome="unavailable"'),
    ).toBe(1);
    expect(sample(text, 'router_request_errors_total', 'endpoint="graphql",code="SUBGRAPH_UNAVAILABLE"')).toBe(1);
  });

  it('counts cache lookups by cache and result for the hit ratio', async () => {
    router.metrics.recordCacheLookup('entity', true);
    router.metrics.recordCacheLookup('entity', true);
    router.metrics.recordCacheLookup('entity', false);
    const text = await scrape();
    expect(sample(text, 'router_cache_lookups_total', 'cache="entity",result="hit"')).toBe(2);
    expect(sample(text, 'router_cache_lookups_total', 'cache="entity",result="miss"')).toBe(1);
  });

  it('folds operation names past the first hundred into "other"', async () => {
    const names = Array.from({ length: 110 }, (_, index) => `Adhoc${index}`);
    for (let start = 0; start < names.length; start += 10)
      await Promise.all(
        names.slice(start, start + 10).map((name) => postGraphQL(router.url, `query ${name} { books { title } }`)),
      );
    const text = await scrape();
    const operations = new Set(
      text
        .split('\n')
        .filter((line) => line.startsWith('router_requests_total{'))
        .map((line) => /operation="([^"]*)"/.exec(line)?.[1]),
    );
    // Titles, WithReviews and 98 ad-hoc names fill the hundred, the other 12 share "other"; plus "anonymous"
    expect(operations.size).toBe(102);
    expect(sample(text, 'router_requests_total', 'endpoint="graphql",operation="other"')).toBe(12);
  });
});
