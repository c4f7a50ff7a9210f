import { createTokenSigner } from '@learngraph/service-kit';
import { type GraphQLResponse, generateRouterKey, generateTestKeys } from '@learngraph/service-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureSources, startFixtureSubgraphs } from './support/fixture-subgraphs.js';
import { sample } from './support/prometheus-sample.js';
import { startTestRouter } from './support/start-router.js';

const imports = '"@authenticated", "@requiresScopes", ';
/** The fixture subgraphs as composed with access rules: the subgraphs themselves are unchanged. */
const withRules = (sources: ReturnType<typeof fixtureSources>) =>
  sources.map((source) => ({
    ...source,
    sdl: source.sdl
      .replace('import: [', `import: [${imports}`)
      .replace(
        'addBook(title: String!): Book!',
        'addBook(title: String!): Book! @requiresScopes(scopes: [["role:editor"], ["role:admin"]])',
      )
      .replace('summary: String', 'summary: String @authenticated')
      .replace('reviews: [String!]!', 'reviews: [String!]! @requiresScopes(scopes: [["role:editor"]])'),
  }));

describe('@authenticated and @requiresScopes', () => {
  const routerKey = generateRouterKey();
  const keys = generateTestKeys();
  let subgraphs: Awaited<ReturnType<typeof startFixtureSubgraphs>>;
  let router: Awaited<ReturnType<typeof startTestRouter>>;
  const send = async (query: string, roles?: Array<'LEARNER' | 'EDITOR'>): Promise<GraphQLResponse> => {
    const token = roles && (await (await createTokenSigner(keys.privateKey, 60)).sign({ userId: 'u-1', roles }));
    const response = await fetch(router.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query }),
    });
    return { status: response.status, ...((await response.json()) as Omit<GraphQLResponse, 'status'>) };
  };

  beforeAll(async () => {
    subgraphs = await startFixtureSubgraphs(routerKey);
    router = await startTestRouter({
      subgraphs: withRules(fixtureSources(subgraphs)),
      routerKey,
      jwtPublicKey: keys.publicKey,
    });
  });
  afterAll(async () => {
    await router.close();
    await subgraphs.close();
  });

  it('answers an anonymous caller the rest of the query, with null and UNAUTHENTICATED at the path of a field for signed-in people', async () => {
    const asked = subgraphs.reviews.requests();
    const { status, data, errors } = await send('{ books { title summary } }');
    expect(status).toBe(200);
    expect(data).toEqual({ books: [{ title: 'Structure and Interpretation of Computer Programs', summary: null }] });
    expect(errors).toEqual([
      expect.objectContaining({ path: ['books', 'summary'], extensions: { code: 'UNAUTHENTICATED' } }),
    ]);
    expect(subgraphs.reviews.requests()).toBe(asked);
  });

  it('answers an object all of whose fields were removed with those fields null, and nothing it was not asked', async () => {
    const { data, errors } = await send('{ books { summary } }');
    expect(data).toEqual({ books: [{ summary: null }] });
    expect(errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });

  it('finds the fields a fragment asks for, and reports them under their alias', async () => {
    const { data, errors } = await send('{ books { ...Parts } } fragment Parts on Book { title about: summary }');
    expect(data).toEqual({ books: [{ title: expect.any(String), about: null }] });
    expect(errors?.map((error) => error.path)).toEqual([['books', 'about']]);
  });

  it('answers a signed-in person the fields that need a sign-in', async () => {
    const { data, errors } = await send('{ books { summary } }', ['LEARNER']);
    expect(errors).toBeUndefined();
    expect(data).toEqual({ books: [{ summary: 'Programs as a means of thought.' }] });
  });

  it('answers FORBIDDEN for a field whose scopes the caller lacks, and takes its nullable parent with it when it cannot be null', async () => {
    const { data, errors } = await send('{ books { title reviews } }', ['LEARNER']);
    expect(data).toBeNull();
    expect(errors).toEqual([
      expect.objectContaining({ path: ['books', 'reviews'], extensions: { code: 'FORBIDDEN' } }),
    ]);
    const editor = await send('{ books { reviews } }', ['EDITOR']);
    expect(editor.errors).toBeUndefined();
    expect(editor.data).toEqual({ books: [{ reviews: ['A classic.'] }] });
  });

  it('runs no mutation the caller may not run: UNAUTHENTICATED anonymously, FORBIDDEN without the role', async () => {
    const before = subgraphs.books.added.length;
    const anonymous = await send('mutation { addBook(title: "Anonymous") { id } }');
    expect(anonymous.data).toBeNull();
    expect(anonymous.errors?.[0]).toMatchObject({ path: ['addBook'], extensions: { code: 'UNAUTHENTICATED' } });
    const learner = await send('mutation { addBook(title: "Learner") { id } }', ['LEARNER']);
    expect(learner.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(subgraphs.books.added.length).toBe(before);
    const editor = await send('mutation { addBook(title: "Editor") { title } }', ['EDITOR']);
    expect(editor.data).toEqual({ addBook: { title: 'Editor' } });
  });

  it('counts the refusals of removed fields in router_request_errors_total, whether or not anything was left to run', async () => {
    const errorsOf = async (code: string) =>
      sample(
        await (await fetch(`${router.baseUrl}/metrics`)).text(),
        'router_request_errors_total',
        `endpoint="graphql",code="${code}"`,
      );
    const [forbidden, unauthenticated] = [await errorsOf('FORBIDDEN'), await errorsOf('UNAUTHENTICATED')];
    await send('{ books { title reviews } }', ['LEARNER']);
    await send('mutation { addBook(title: "Anonymous") { id } }');
    expect(await errorsOf('FORBIDDEN')).toBe(forbidden + 1);
    expect(await errorsOf('UNAUTHENTICATED')).toBe(unauthenticated + 1);
  });
});
