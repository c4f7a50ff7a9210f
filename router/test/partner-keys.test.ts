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

describe('partner API keys', () => {
  const routerKey = generateRouterKey();
  const keys = generateTestKeys();
  let subgraphs: Awaited<ReturnType<typeof startFixtureSubgraphs>>;
  let resolution: Awaited<ReturnType<typeof startKeyResolution>>;
  let router: Awaited<ReturnType<typeof startTestRouter>>;
  const send = async (query: string, headers: Record<string, string>): Promise<GraphQLResponse> => {
    const response = await fetch(router.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query }),
    });
    return { status: response.status, ...((await response.json()) as Omit<GraphQLResponse, 'status'>) };
  };
  const asPartner = (query: string, key = catalogKey) => send(query, { 'x-api-key': key });

  beforeAll(async () => {
    subgraphs = await startFixtureSubgraphs(routerKey);
    resolution = await startKeyResolution(routerKey);
    resolution.issue(catalogKey, app);
    router = await startTestRouter({
      subgraphs: fixtureSources(subgraphs),
      routerKey,
      jwtPublicKey: keys.publicKey,
      subgraphScopes: { books: 'catalog:read', reviews: 'search:read' },
      env: { API_KEY_RESOLVE_URL: resolution.url, REDIS_URL: testRedisUrl(), API_KEY_CACHE_SECONDS: '1' },
    });
  });
  afterAll(async () => {
    await router.close();
    await resolution.close();
    await subgraphs.close();
  });

  it('answers the fields of subgraphs its scopes cover', async () => {
    const { status, data, errors } = await asPartner('{ books { id title } }');
    expect(status).toBe(200);
    expect(errors).toBeUndefined();
    expect(data?.books).toEqual(expect.arrayContaining([expect.objectContaining({ id: expect.any(String) })]));
  });

  it('answers FORBIDDEN, naming the scope, for the fields of a subgraph it may not read, and the rest still', async () => {
    const { data, errors } = await asPartner('{ books { id title reviews } }');
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', scope: 'search:read' });
    expect(data).toBeNull();
    const mixed = await asPartner('{ books { id title } }');
    expect(mixed.errors).toBeUndefined();
  });

  it('refuses mutations with a key, whatever its scopes', async () => {
    const { errors } = await asPartner('mutation { addBook(title: "x") { id } }');
    expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('answers 401 UNAUTHENTICATED for an unknown or malformed key, and 400 for a key with a token', async () => {
    for (const key of [`lgk_bbbbbbbbbbbb_${'b'.repeat(43)}`, 'x'.repeat(500)]) {
      const { status, errors } = await asPartner('{ books { id } }', key);
      expect(status).toBe(401);
      expect(errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    const token = await (await createTokenSigner(keys.privateKey, 60)).sign({ userId: 'u', roles: ['LEARNER'] });
    const both = await send('{ books { id } }', { 'x-api-key': catalogKey, authorization: `Bearer ${token}` });
    expect(both.status).toBe(400);
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
});
