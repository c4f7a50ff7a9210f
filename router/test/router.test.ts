import { writeFile } from 'node:fs/promises';
import { createTokenSigner } from '@learngraph/service-kit';
import { generateRouterKey, generateTestKeys, postGraphQL, waitFor } from '@learngraph/service-kit/testing';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compose } from '../src/compose/compose.js';
import { booksSdl, reviewsSdl, startFixtureSubgraphs } from './support/fixture-subgraphs.js';
import { startTestRouter } from './support/start-router.js';

describe('the router', () => {
  const keys = generateTestKeys();
  const routerKey = generateRouterKey();
  const logLines: string[] = [];
  let subgraphs: Awaited<ReturnType<typeof startFixtureSubgraphs>>;
  let router: Awaited<ReturnType<typeof startTestRouter>>;

  const books = () => ({ name: 'books', url: subgraphs.books.url, sdl: booksSdl });
  // The supergraph names an unreachable URL for reviews; the router's override must win.
  const reviews = () => ({ name: 'reviews', url: 'http://127.0.0.1:1/unreachable', sdl: reviewsSdl });

  beforeAll(async () => {
    subgraphs = await startFixtureSubgraphs(routerKey);
    router = await startTestRouter({
      subgraphs: [books(), reviews()],
      routerKey,
      jwtPublicKey: keys.publicKey,
      env: { SUBGRAPH_REVIEWS_URL: subgraphs.reviews.url },
      logger: pino({ level: 'info' }, { write: (line: string) => logLines.push(line) }),
      start: false,
    });
  });
  afterAll(async () => {
    await router.close();
    await subgraphs.close();
  });

  it('reports not ready until the supergraph is loaded, then ready', async () => {
    expect((await fetch(`${router.baseUrl}/health`)).status).toBe(503);
    const early = await postGraphQL(router.url, '{ books { title } }');
    expect(early).toMatchObject({ status: 503, errors: [{ extensions: { code: 'NOT_READY' } }] });
    await router.start();
    const ready = await fetch(`${router.baseUrl}/health`);
    expect(ready.status).toBe(200);
    // reviews is reported at the URL the router uses, not at the unreachable one of the supergraph
    expect(await ready.json()).toEqual({ status: 'ready', subgraphs: { books: 'ready', reviews: 'ready' } });
  });

  it('plans a query across subgraphs and forwards the token and request id', async () => {
    const token = await (await createTokenSigner(keys.privateKey, 60)).sign({ userId: 'u1', roles: ['LEARNER'] });
    const response = await fetch(router.url, {
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
    const response = await postGraphQL(router.url, '{ books { title } }', {}, 'forged.token.value');
    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('serves a new supergraph when the file changes, and keeps the old one when the new one is broken', async () => {
    await writeFile(router.supergraphPath, 'this is not a supergraph');
    await waitFor(async () => logLines.some((line) => line.includes('the changed supergraph does not load')));
    expect((await postGraphQL(router.url, '{ books { reviews } }')).data).toEqual({
      books: [{ reviews: ['A classic.'] }],
    });
    await writeFile(router.supergraphPath, compose([books()]).supergraphSdl);
    await waitFor(
      async () =>
        (await postGraphQL(router.url, '{ books { reviews } }')).errors?.[0]?.extensions?.code ===
        'GRAPHQL_VALIDATION_FAILED',
    );
  });
});
