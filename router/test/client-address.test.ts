import { generateRouterKey } from '@learngraph/service-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureSources, startFixtureSubgraphs } from './support/fixture-subgraphs.js';
import { startTestRouter } from './support/start-router.js';

describe("the caller's address", () => {
  const routerKey = generateRouterKey();
  let subgraphs: Awaited<ReturnType<typeof startFixtureSubgraphs>>;
  let behindEdge: Awaited<ReturnType<typeof startTestRouter>>;
  let exposed: Awaited<ReturnType<typeof startTestRouter>>;

  /** The address the reviews subgraph saw for a request sent with `headers`. */
  const seenBy = async (router: { url: string }, headers: Record<string, string> = {}) => {
    const response = await fetch(router.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: '{ books { seenClientAddress } }' }),
    });
    const { data } = (await response.json()) as { data: { books: Array<{ seenClientAddress: string | null }> } };
    return data.books[0]?.seenClientAddress;
  };

  beforeAll(async () => {
    subgraphs = await startFixtureSubgraphs(routerKey);
    const sources = fixtureSources(subgraphs);
    behindEdge = await startTestRouter({ subgraphs: sources, routerKey });
    exposed = await startTestRouter({ subgraphs: sources, routerKey, env: { TRUST_FORWARDED_FOR: 'false' } });
  });
  afterAll(async () => {
    await Promise.all([behindEdge.close(), exposed.close()]);
    await subgraphs.close();
  });

  it('reaches the subgraphs as the socket address of a caller that came straight to the router', async () => {
    expect(await seenBy(behindEdge)).toBe('127.0.0.1');
  });

  it('is the first X-Forwarded-For entry when the router trusts the edge that set it', async () => {
    expect(await seenBy(behindEdge, { 'x-forwarded-for': '203.0.113.7, 10.0.0.2' })).toBe('203.0.113.7');
    expect(await seenBy(behindEdge, { 'x-forwarded-for': '2001:db8::7' })).toBe('2001:db8::7');
  });

  it('falls back to the socket for an X-Forwarded-For that is not an address', async () => {
    expect(await seenBy(behindEdge, { 'x-forwarded-for': 'evil, 203.0.113.7' })).toBe('127.0.0.1');
  });

  it('ignores X-Forwarded-For when the router is set not to trust it', async () => {
    expect(await seenBy(exposed, { 'x-forwarded-for': '203.0.113.7' })).toBe('127.0.0.1');
  });

  it("never passes on a caller's own client-address header", async () => {
    expect(await seenBy(exposed, { 'x-learngraph-client-address': '198.51.100.9' })).toBe('127.0.0.1');
  });
});
