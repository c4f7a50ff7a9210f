import { generateRouterKey } from '@learngraph/service-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraphPost } from '../src/subgraph-transport/subgraph-post.js';
import { startHeldSubgraph } from './support/held-subgraph.js';

const headers = { 'content-type': 'application/json' };
const body = (query: string) => JSON.stringify({ query });
const queries = ['{ echo(text: "a") }', 'query B { echo(text: "b") }', '{ refuse(text: "c") }'].map(body);

describe('subgraph fetches sent together with batching on', () => {
  const routerKey = generateRouterKey();
  let subgraph: Awaited<ReturnType<typeof startHeldSubgraph>>;
  let batched: ReturnType<typeof subgraphPost>;
  let single: ReturnType<typeof subgraphPost>;
  beforeAll(async () => {
    subgraph = await startHeldSubgraph();
    batched = subgraphPost({ url: subgraph.url, routerKey, timeoutMs: 5_000, batching: true });
    single = subgraphPost({ url: subgraph.url, routerKey, timeoutMs: 5_000 });
  });
  afterAll(async () => {
    await Promise.all([batched.close(), single.close()]);
    await subgraph.close();
  });

  it('go in one request, and each operation gets the answer it gets alone', async () => {
    const before = subgraph.requests();
    const together = await Promise.all(queries.map((query) => batched.post(query, headers)));
    expect(subgraph.requests() - before).toBe(1);
    const alone = await Promise.all(queries.map((query) => single.post(query, headers)));
    expect(subgraph.requests() - before).toBe(1 + queries.length);
    expect(together.map((answer) => answer.json())).toEqual(alone.map((answer) => answer.json()));
  });

  it('keep each operation’s errors with it', async () => {
    const [echo, refuse] = await Promise.all([
      batched.post(body('{ echo(text: "d") }'), headers),
      batched.post(body('{ refuse(text: "e") }'), headers),
    ]);
    expect(echo?.json()).toEqual({ data: { echo: 'd' } });
    expect(refuse?.json()).toMatchObject({
      data: { refuse: null },
      errors: [{ message: 'refused e', extensions: { code: 'REFUSED' } }],
    });
  });

  it('keep an operation the subgraph refuses (HTTP 400 for the whole batch) apart from its neighbour', async () => {
    const before = subgraph.requests();
    const [echo, invalid] = await Promise.all([
      batched.post(body('{ echo(text: "j") }'), headers),
      batched.post(body('{ nothingHere }'), headers),
    ]);
    expect(subgraph.requests() - before).toBe(1);
    expect(echo?.json()).toEqual({ data: { echo: 'j' } });
    expect(invalid?.json()).toMatchObject({ errors: [{ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] });
  });

  it('go apart when their callers differ, and mutations always go alone', async () => {
    const before = subgraph.requests();
    await Promise.all([
      batched.post(body('{ echo(text: "f") }'), { ...headers, authorization: 'Bearer one' }),
      batched.post(body('{ echo(text: "g") }'), { ...headers, authorization: 'Bearer two' }),
      batched.post(body('mutation { record(text: "h") }'), headers),
      batched.post(body('mutation { record(text: "i") }'), headers),
    ]);
    expect(subgraph.requests() - before).toBe(4);
  });
});
