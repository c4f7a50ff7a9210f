import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { createGraphQLHandler, createLogger, createServiceServer, signAccessToken } from '@learngraph/service-kit';
import {
  freePort,
  generateRouterKey,
  generateTestKeys,
  listenOnFreePort,
  postGraphQL,
  testRedisUrl,
} from '@learngraph/service-kit/testing';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHintedSubgraphs } from './support/hinted-subgraphs.js';
import { startTestRouter } from './support/start-router.js';

/** `news` may be kept a minute by anyone, `fresh` not at all, `mine` a minute but only by its reader. */
const newsSdl = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])
  enum CacheControlScope { PUBLIC PRIVATE }
  directive @cacheControl(maxAge: Int, scope: CacheControlScope, inheritMaxAge: Boolean) on FIELD_DEFINITION | OBJECT
  type Query {
    news: [String!]! @cacheControl(maxAge: 60)
    fresh: String!
    mine: String @cacheControl(maxAge: 60, scope: PRIVATE)
  }
`;

async function startNewsSubgraph(routerKey: string) {
  let requests = 0;
  const apollo = new ApolloServer({
    schema: buildSubgraphSchema([
      {
        typeDefs: parse(newsSdl),
        resolvers: { Query: { news: () => ['Rivers rise'], fresh: () => 'now', mine: () => 'my notes' } },
      },
    ]),
  });
  await apollo.start();
  const handle = createGraphQLHandler({
    apollo,
    context: async () => ({}),
    maxBodyBytes: 100_000,
    routerKeys: [routerKey],
  });
  const server = createServiceServer({
    graphql: (req, res) => {
      requests += 1;
      return handle(req, res);
    },
    readiness: {},
    logger: createLogger('news', 'silent'),
  });
  const url = `${await listenOnFreePort(server)}/graphql`;
  return {
    source: { name: 'news', url, sdl: newsSdl },
    requests: () => requests,
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      await apollo.stop();
    },
  };
}

/** A query of its own per call (an alias nobody else sends), so that no earlier run's cached answer is met. */
const unique = (selection: string) => `{ run_${randomUUID().replaceAll('-', '')}: ${selection} }`;

async function post(url: string, query: string, token?: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return {
    cacheControl: response.headers.get('cache-control'),
    body: (await response.json()) as { data: Record<string, unknown> },
  };
}

describe('the response cache (RESPONSE_CACHE=true)', () => {
  const routerKey = generateRouterKey();
  const keys = generateTestKeys();
  let news: Awaited<ReturnType<typeof startNewsSubgraph>>;
  let router: Awaited<ReturnType<typeof startTestRouter>>;
  beforeAll(async () => {
    news = await startNewsSubgraph(routerKey);
    router = await startTestRouter({
      subgraphs: [news.source],
      routerKey,
      jwtPublicKey: keys.publicKey,
      env: { RESPONSE_CACHE: 'true', REDIS_URL: testRedisUrl() },
    });
  });
  afterAll(async () => {
    await router.close();
    await news.close();
  });

  it('answers a public query again from Redis, with Cache-Control for the edge', async () => {
    const query = unique('news');
    const before = news.requests();
    const first = await post(router.url, query);
    const second = await post(router.url, query);
    expect(second.body).toEqual(first.body);
    expect(Object.values(first.body.data)).toEqual([['Rivers rise']]);
    expect(news.requests() - before).toBe(1);
    expect(second.cacheControl).toBe('max-age=60, public');
  });

  it('never keeps what may not be kept: data without a hint, private data, or anything asked with a token', async () => {
    const token = await signAccessToken(keys.privateKey, { userId: randomUUID(), roles: ['LEARNER'] }, 60);
    const cases: [string, string | undefined][] = [
      [unique('fresh'), undefined],
      [unique('mine'), token],
      [unique('news'), token],
    ];
    for (const [query, bearer] of cases) {
      const before = news.requests();
      await post(router.url, query, bearer);
      await post(router.url, query, bearer);
      expect(news.requests() - before).toBe(2);
    }
  });

  it('keeps an answer from several subgraphs for the shortest time any allows, and nothing private in it', async () => {
    const hinted = await startHintedSubgraphs(routerKey);
    const combined = await startTestRouter({
      subgraphs: hinted.sources,
      routerKey,
      env: { RESPONSE_CACHE: 'true', REDIS_URL: testRedisUrl(), SUBGRAPH_BATCHING: 'true' },
    });
    try {
      const query = unique(`picks(ids: ["${randomUUID()}"]) { id title }`);
      const answers = [await post(combined.url, query), await post(combined.url, query)];
      expect(answers[1]?.body).toEqual(answers[0]?.body);
      expect(answers.map((answer) => answer.cacheControl)).toEqual(['max-age=30, public', 'max-age=30, public']);
      expect(hinted.picksRequests()).toBe(1);
      const mine = unique('mine { id title }');
      await post(combined.url, mine);
      await post(combined.url, mine);
      expect(hinted.picksRequests()).toBe(3);
      const text = await (await fetch(`${combined.baseUrl}/metrics`)).text();
      expect(text).toContain('router_cache_lookups_total{cache="response",result="hit"} 1');
      expect(text).toContain('router_cache_lookups_total{cache="response",result="miss"} 3');
    } finally {
      await combined.close();
      await hinted.close();
    }
  });

  it('answers as if there were no cache while Redis is unreachable', async () => {
    const redisless = await startTestRouter({
      subgraphs: [news.source],
      routerKey,
      env: { RESPONSE_CACHE: 'true', REDIS_URL: `redis://127.0.0.1:${await freePort()}` },
    });
    try {
      const query = unique('news');
      const before = news.requests();
      const answers = [await postGraphQL(redisless.url, query), await postGraphQL(redisless.url, query)];
      expect(answers.map((answer) => Object.values(answer.data ?? {}))).toEqual([[['Rivers rise']], [['Rivers rise']]]);
      expect(news.requests() - before).toBe(2);
    } finally {
      await redisless.close();
    }
  });
});
