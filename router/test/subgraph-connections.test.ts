import { generateRouterKey, postGraphQL } from '@learngraph/service-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureSources, startFixtureSubgraphs } from './support/fixture-subgraphs.js';
import { startTestRouter } from './support/start-router.js';

describe('the router’s connections to the subgraphs', () => {
  const routerKey = generateRouterKey();
  let subgraphs: Awaited<ReturnType<typeof startFixtureSubgraphs>>;
  let router: Awaited<ReturnType<typeof startTestRouter>>;
  let releaseReviews = () => {};
  let holdReviews = false;
  beforeAll(async () => {
    subgraphs = await startFixtureSubgraphs(routerKey, () =>
      holdReviews ? new Promise<void>((resolve) => (releaseReviews = resolve)) : Promise.resolve(),
    );
    router = await startTestRouter({
      subgraphs: fixtureSources(subgraphs),
      routerKey,
      env: { SUBGRAPH_TIMEOUT_MS: '300' },
    });
  });
  afterAll(async () => {
    releaseReviews();
    await router.close();
    await subgraphs.close();
  });

  it('keeps connections alive: twenty queries one after another open one connection to the subgraph', async () => {
    let connections = 0;
    const count = () => {
      connections += 1;
    };
    subgraphs.books.server.on('connection', count);
    try {
      for (let query = 0; query < 20; query += 1) {
        expect((await postGraphQL(router.url, `query Q${query} { books { title } }`)).errors).toBeUndefined();
      }
      expect(connections).toBeLessThanOrEqual(1);
    } finally {
      subgraphs.books.server.off('connection', count);
    }
  });

  it('answers the fields of a subgraph slower than SUBGRAPH_TIMEOUT_MS with SUBGRAPH_TIMEOUT', async () => {
    holdReviews = true;
    try {
      const response = await postGraphQL(router.url, '{ books { title reviews } }');
      expect(response.status).toBe(200);
      expect(response.errors).toEqual([
        expect.objectContaining({
          message: 'The reviews service did not answer within 300 ms.',
          extensions: expect.objectContaining({ code: 'SUBGRAPH_TIMEOUT', subgraph: 'reviews' }),
        }),
      ]);
    } finally {
      holdReviews = false;
      releaseReviews();
    }
  });
});
