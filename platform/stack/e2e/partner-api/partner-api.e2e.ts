import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { GraphQLResponse } from '@learngraph/service-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, type E2eSession } from '../support/accounts.js';
import { type FaultSystem, startFaultSystem } from '../support/fault-system.js';
import { type OwnRedis, startOwnRedis } from '../support/own-redis.js';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const password = 'a long enough password';
const portal = 'https://portal.example.edu';
const publicQuery = '{ topics { id name } learningResources(first: 1) { totalCount } }';

interface Answer extends GraphQLResponse {
  headers: Headers;
}

const codeOf = (answer: GraphQLResponse) => answer.errors?.[0]?.extensions?.code;

describe('the partner API and the first-party API, side by side, with real API keys from the users subgraph', () => {
  let redis: OwnRedis;
  let system: FaultSystem;
  let standardKey: string;
  let basicKey: string;
  const post = async (path: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> => {
    const response = await fetch(`${system.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    const answer = (await response.json()) as Omit<GraphQLResponse, 'status'>;
    return { status: response.status, headers: response.headers, ...answer };
  };
  const asPartner = (query: string, key = standardKey, headers: Record<string, string> = {}) =>
    post('/partner/graphql', { query }, { 'x-api-key': key, ...headers });

  beforeAll(async () => {
    // A Redis of its own: redis-server when installed, otherwise the stand-in, which counts (INCR, EXPIRE) as Redis does.
    redis = await startOwnRedis();
    system = await startFaultSystem({
      REDIS_URL: redis.url,
      INTROSPECTION: 'true',
      PARTNER_RATE_LIMITS: 'BASIC=3,STANDARD=600,PREMIUM=6000',
    });
    await createAccount(system, { email: 'admin@example.org', password, name: 'Admin' });
    const { DATABASE_URL: _ignored, ...env } = process.env;
    await promisify(execFile)('pnpm', ['--silent', 'users:grant-role', 'admin@example.org', 'ADMIN'], {
      cwd: repoRoot,
      env: { ...env, LEARNGRAPH_DATA_DIR: system.dataDir },
    });
    const signedIn = await system.graphql<{ sessionCreate: { record: E2eSession } }>(
      'mutation ($input: SessionCreateInput!) { sessionCreate(input: $input) { record { accessToken } } }',
      { input: { email: 'admin@example.org', password } },
    );
    const admin = signedIn.data?.sessionCreate.record.accessToken ?? '';
    const issueKey = async (name: string, rateTier: string) => {
      const app = await system.graphql<{ partnerAppCreate: { record: { id: string } } }>(
        'mutation ($input: PartnerAppCreateInput!) { partnerAppCreate(input: $input) { record { id } } }',
        {
          input: {
            name,
            contactEmail: 'dev@example.edu',
            scopes: ['catalog:read', 'search:read', 'paths:read'],
            rateTier,
            allowedOrigins: [portal],
          },
        },
        admin,
      );
      const issued = await system.graphql<{ apiKeyCreate: { secret: string } }>(
        'mutation ($input: ApiKeyCreateInput!) { apiKeyCreate(input: $input) { secret } }',
        { input: { appId: app.data?.partnerAppCreate.record.id } },
        admin,
      );
      return issued.data?.apiKeyCreate.secret ?? '';
    };
    standardKey = await issueKey('Portal', 'STANDARD');
    basicKey = await issueKey('Small portal', 'BASIC');
  });
  afterAll(async () => {
    await system?.stop();
    await redis?.close();
  });

  it('answers a public query with a key, with the RateLimit headers of its tier', async () => {
    const answer = await asPartner(publicQuery);
    expect(answer.status).toBe(200);
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toMatchObject({ topics: expect.any(Array), learningResources: { totalCount: 0 } });
    expect(answer.headers.get('ratelimit-limit')).toBe('600');
    expect(Number(answer.headers.get('ratelimit-remaining'))).toBeLessThan(600);
    expect(Number(answer.headers.get('ratelimit-reset'))).toBeGreaterThan(0);
  });

  it('refuses the partner endpoint without a key, and the first-party endpoint with one', async () => {
    const without = await post('/partner/graphql', { query: publicQuery });
    expect([without.status, codeOf(without)]).toEqual([401, 'UNAUTHENTICATED']);
    const keyOnFirstParty = await post('/graphql', { query: publicQuery }, { 'x-api-key': standardKey });
    expect([keyOnFirstParty.status, codeOf(keyOnFirstParty)]).toEqual([400, 'API_KEY_NOT_ACCEPTED']);
  });

  it('hides what is not public from partners, in queries and in introspection, and not from the web app', async () => {
    for (const query of [
      '{ me { id } }',
      '{ learningResources(first: 1) { edges { node { id isFavorite } } } }',
      'mutation { favoriteAdd(resourceId: "x") { success } }',
    ]) {
      const answer = await asPartner(query);
      expect({ query, status: answer.status, code: codeOf(answer) }).toEqual({
        query,
        status: 400,
        code: 'GRAPHQL_VALIDATION_FAILED',
      });
    }
    const introspection =
      '{ __schema { queryType { fields { name } } mutationType { name } } __type(name: "LearningResource") { fields { name } } }';
    type Described = {
      __schema: { queryType: { fields: Array<{ name: string }> }; mutationType: { name: string } | null };
      __type: { fields: Array<{ name: string }> };
    };
    const partner = (await asPartner(introspection)).data as Described;
    const rootFields = partner.__schema.queryType.fields.map((field) => field.name);
    expect(rootFields).toEqual(expect.arrayContaining(['learningResources', 'search', 'learningPaths', 'topics']));
    expect(rootFields).not.toContain('me');
    expect(rootFields).not.toContain('savedSearches');
    expect(partner.__schema.mutationType).toBeNull();
    expect(partner.__type.fields.map((field) => field.name)).not.toContain('isFavorite');
    const firstParty = (await system.graphql(introspection)).data as Described;
    expect(firstParty.__schema.queryType.fields.map((field) => field.name)).toContain('me');
    expect(firstParty.__type.fields.map((field) => field.name)).toContain('isFavorite');
  });

  it("answers the web app's own queries on the first-party endpoint, and refuses there what needs a sign-in, by path", async () => {
    // the operation and the fragment it spreads, each in its own file as the web app keeps them
    const files = ['learning-resources', 'resource-card'].map((name) =>
      readFile(`${repoRoot}web/src/graphql/${name}.graphql`, 'utf8'),
    );
    const query = (await Promise.all(files)).join('\n');
    const page = await post('/graphql', { query, variables: { first: 5, sort: 'NEWEST' } });
    expect(page.status).toBe(200);
    expect(page.errors).toBeUndefined();
    expect(page.data).toMatchObject({ learningResources: { totalCount: 0, edges: [] } });
    // savedSearches cannot be null, so its refusal takes the whole (non-null) root with it, as execution would.
    const anonymous = await post('/graphql', { query: '{ topics { id } savedSearches { id } }' });
    expect(anonymous.data).toBeNull();
    expect(anonymous.errors).toEqual([
      expect.objectContaining({ path: ['savedSearches'], extensions: { code: 'UNAUTHENTICATED' } }),
    ]);
  });

  it("serves browsers on the app's registered origin only: the edge answers the preflight, the router the origin", async () => {
    const preflight = await fetch(`${system.url}/partner/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: portal,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'x-api-key',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(portal);
    const registered = await asPartner(publicQuery, standardKey, { origin: portal });
    expect(registered.status).toBe(200);
    expect(registered.headers.get('access-control-allow-origin')).toBe(portal);
    const elsewhere = await asPartner(publicQuery, standardKey, { origin: 'https://elsewhere.example' });
    expect([elsewhere.status, codeOf(elsewhere)]).toEqual([403, 'ORIGIN_NOT_ALLOWED']);
    expect(elsewhere.headers.get('access-control-allow-origin')).toBeNull();
  });

  it("answers 429 with Retry-After once an app has used its tier's requests of the minute", async () => {
    const answers: Answer[] = [];
    // A minute may turn once while this runs and start the count again: 8 requests still cross a limit of 3.
    while (!answers.some((answer) => answer.status === 429) && answers.length < 8) {
      answers.push(await asPartner(publicQuery, basicKey));
    }
    const refused = answers.at(-1);
    expect(refused?.status).toBe(429);
    expect(codeOf(refused as Answer)).toBe('RATE_LIMITED');
    expect(Number(refused?.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused?.headers.get('ratelimit-limit')).toBe('3');
    expect(refused?.headers.get('ratelimit-remaining')).toBe('0');
  });
});
