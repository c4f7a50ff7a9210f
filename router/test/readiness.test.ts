import { createServer, type Server } from 'node:http';
import { createLogger, createServiceServer, sendJson } from '@learngraph/service-kit';
import { generateRouterKey, listenOnFreePort, postGraphQL } from '@learngraph/service-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureSubgraphs } from './support/fixture-subgraphs.js';
import { deadUrl, startRouter } from './support/start-router.js';

const readiness = async (origin: string, path = '/health/ready') => {
  const response = await fetch(`${origin}${path}`);
  return { status: response.status, body: await response.json() };
};

/** A subgraph that is up but reports itself not ready, as one whose database is down does. */
async function notReadySubgraph(): Promise<{ url: string; server: Server }> {
  const server = createServiceServer({
    graphql: async (_req, res) => sendJson(res, 503, {}),
    readiness: {
      database: async () => {
        throw new Error('the database is down');
      },
    },
    logger: createLogger('not-ready-subgraph', 'silent'),
  });
  return { url: `${await listenOnFreePort(server)}/graphql`, server };
}

/** A subgraph that accepts connections and never answers. */
async function hangingSubgraph(): Promise<{ url: string; server: Server }> {
  const server = createServer(() => {});
  return { url: `${await listenOnFreePort(server)}/graphql`, server };
}

describe("the router's readiness", () => {
  const routerKey = generateRouterKey();
  let subgraphs: Awaited<ReturnType<typeof startFixtureSubgraphs>>;
  const servers: Server[] = [];
  beforeAll(async () => {
    subgraphs = await startFixtureSubgraphs(routerKey);
  });
  afterAll(async () => {
    for (const server of servers) server.closeAllConnections();
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
    await subgraphs.close();
  });

  it('is 503 until the router has a supergraph, then 200 ready with every subgraph ready', async () => {
    const router = await startRouter({ books: subgraphs.books.url, reviews: subgraphs.reviews.url }, routerKey, {
      start: false,
    });
    try {
      expect(await readiness(router.baseUrl)).toEqual({
        status: 503,
        body: { status: 'unavailable', reason: 'no supergraph is loaded yet' },
      });
      await router.start();
      const ready = { status: 200, body: { status: 'ready', subgraphs: { books: 'ready', reviews: 'ready' } } };
      expect(await readiness(router.baseUrl)).toEqual(ready);
      expect(await readiness(router.baseUrl, '/health')).toEqual(ready);
    } finally {
      await router.close();
    }
  });

  it('stays 200 but degraded while a subgraph is unreachable, naming it, and serves the other fields', async () => {
    const router = await startRouter({ books: subgraphs.books.url, reviews: await deadUrl() }, routerKey);
    try {
      expect(await readiness(router.baseUrl)).toEqual({
        status: 200,
        body: { status: 'degraded', subgraphs: { books: 'ready', reviews: 'unavailable' } },
      });
      expect((await postGraphQL(router.url, '{ books { title } }')).data).toEqual({
        books: [{ title: 'Structure and Interpretation of Computer Programs' }],
      });
    } finally {
      await router.close();
    }
  });

  it('counts a subgraph that reports itself not ready, or does not answer in time, as unavailable', async () => {
    const notReady = await notReadySubgraph();
    const hanging = await hangingSubgraph();
    servers.push(notReady.server, hanging.server);
    const router = await startRouter({ books: hanging.url, reviews: notReady.url }, routerKey);
    try {
      expect(await readiness(router.baseUrl)).toEqual({
        status: 200,
        body: { status: 'degraded', subgraphs: { books: 'unavailable', reviews: 'unavailable' } },
      });
    } finally {
      await router.close();
    }
  });
});
