import { generateRouterKey, waitFor } from '@learngraph/service-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraphPost } from '../src/subgraph-transport/subgraph-post.js';
import { startHeldSubgraph } from './support/held-subgraph.js';

const headers = { 'content-type': 'application/json' };
const body = (query: string) => JSON.stringify({ query });

describe('identical subgraph requests in flight', () => {
  let subgraph: Awaited<ReturnType<typeof startHeldSubgraph>>;
  let transport: ReturnType<typeof subgraphPost>;
  beforeAll(async () => {
    subgraph = await startHeldSubgraph();
    transport = subgraphPost({ url: subgraph.url, routerKey: generateRouterKey(), timeoutMs: 5_000 });
  });
  afterAll(async () => {
    await transport.close();
    await subgraph.close();
  });

  it('are sent once: five identical queries make one request, and each gets an answer of its own', async () => {
    const before = subgraph.requests();
    subgraph.hold();
    const answers = Array.from({ length: 5 }, () => transport.post(body('query Echo { echo(text: "a") }'), headers));
    await waitFor(() => subgraph.requests() > before);
    subgraph.release();
    const values = await Promise.all((await Promise.all(answers)).map((answer) => answer.json()));
    expect(subgraph.requests() - before).toBe(1);
    expect(values).toEqual(Array.from({ length: 5 }, () => ({ data: { echo: 'a' } })));
    expect(new Set(values).size).toBe(5);
  });

  it('are sent apart when their headers differ (another caller’s token)', async () => {
    const before = subgraph.requests();
    subgraph.hold();
    const query = body('{ echo(text: "b") }');
    const answers = [
      transport.post(query, { ...headers, authorization: 'Bearer one' }),
      transport.post(query, { ...headers, authorization: 'Bearer two' }),
    ];
    await waitFor(() => subgraph.requests() - before === 2);
    subgraph.release();
    await Promise.all(answers);
  });

  it('never merge mutations: three identical mutations make three requests', async () => {
    const before = subgraph.requests();
    subgraph.hold();
    const answers = Array.from({ length: 3 }, () => transport.post(body('mutation { record(text: "c") }'), headers));
    await waitFor(() => subgraph.requests() - before === 3);
    subgraph.release();
    expect((await Promise.all(answers)).map((answer) => answer.json())).toEqual(
      Array.from({ length: 3 }, () => ({ data: { record: 'c' } })),
    );
  });
});
