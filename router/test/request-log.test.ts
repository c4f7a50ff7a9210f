import { createTokenSigner } from '@learngraph/service-kit';
import { generateRouterKey, generateTestKeys } from '@learngraph/service-kit/testing';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureSources, startFixtureSubgraphs } from './support/fixture-subgraphs.js';
import { startTestRouter } from './support/start-router.js';

describe('request ids and request logs', () => {
  const keys = generateTestKeys();
  const routerKey = generateRouterKey();
  const lines: Record<string, unknown>[] = [];
  let subgraphs: Awaited<ReturnType<typeof startFixtureSubgraphs>>;
  let router: Awaited<ReturnType<typeof startTestRouter>>;
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(router.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  const lineOf = (requestId: string | null) => lines.find((line) => line.requestId === requestId);

  beforeAll(async () => {
    subgraphs = await startFixtureSubgraphs(routerKey);
    router = await startTestRouter({
      subgraphs: fixtureSources(subgraphs),
      routerKey,
      jwtPublicKey: keys.publicKey,
      logger: pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) }),
    });
  });
  afterAll(async () => {
    await router.close();
    await subgraphs.close();
  });

  it('keeps a sane incoming id, returns it, and forwards it to the subgraphs', async () => {
    const response = await post(
      { query: 'query Reviews { books { seenRequestId } }' },
      { 'x-request-id': 'edge-7:a.b' },
    );
    expect(response.headers.get('x-request-id')).toBe('edge-7:a.b');
    expect(await response.json()).toEqual({ data: { books: [{ seenRequestId: 'edge-7:a.b' }] } });
  });

  it('replaces a missing or unsafe id with a generated one', async () => {
    const missing = await post({ query: '{ books { title } }' });
    const unsafe = await post({ query: '{ books { seenRequestId } }' }, { 'x-request-id': '../etc passwd <script>' });
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(missing.headers.get('x-request-id')).toMatch(uuid);
    const generated = unsafe.headers.get('x-request-id');
    expect(generated).toMatch(uuid);
    expect(await unsafe.json()).toEqual({ data: { books: [{ seenRequestId: generated }] } });
  });

  it('logs one line per request with its operation, status, duration and error codes', async () => {
    const ok = await post({ query: 'query Titles { books { title } }' }, { 'x-request-id': 'log-ok' });
    const refused = await post({ query: '{ books { nope } }' }, { 'x-request-id': 'log-refused' });
    expect([ok.status, refused.status]).toEqual([200, 400]);
    expect(lines.filter((line) => line.requestId === 'log-ok')).toHaveLength(1);
    expect(lineOf('log-ok')).toMatchObject({
      msg: 'graphql request',
      method: 'POST',
      path: '/graphql',
      operationName: 'Titles',
      status: 200,
      errorCodes: [],
      durationMs: expect.any(Number),
    });
    expect(lineOf('log-refused')).toMatchObject({ status: 400, errorCodes: ['GRAPHQL_VALIDATION_FAILED'] });
  });

  it('logs the code of a refusal that happens before the operation runs, and never tokens or variables', async () => {
    const forged = await post(
      { query: '{ books { title } }' },
      { authorization: 'Bearer forged.token', 'x-request-id': 'log-401' },
    );
    expect(forged.status).toBe(401);
    expect(lineOf('log-401')).toMatchObject({ status: 401, errorCodes: ['UNAUTHENTICATED'] });
    const token = await (await createTokenSigner(keys.privateKey, 60)).sign({ userId: 'u1', roles: ['LEARNER'] });
    await post(
      {
        query: 'mutation Add($title: String!) { addBook(title: $title) { id } }',
        variables: { title: 'secret-title' },
      },
      { authorization: `Bearer ${token}`, 'x-request-id': 'log-secret' },
    );
    expect(lineOf('log-secret')).toMatchObject({ operationName: 'Add', status: 200 });
    const everything = JSON.stringify(lines);
    expect(everything).not.toContain(token);
    expect(everything).not.toContain('forged.token');
    expect(everything).not.toContain('secret-title');
  });
});
