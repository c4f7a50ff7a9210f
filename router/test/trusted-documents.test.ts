import { createHash } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTokenSigner } from '@learngraph/service-kit';
import {
  type GraphQLResponse,
  generateRouterKey,
  generateTestKeys,
  testRedisUrl,
} from '@learngraph/service-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../src/config.js';
import { fixtureSources, startFixtureSubgraphs } from './support/fixture-subgraphs.js';
import { startKeyResolution } from './support/key-resolution-service.js';
import { startTestRouter } from './support/start-router.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const titles = 'query Titles { books { title } }';
const reviews = 'query Reviews($ids: [ID!]) { books(ids: $ids) { title reviews } }';
const partnerKey = `lgk_bbbbbbbbbbbb_${'b'.repeat(43)}`;

/** A manifest as codegen's client preset writes it. */
const manifestOf = (documents: string[]) =>
  JSON.stringify(Object.fromEntries(documents.map((text) => [`sha256:${sha256(text)}`, text])));

type Books = { books: Array<{ title?: string; reviews?: string[]; id?: string }> };

const byHash = (text: string) => ({ persistedQuery: { version: 1, sha256Hash: sha256(text) } });

describe('trusted documents', () => {
  const routerKey = generateRouterKey();
  const keys = generateTestKeys();
  let manifestPath: string;
  let subgraphs: Awaited<ReturnType<typeof startFixtureSubgraphs>>;
  let resolution: Awaited<ReturnType<typeof startKeyResolution>>;
  let router: Awaited<ReturnType<typeof startTestRouter>>;
  const post = async (body: unknown, headers: Record<string, string> = {}, endpoint = router.url) => {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Omit<GraphQLResponse<Books>, 'status'> };
  };
  const get = (params: Record<string, unknown>, headers: Record<string, string> = {}) => {
    const search = new URLSearchParams(
      Object.entries(params).map(([name, value]): [string, string] => [name, JSON.stringify(value)]),
    );
    // Apollo's CSRF prevention wants a header a browser's simple request cannot carry.
    return fetch(`${router.url}?${search}`, { headers: { 'apollo-require-preflight': 'true', ...headers } });
  };

  beforeAll(async () => {
    manifestPath = join(await mkdtemp(join(tmpdir(), 'manifest-')), 'persisted-documents.json');
    await writeFile(manifestPath, manifestOf([titles, reviews]));
    subgraphs = await startFixtureSubgraphs(routerKey);
    resolution = await startKeyResolution(routerKey);
    resolution.issue(partnerKey, {
      appId: 'app-2',
      name: 'LMS',
      scopes: ['catalog:read'],
      rateTier: 'STANDARD',
      allowedOrigins: [],
    });
    router = await startTestRouter({
      subgraphs: fixtureSources(subgraphs),
      routerKey,
      jwtPublicKey: keys.publicKey,
      subgraphScopes: { books: 'catalog:read', reviews: 'catalog:read' },
      env: {
        REQUIRE_TRUSTED_DOCUMENTS: 'true',
        TRUSTED_DOCUMENTS_MANIFEST: manifestPath,
        API_KEY_RESOLVE_URL: resolution.url,
        REDIS_URL: testRedisUrl(),
      },
    });
  });
  afterAll(async () => {
    await router.close();
    await resolution.close();
    await subgraphs.close();
  });

  it('runs a registered document sent by its hash alone', async () => {
    const { status, body } = await post({ extensions: byHash(reviews), variables: { ids: ['1'] } });
    expect(status).toBe(200);
    expect(body).toEqual({
      data: { books: [{ title: 'Structure and Interpretation of Computer Programs', reviews: ['A classic.'] }] },
    });
  });

  it('runs a registered document sent in full', async () => {
    expect((await post({ query: titles })).body.data?.books).toHaveLength(1);
  });

  it('refuses any other document with OPERATION_NOT_TRUSTED before asking a subgraph', async () => {
    const before = subgraphs.requests();
    const { status, body } = await post({ query: '{ books { title } }' });
    expect(status).toBe(403);
    expect(body.errors).toEqual([expect.objectContaining({ extensions: { code: 'OPERATION_NOT_TRUSTED' } })]);
    expect(subgraphs.requests()).toBe(before);
  });

  it('answers an unknown hash with PERSISTED_QUERY_NOT_FOUND, and never registers what a client sends', async () => {
    const adHoc = 'query Sneaky { books { id } }';
    expect((await post({ query: adHoc, extensions: byHash(adHoc) })).body.errors?.[0]?.extensions?.code).toBe(
      'OPERATION_NOT_TRUSTED',
    );
    const { body } = await post({ extensions: byHash(adHoc) });
    expect(body.errors).toEqual([expect.objectContaining({ extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } })]);
  });

  it('answers GET by hash, cacheable at the edge when anonymous and error-free', async () => {
    const response = await get({ extensions: byHash(reviews), variables: { ids: ['1'] } });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=30');
    expect(((await response.json()) as { data: Books }).data.books[0]?.reviews).toEqual(['A classic.']);
  });

  it('never marks a signed-in GET answer public', async () => {
    const token = await (await createTokenSigner(keys.privateKey, 60)).sign({ userId: 'u1', roles: ['LEARNER'] });
    const response = await get({ extensions: byHash(titles) }, { authorization: `Bearer ${token}` });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).not.toContain('public');
  });

  it('lets partners send documents of their own, on their endpoint', async () => {
    const partnerEndpoint = new URL('/partner/graphql', router.url).href;
    const { status, body } = await post({ query: '{ books { id } }' }, { 'x-api-key': partnerKey }, partnerEndpoint);
    expect(status).toBe(200);
    expect(body).toEqual({ data: { books: [{ id: '1' }] } });
  });
});

describe('trusted documents configuration', () => {
  const env = (manifest: string) => ({
    JWKS_URL: 'http://127.0.0.1:9/.well-known/jwks.json',
    ROUTER_SUBGRAPH_KEY: generateRouterKey(),
    TRUSTED_DOCUMENTS_MANIFEST: manifest,
  });
  const write = async (text: string) => {
    const path = join(await mkdtemp(join(tmpdir(), 'manifest-')), 'persisted-documents.json');
    await writeFile(path, text);
    return path;
  };

  it('is required outside development and off in it', () => {
    expect(readConfig([], { ...env(''), NODE_ENV: 'production' }).REQUIRE_TRUSTED_DOCUMENTS).toBe(true);
    expect(readConfig([], { ...env(''), NODE_ENV: 'development' }).REQUIRE_TRUSTED_DOCUMENTS).toBe(false);
  });

  it('refuses to start on a manifest that is missing, not JSON, or whose hashes do not match', async () => {
    expect(() => readConfig([], env('/nonexistent/manifest.json'))).toThrow(/TRUSTED_DOCUMENTS_MANIFEST/);
    const notJson = await write('{ not json');
    expect(() => readConfig([], env(notJson))).toThrow(/cannot be read as JSON/);
    const forged = await write(JSON.stringify({ [`sha256:${sha256(titles)}`]: '{ books { id } }' }));
    expect(() => readConfig([], env(forged))).toThrow(/TRUSTED_DOCUMENTS_MANIFEST.*whose hash is not/);
    const broken = await write(manifestOf(['query {']));
    expect(() => readConfig([], env(broken))).toThrow(/does not parse/);
  });
});
