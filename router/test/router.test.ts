import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger, createTokenSigner } from '@learngraph/service-kit';
import { generateRouterKey, generateTestKeys, listenOnFreePort, postGraphQL } from '@learngraph/service-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compose } from '../src/compose/compose.js';
import { createRouter } from '../src/server.js';
import { booksSdl, reviewsSdl, startFixtureSubgraphs } from './support/fixture-subgraphs.js';

const waitFor = async (condition: () => Promise<boolean>, timeoutMs = 10_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

describe('the router', () => {
  const keys = generateTestKeys();
  const routerKey = generateRouterKey();
  let subgraphs: Awaited<ReturnType<typeof startFixtureSubgraphs>>;
  let router: Awaited<ReturnType<typeof createRouter>>;
  let supergraphPath: string;
  let url: string;

  const books = () => ({ name: 'books', url: subgraphs.books.url, sdl: booksSdl });
  // The supergraph names an unreachable URL for reviews; the router's override must win.
  const reviews = () => ({ name: 'reviews', url: 'http://127.0.0.1:1/unreachable', sdl: reviewsSdl });

  beforeAll(async () => {
    subgraphs = await startFixtureSubgraphs(routerKey);
    supergraphPath = join(await mkdtemp(join(tmpdir(), 'supergraph-')), 'supergraph.graphql');
    await writeFile(supergraphPath, compose([books(), reviews()]).supergraphSdl);
    router = await createRouter({
      supergraphPath,
      subgraphUrls: { reviews: subgraphs.reviews.url },
      jwtPublicKey: keys.publicKey,
      routerKey,
      subgraphTimeoutMs: 5_000,
      maxBodyBytes: 100_000,
      maxQueryDepth: 4,
      logger: createLogger('router-test', process.env.TEST_LOG ?? 'silent'),
    });
    url = await listenOnFreePort(router.server);
  });
  afterAll(async () => {
    await new Promise((resolve) => router.server.close(resolve));
    await router.stop();
    await subgraphs.close();
  });

  it('reports not ready until the supergraph is loaded, then ready', async () => {
    expect((await fetch(`${url}/health`)).status).toBe(503);
    const early = await postGraphQL(`${url}/graphql`, '{ books { title } }');
    expect(early).toMatchObject({ status: 503, errors: [{ extensions: { code: 'NOT_READY' } }] });
    await router.start();
    const ready = await fetch(`${url}/health`);
    expect(ready.status).toBe(200);
    // reviews is reported at the URL the router uses, not at the unreachable one of the supergraph
    expect(await ready.json()).toEqual({ status: 'ready', subgraphs: { books: 'ready', reviews: 'ready' } });
  });

  it('plans a query across subgraphs and forwards the token and request id', async () => {
    const token = await (await createTokenSigner(keys.privateKey, 60)).sign({ userId: 'u1', roles: ['LEARNER'] });
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-request-id': 'req-42' },
      body: JSON.stringify({ query: '{ books { title reviews seenAuthorization seenRequestId } }' }),
    });
    expect(await response.json()).toEqual({
      data: {
        books: [
          {
            title: 'Structure and Interpretation of Computer Programs',
            reviews: ['A classic.'],
            seenAuthorization: `Bearer ${token}`,
            seenRequestId: 'req-42',
          },
        ],
      },
    });
  });

  it('refuses an invalid token with 401 before asking any subgraph', async () => {
    const response = await postGraphQL(`${url}/graphql`, '{ books { title } }', {}, 'forged.token.value');
    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses operations nested deeper than its limit, counting through fragments', async () => {
    const shallow = await postGraphQL(`${url}/graphql`, '{ books { ...B } } fragment B on Book { title }');
    expect(shallow.errors).toBeUndefined();
    const deep = await postGraphQL(
      `${url}/graphql`,
      '{ __schema { ...T } } fragment T on __Schema { types { fields { type { ofType { name } } } } }',
    );
    expect(deep.status).toBe(400);
    expect(deep.errors?.[0]).toMatchObject({
      message: 'The operation is 6 levels deep; the limit is 4.',
      extensions: { code: 'QUERY_TOO_DEEP', depth: 6, maxDepth: 4 },
    });
  });

  it('serves a new supergraph when the file changes, and keeps the old one when the new one is broken', async () => {
    await writeFile(supergraphPath, 'this is not a supergraph');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect((await postGraphQL(`${url}/graphql`, '{ books { reviews } }')).data).toEqual({
      books: [{ reviews: ['A classic.'] }],
    });
    await writeFile(supergraphPath, compose([books()]).supergraphSdl);
    await waitFor(
      async () =>
        (await postGraphQL(`${url}/graphql`, '{ books { reviews } }')).errors?.[0]?.extensions?.code ===
        'GRAPHQL_VALIDATION_FAILED',
    );
  });
});
