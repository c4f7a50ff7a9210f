import { randomUUID } from 'node:crypto';
import { createLogger, createRedis, envelopeField, signAccessToken } from '@learngraph/service-kit';
import {
  freePort,
  generateRouterKey,
  generateTestKeys,
  postGraphQL,
  sendGraphQL,
  testRedisUrl,
  waitFor,
} from '@learngraph/service-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHintedSubgraphs } from './support/hinted-subgraphs.js';
import { startTestRouter } from './support/start-router.js';

const picksQuery = 'query ($ids: [ID!]!) { picks(ids: $ids) { id title } }';

/** Resource ids no earlier run has cached. */
const freshIds = (count: number) => Array.from({ length: count }, () => randomUUID());

describe('the entity cache (ENTITY_CACHE=true)', () => {
  const routerKey = generateRouterKey();
  const keys = generateTestKeys();
  const stream = `test:catalog:events:${randomUUID()}`;
  const redis = createRedis(testRedisUrl(), createLogger('entity-cache-test', 'silent'), 'entity-cache-test');
  let subgraphs: Awaited<ReturnType<typeof startHintedSubgraphs>>;
  let router: Awaited<ReturnType<typeof startTestRouter>>;

  const picks = async (ids: string[], token?: string) => {
    const before = subgraphs.resolved.length;
    const response = await sendGraphQL(router.url, picksQuery, { ids }, token);
    const answer = (await response.json()) as { data?: { picks: Array<{ id: string; title: string }> } };
    return { answer, cacheControl: response.headers.get('cache-control'), resolved: subgraphs.resolved.slice(before) };
  };

  beforeAll(async () => {
    subgraphs = await startHintedSubgraphs(routerKey);
    router = await startTestRouter({
      subgraphs: subgraphs.sources,
      routerKey,
      jwtPublicKey: keys.publicKey,
      env: {
        ENTITY_CACHE: 'true',
        REDIS_URL: testRedisUrl(),
        CATALOG_EVENTS_STREAM: stream,
        SUBGRAPH_BATCHING: 'true',
      },
    });
  });
  afterAll(async () => {
    await router.close();
    await subgraphs.close();
    await redis.del(stream);
    redis.disconnect();
  });

  it('answers the same entities again without asking the subgraph that owns them', async () => {
    const ids = freshIds(3);
    const first = await picks(ids);
    const second = await picks(ids);
    expect(first.resolved).toEqual(ids);
    expect(second.resolved).toEqual([]);
    expect(second.answer.data).toEqual(first.answer.data);
    expect(second.answer.data?.picks.map((pick) => pick.title)).toEqual(ids.map((id) => `Resource ${id}`));
    // What is left of the half minute the subgraph allowed.
    expect(second.cacheControl).toMatch(/^max-age=(29|30), public$/);
  });

  it('asks only for the entities it does not hold, and answers them in the order asked', async () => {
    const [a, b, c, d] = freshIds(4) as [string, string, string, string];
    await picks([a, c]);
    const mixed = await picks([a, b, c, d]);
    expect(mixed.resolved).toEqual([b, d]);
    expect(mixed.answer.data?.picks.map((pick) => pick.id)).toEqual([a, b, c, d]);
  });

  it('forgets a resource as soon as the catalog announces a change to it', async () => {
    const [changed, kept] = freshIds(2) as [string, string];
    await picks([changed, kept]);
    subgraphs.titles.set(changed, 'A new title');
    const event = {
      id: randomUUID(),
      type: 'catalog.learning-resource.updated',
      aggregateId: changed,
      version: 2,
      occurredAt: new Date().toISOString(),
      payload: {},
    };
    await redis.xadd(stream, '*', envelopeField, JSON.stringify(event));
    const refetched: string[] = [];
    let latest = await picks([changed, kept]);
    refetched.push(...latest.resolved);
    await waitFor(
      async () => {
        if (latest.answer.data?.picks[0]?.title === 'A new title') return true;
        latest = await picks([changed, kept]);
        refetched.push(...latest.resolved);
        return false;
      },
      { timeoutMs: 5_000, intervalMs: 50, seen: () => JSON.stringify(latest.answer.data) },
    );
    expect(refetched).toEqual([changed]);
    expect(latest.answer.data?.picks.map((pick) => pick.title)).toEqual(['A new title', `Resource ${kept}`]);
  });

  it('keeps nothing a signed-in caller was answered, and counts its lookups in the metrics', async () => {
    const token = await signAccessToken(keys.privateKey, { userId: randomUUID(), roles: ['LEARNER'] }, 60);
    const ids = freshIds(2);
    expect((await picks(ids, token)).resolved).toEqual(ids);
    expect((await picks(ids, token)).resolved).toEqual(ids);
    expect((await picks(ids)).resolved).toEqual(ids);
    const cached = await picks(ids, token);
    expect(cached.resolved).toEqual([]);
    expect(cached.cacheControl).toMatch(/^max-age=(29|30), private$/);
    const text = await (await fetch(`${router.baseUrl}/metrics`)).text();
    expect(text).toMatch(/router_cache_lookups_total\{cache="entity",result="hit"\} [1-9]/);
    expect(text).toMatch(/router_cache_lookups_total\{cache="entity",result="miss"\} [1-9]/);
  });

  it('answers as if there were no cache while Redis is unreachable', async () => {
    const redisless = await startTestRouter({
      subgraphs: subgraphs.sources,
      routerKey,
      env: { ENTITY_CACHE: 'true', REDIS_URL: `redis://127.0.0.1:${await freePort()}` },
    });
    try {
      const ids = freshIds(2);
      const before = subgraphs.resolved.length;
      const answers = [
        await postGraphQL(redisless.url, picksQuery, { ids }),
        await postGraphQL(redisless.url, picksQuery, { ids }),
      ];
      expect(answers.map((answer) => answer.errors)).toEqual([undefined, undefined]);
      expect(answers[1]?.data).toEqual(answers[0]?.data);
      expect(subgraphs.resolved.slice(before)).toEqual([...ids, ...ids]);
    } finally {
      await redisless.close();
    }
  });
});
