import { generateRouterKey, postGraphQL } from '@learngraph/service-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureSubgraphs } from './support/fixture-subgraphs.js';
import { deadUrl, startRouter } from './support/start-router.js';

describe('the router when a subgraph fails', () => {
  const routerKey = generateRouterKey();
  let subgraphs: Awaited<ReturnType<typeof startFixtureSubgraphs>>;
  beforeAll(async () => {
    subgraphs = await startFixtureSubgraphs(routerKey);
  });
  afterAll(() => subgraphs.close());

  it('answers the fields of an unreachable subgraph with SUBGRAPH_UNAVAILABLE while the rest answers', async () => {
    const router = await startRouter({ books: subgraphs.books.url, reviews: await deadUrl() }, routerKey);
    try {
      const response = await postGraphQL(router.url, '{ books { title reviews } }');
      expect(response.status).toBe(200);
      expect(response.errors).toEqual([
        expect.objectContaining({
          message: 'The reviews service is unavailable.',
          extensions: expect.objectContaining({ code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'reviews' }),
        }),
      ]);
      expect(JSON.stringify(response.errors)).not.toContain('127.0.0.1');
      expect((await postGraphQL(router.url, '{ books { title } }')).data).toEqual({
        books: [{ title: 'Structure and Interpretation of Computer Programs' }],
      });
    } finally {
      await router.close();
    }
  });

  it('signs every subgraph request: a router with another key is refused by the subgraphs', async () => {
    const router = await startRouter(
      { books: subgraphs.books.url, reviews: subgraphs.reviews.url },
      generateRouterKey(),
    );
    try {
      const response = await postGraphQL(router.url, '{ books { title } }');
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'SUBGRAPH_ERROR', subgraph: 'books' });
      expect(JSON.stringify(response.errors)).not.toContain('ROUTER_SIGNATURE');
    } finally {
      await router.close();
    }
  });
});
