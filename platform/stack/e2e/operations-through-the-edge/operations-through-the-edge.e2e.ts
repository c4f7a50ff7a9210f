import { waitFor } from '@learngraph/service-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSystem, startSystem } from '../support/start-system.js';

/** The value of one sample of the Prometheus text, 0 when absent. */
const sample = (text: string, name: string, labels: string) => {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${name}{${labels}}`));
  return line ? Number(line.split(' ').at(-1)) : 0;
};

describe('operating the system: request ids, logs and metrics, through the edge', () => {
  let system: RunningSystem;
  const routerMetrics = async () => (await fetch(`http://127.0.0.1:${system.ports.ROUTER}/metrics`)).text();

  beforeAll(async () => {
    system = await startSystem({ LOG_LEVEL: 'info' });
  });
  afterAll(async () => {
    await system?.interrupt();
  });

  it("follows one request id from the edge through the router to the catalog's log", async () => {
    const response = await fetch(`${system.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'e2e-ops-1' },
      body: JSON.stringify({ query: 'query OpsNewest { learningResources(first: 1) { totalCount } }' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('e2e-ops-1');
    const logged = (service: string, fragment: string) =>
      system
        .output()
        .split('\n')
        .some(
          (line) =>
            line.startsWith(`[${service}] `) && line.includes('"requestId":"e2e-ops-1"') && line.includes(fragment),
        );
    // the lines are written once the answer is sent, and relayed through the launcher
    await waitFor(
      () => logged('router', '"operationName":"OpsNewest"') && logged('catalog', '"msg":"graphql request"'),
      {
        seen: () => system.output().slice(-2_000),
      },
    );
  });

  it("counts the web app's registered operations, sent by hash, in the router's metrics", async () => {
    const page = await fetch(`${system.url}/`);
    expect(page.status).toBe(200);
    const text = await routerMetrics();
    // the home page's catalog operation, which the web app sends by its hash only
    expect(sample(text, 'router_requests_total', 'endpoint="graphql",operation="HomeCatalog"')).toBeGreaterThan(0);
    expect(sample(text, 'router_requests_total', 'endpoint="graphql",operation="OpsNewest"')).toBe(1);
    expect(
      sample(text, 'router_subgraph_fetch_duration_seconds_count', 'subgraph="catalog",outcome="ok"'),
    ).toBeGreaterThan(0);
  });

  it('keeps the metrics off the public URL', async () => {
    const response = await fetch(`${system.url}/metrics`);
    expect(await response.text()).not.toContain('router_requests_total');
  });
});
