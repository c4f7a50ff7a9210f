import { createTokenSigner } from '@learngraph/service-kit';
import {
  type GraphQLResponse,
  generateRouterKey,
  generateTestKeys,
  testRedisUrl,
  waitFor,
} from '@learngraph/service-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureSources, startFixtureSubgraphs } from './support/fixture-subgraphs.js';
import { startKeyResolution } from './support/key-resolution-service.js';
import { startTestRouter } from './support/start-router.js';

const catalogKey = `lgk_aaaaaaaaaaaa_${'a'.repeat(43)}`;
const app = { appId: 'app-1', name: 'Portal', scopes: ['catalog:read'], rateTier: 'STANDARD', allowedOrigins: [] };

interface Answer extends GraphQLResponse {
  headers: Headers;
}

describe('the partner endpoint /partner/graphql', () => {
  const routerKey = generateRouterKey();
  const keys = generateTestKeys();
  let subgraphs: Awaited<ReturnType<typeof startFixtureSubgraphs>>;
  let resolution: Awaited<ReturnType<typeof startKeyResolution>>;
  let router: Awaited<ReturnType<typeof startTestRouter>>;
  const send = async (path: string, query: string, headers: Record<string, string>): Promise<Answer> => {
    const response = await fetch(`${router.baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as Omit<GraphQLResponse, 'status'>;
    return { status: response.status, headers: response.headers, ...body };
  };
  const asPartner = (query: string, key = catalogKey) => send('/partner/graphql', query, { 'x-api-key': key });

  beforeAll(async () => {
    subgraphs = await startFixtureSubgraphs(routerKey);
    resolution = await startKeyResolution(routerKey);
    resolution.issue(catalogKey, app);
    router = await startTestRouter({
      subgraphs: fixtureSources(subgraphs),
      routerKey,
      jwtPublicKey: keys.publicKey,
      subgraphScopes: { books: 'catalog:read', reviews: 'search:read' },
      env: {
        API_KEY_RESOLVE_URL: resolution.url,
        REDIS_URL: testRedisUrl(),
        API_KEY_CACHE_SECONDS: '1',
        PARTNER_RATE_LIMITS: 'BASIC=3,STANDARD=600,PREMIUM=6000',
        INTROSPECTION: 'true',
        FIELD_SUGGESTIONS: 'true',
      },
    });
  });
  afterAll(async () => {
    await router.close();
    await resolution.close();
    await subgraphs.close();
  });

  it('answers the public fields of subgraphs its scopes cover, with the RateLimit headers of its tier', async () => {
    const { status, data, errors, headers } = await asPartner('{ books { id title } }');
    expect(status).toBe(200);
    expect(errors).toBeUndefined();
    expect(data?.books).toEqual(expect.arrayContaining([expect.objectContaining({ id: expect.any(String) })]));
    expect(headers.get('ratelimit-limit')).toBe('600');
    expect(Number(headers.get('ratelimit-remaining'))).toBeLessThan(600);
    expect(Number(headers.get('ratelimit-reset'))).toBeGreaterThan(0);
  });

  it('refuses a field that is not public with GRAPHQL_VALIDATION_FAILED, as if it did not exist', async () => {
    for (const query of [
      '{ books { id summary } }',
      '{ bookPage { totalCount } }',
      'mutation { addBook(title: "x") { id } }',
    ]) {
      const { status, errors } = await asPartner(query);
      expect({ query, status }).toEqual({ query, status: 400 });
      expect(errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    }
    expect(subgraphs.books.added).toEqual([]);
  });

  it('suggests no names to partners, even where suggestions are on: they could name fields outside the contract', async () => {
    const { errors } = await asPartner('{ books { id summry } }');
    expect(errors?.[0]?.message).toBe('Cannot query field "summry" on type "Book".');
  });

  it('describes the public contract alone in introspection', async () => {
    const { data } = await asPartner(
      '{ __schema { queryType { fields { name } } mutationType { name } } __type(name: "Book") { fields { name } } }',
    );
    expect(data).toEqual({
      __schema: { queryType: { fields: [{ name: 'books' }] }, mutationType: null },
      __type: { fields: [{ name: 'id' }, { name: 'title' }, { name: 'reviews' }] },
    });
    const mixed = await asPartner('{ __type(name: "Book") { name } books { id } }');
    expect(mixed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers an operation sent again exactly as the first time, whatever the contract made of it', async () => {
    const queries = [
      'query Ids { books { id title } }',
      '{ books { id summary } }',
      '{ books { id summry } }',
      'mutation { addBook(title: "x") { id } }',
      '{ __type(name: "Book") { name } books { id } }',
      '{ __type(name: "Book") { fields { name } } }',
    ];
    const answer = async (query: string) => {
      const { status, data, errors } = await asPartner(query);
      return { query, status, data, errors };
    };
    const first = await Promise.all(queries.map(answer));
    const again = await Promise.all(queries.map(answer));
    expect(again).toEqual(first);
    expect(first.map(({ status }) => status)).toEqual([200, 400, 400, 400, 400, 200]);
  });

  it('answers FORBIDDEN, naming the scope, for the public fields of a subgraph its key may not read', async () => {
    const { data, errors } = await asPartner('{ books { id title reviews } }');
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', scope: 'search:read' });
    expect(data).toBeNull();
  });

  it('answers 401 UNAUTHENTICATED without a key or with an unknown or malformed one, and 400 with a token', async () => {
    const without = await send('/partner/graphql', '{ books { id } }', {});
    expect(without.status).toBe(401);
    expect(without.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    for (const key of [`lgk_bbbbbbbbbbbb_${'b'.repeat(43)}`, 'x'.repeat(500)]) {
      const { status, errors } = await asPartner('{ books { id } }', key);
      expect(status).toBe(401);
      expect(errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    const token = await (await createTokenSigner(keys.privateKey, 60)).sign({ userId: 'u', roles: ['LEARNER'] });
    const both = await send('/partner/graphql', '{ books { id } }', {
      'x-api-key': catalogKey,
      authorization: `Bearer ${token}`,
    });
    expect(both.status).toBe(400);
  });

  it("lets a browser use a key only from its app's registered origins, and read the rate limit headers there", async () => {
    const key = `lgk_eeeeeeeeeeee_${'e'.repeat(43)}`;
    resolution.issue(key, { ...app, appId: 'app-web', allowedOrigins: ['https://portal.example.edu'] });
    const registered = await send('/partner/graphql', '{ books { id } }', {
      'x-api-key': key,
      origin: 'https://portal.example.edu',
    });
    expect(registered.status).toBe(200);
    expect(registered.headers.get('access-control-allow-origin')).toBe('https://portal.example.edu');
    expect(registered.headers.get('access-control-expose-headers')).toMatch(/RateLimit-Remaining/);
    const elsewhere = await send('/partner/graphql', '{ books { id } }', {
      'x-api-key': key,
      origin: 'https://evil.example',
    });
    expect(elsewhere.status).toBe(403);
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe('ORIGIN_NOT_ALLOWED');
    expect(elsewhere.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('lets a page on any https origin read why it was refused before any app was known, and no other', async () => {
    const unknownKey = `lgk_ffffffffffff_${'f'.repeat(43)}`;
    const refused = await send('/partner/graphql', '{ books { id } }', {
      'x-api-key': unknownKey,
      origin: 'https://any.example.org',
    });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('access-control-allow-origin')).toBe('https://any.example.org');
    expect(refused.headers.get('vary')).toBe('Origin');
    const keyless = await send('/partner/graphql', '{ books { id } }', { origin: 'https://any.example.org' });
    expect(keyless.status).toBe(401);
    expect(keyless.headers.get('access-control-allow-origin')).toBe('https://any.example.org');
    for (const origin of ['http://plain.example.org', 'null', 'https://a.example/path']) {
      const answer = await send('/partner/graphql', '{ books { id } }', { 'x-api-key': unknownKey, origin });
      expect({ origin, status: answer.status }).toEqual({ origin, status: 401 });
      expect(answer.headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  it("lets a page on a registered origin read a 429's Retry-After and RateLimit headers", async () => {
    const key = `lgk_gggggggggggg_${'g'.repeat(43)}`;
    const origin = 'https://portal.example.edu';
    resolution.issue(key, { ...app, appId: `basic-web-${Date.now()}`, rateTier: 'BASIC', allowedOrigins: [origin] });
    const answers: Answer[] = [];
    while (!answers.some((answer) => answer.status === 429) && answers.length < 8)
      answers.push(await send('/partner/graphql', '{ books { id } }', { 'x-api-key': key, origin }));
    const refused = answers.at(-1);
    expect(refused?.status).toBe(429);
    expect(refused?.headers.get('access-control-allow-origin')).toBe(origin);
    expect(refused?.headers.get('access-control-expose-headers')).toMatch(/Retry-After/);
    expect(refused?.headers.get('ratelimit-remaining')).toBe('0');
  });

  it('leaves API keys to the partner endpoint: /graphql refuses them with API_KEY_NOT_ACCEPTED', async () => {
    const { status, errors } = await send('/graphql', '{ books { id } }', { 'x-api-key': catalogKey });
    expect(status).toBe(400);
    expect(errors?.[0]?.extensions?.code).toBe('API_KEY_NOT_ACCEPTED');
  });

  it('caches a resolved key briefly, and refuses it once revoked within the cache time', async () => {
    const key = `lgk_cccccccccccc_${'c'.repeat(43)}`;
    resolution.issue(key, app);
    await asPartner('{ books { id } }', key);
    const asked = resolution.requests();
    expect((await asPartner('{ books { id } }', key)).status).toBe(200);
    expect(resolution.requests()).toBe(asked);
    resolution.revoke(key);
    await waitFor(async () => (await asPartner('{ books { id } }', key)).status === 401, { timeoutMs: 5_000 });
  });

  it("answers 429 RATE_LIMITED with Retry-After once an app has used its tier's requests of the minute", async () => {
    const key = `lgk_dddddddddddd_${'d'.repeat(43)}`;
    resolution.issue(key, { ...app, appId: `basic-${Date.now()}`, rateTier: 'BASIC' });
    const answers: Answer[] = [];
    // A minute may turn once while this runs, and start the count again: 8 requests still cross a limit of 3.
    while (!answers.some((answer) => answer.status === 429) && answers.length < 8) {
      answers.push(await asPartner('{ books { id } }', key));
    }
    expect(answers.slice(0, 3).map((answer) => answer.status)).toEqual([200, 200, 200]);
    expect(answers.slice(0, 3).map((answer) => answer.headers.get('ratelimit-remaining'))).toEqual(['2', '1', '0']);
    const refused = answers.at(-1);
    expect(refused?.status).toBe(429);
    expect(refused?.errors?.[0]?.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: expect.any(Number),
    });
    expect(Number(refused?.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused?.headers.get('ratelimit-remaining')).toBe('0');
  });
});
