import { createServer } from 'node:net';
import { generateRouterKey, postGraphQL } from '@learngraph/service-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { booksSdl, reviewsSdl, startFixtureSubgraphs } from './support/fixture-subgraphs.js';
import { startTestRouter } from './support/start-router.js';

/** A loopback URL on which nothing listens: the port was taken and released. */
async function deadUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}/graphql`;
}

/** A router over the fixture subgraphs with the given reviews URL and signing key. */
const startRouter = (subgraphs: { books: { url: string } }, reviewsUrl: string, routerKey: string) =>
  startTestRouter({
    subgraphs: [
      { name: 'books', url: subgraphs.books.url, sdl: booksSdl },
      { name: 'reviews', url: reviewsUrl, sdl: reviewsSdl },
    ],
    routerKey,
    env: { SUBGRAPH_TIMEOUT_MS: '2000' },
  });

describe('the router when a subgraph fails', () => {
  const routerKey = generateRouterKey();
  let subgraphs: Awaited<ReturnType<typeof startFixtureSubgraphs>>;
  beforeAll(async () => {
    subgraphs = await startFixtureSubgraphs(routerKey);
  });
  afterAll(() => subgraphs.close());

  it('answers the fields of an unreachable subgraph with SUBGRAPH_UNAVAILABLE while the rest answers', async () => {
    const router = await startRouter(subgraphs, await deadUrl(), routerKey);
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
    const router = await startRouter(subgraphs, subgraphs.reviews.url, generateRouterKey());
    try {
      const response = await postGraphQL(router.url, '{ books { title } }');
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'SUBGRAPH_ERROR', subgraph: 'books' });
      expect(JSON.stringify(response.errors)).not.toContain('ROUTER_SIGNATURE');
    } finally {
      await router.close();
    }
  });
});
