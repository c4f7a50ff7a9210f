import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { generateRouterKey, postGraphQL, waitFor } from '@learngraph/service-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compose, readSubgraphSources } from '../src/compose/compose.js';
import { fixtureSources, startFixtureSubgraphs } from './support/fixture-subgraphs.js';
import { startTestRouter } from './support/start-router.js';

type Router = Awaited<ReturnType<typeof startTestRouter>>;

/** The estimated cost of `query` as a router whose cost limit is 1 reports it (null: not refused for cost). */
async function costOf(router: Router, query: string, variables: Record<string, unknown> = {}) {
  const response = await postGraphQL(router.url, query, variables);
  const extensions = response.errors?.[0]?.extensions;
  return extensions?.code === 'COST_LIMIT_EXCEEDED' ? extensions.value : null;
}

describe("the cost model read from the supergraph's @cost and @listSize", () => {
  const routerKey = generateRouterKey();
  let subgraphs: Awaited<ReturnType<typeof startFixtureSubgraphs>>;
  let router: Router;
  const sources = (summaryWeight: number) =>
    fixtureSources(subgraphs).map((source) => ({
      ...source,
      sdl: source.sdl.replace('@cost(weight: 20)', `@cost(weight: ${summaryWeight})`),
    }));

  beforeAll(async () => {
    subgraphs = await startFixtureSubgraphs(routerKey);
    router = await startTestRouter({ subgraphs: sources(20), routerKey, env: { MAX_COST: '1' } });
  });
  afterAll(async () => {
    await router.close();
    await subgraphs.close();
  });

  it('weighs objects 1 and scalars 0, and multiplies a list by its assumed or default size', async () => {
    expect(await costOf(router, '{ books { id sequel { id } } }')).toBe(10 * (1 + 1));
    expect(await costOf(router, '{ books { related { title } } }')).toBe(10 * (1 + 5 * 1));
  });

  it('sizes a connection by its first argument, literal, variable or default', async () => {
    const page = '{ edges { node { id } } totalCount }';
    expect(await costOf(router, `{ bookPage(first: 100) ${page} }`)).toBe(1 + 100 * 2);
    expect(await costOf(router, `query ($n: Int!) { bookPage(first: $n) ${page} }`, { n: 40 })).toBe(1 + 40 * 2);
    expect(await costOf(router, `query ($n: Int! = 30) { bookPage(first: $n) ${page} }`)).toBe(1 + 30 * 2);
    expect(await costOf(router, `{ bookPage ${page} }`)).toBe(1 + 10 * 2);
    expect(await costOf(router, `{ bookPage(first: 100) { ...Edges } } fragment Edges on BookConnection ${page}`)).toBe(
      1 + 100 * 2,
    );
  });

  it("takes a field's @cost from the subgraph that declares it, and counts every alias and spread", async () => {
    expect(await costOf(router, '{ books { summary } }')).toBe(10 * (1 + 20));
    expect(await costOf(router, '{ a: books { summary } b: books { ...S } } fragment S on Book { summary }')).toBe(
      2 * 10 * (1 + 20),
    );
  });

  it('weighs a mutation field 10', async () => {
    expect(await costOf(router, 'mutation { addBook(title: "SICP") { id } }')).toBe(10);
  });

  it('reads the weights again when the supergraph file is reloaded', async () => {
    await writeFile(router.supergraphPath, compose(sources(50)).supergraphSdl);
    await waitFor(async () => (await costOf(router, '{ books { summary } }')) === 10 * (1 + 50));
  });
});

describe("the cost model of Learngraph's supergraph, at the default limit", () => {
  const routerKey = generateRouterKey();
  const dead = 'http://127.0.0.1:1/graphql';
  const pageOf100 = (alias: string) =>
    `${alias}: learningResources(first: 100) { edges { node { id title runs { runId startDate } topics { name } } } }`;
  let strict: Router;
  let standard: Router;

  beforeAll(async () => {
    const configPath = fileURLToPath(new URL('../supergraph.config.json', import.meta.url));
    const subgraphs = await readSubgraphSources(configPath);
    const env = Object.fromEntries(
      subgraphs.map(({ name }) => [`SUBGRAPH_${name.toUpperCase().replace('-', '_')}_URL`, dead]),
    );
    strict = await startTestRouter({ subgraphs, routerKey, env: { ...env, MAX_COST: '1' } });
    // Aliases, root fields and tokens are allowed here, so that only the cost limit refuses fifty pages.
    standard = await startTestRouter({
      subgraphs,
      routerKey,
      env: { ...env, MAX_ALIASES: '100', MAX_ROOT_FIELDS: '100', MAX_TOKENS: '10000' },
    });
  });
  afterAll(async () => {
    await strict.close();
    await standard.close();
  });

  it('lets a page of 100 resources with their runs and topics through, and not 50 aliases of it', async () => {
    // The connection 1, and per resource its edge 1, node 1, 10 runs and 10 topics (their assumed sizes).
    expect(await costOf(strict, `{ ${pageOf100('page')} }`)).toBe(1 + 100 * (1 + 1 + 10 + 10));
    const one = await postGraphQL(standard.url, `{ ${pageOf100('page')} }`);
    expect(one.errors?.[0]?.extensions?.code).toBe('SUBGRAPH_UNAVAILABLE');
    const fifty = Array.from({ length: 50 }, (_, index) => pageOf100(`page${index}`)).join(' ');
    const refused = await postGraphQL(standard.url, `{ ${fifty} }`);
    expect(refused.errors?.[0]?.extensions).toEqual({ code: 'COST_LIMIT_EXCEEDED', limit: 10_000, value: 50 * 2_201 });
  });

  it('sizes search by first, each facet by the most values it can have, suggestions by first', async () => {
    const page = `{ search(input: { query: "quantum" }, first: 100) {
      edges { node { id } highlight { title } } facets { topics { value count } free { value count } } } }`;
    // The connection 1; per edge its node 1 and highlight 1; facets 1, 50 topics and 2 values of free.
    expect(await costOf(strict, page)).toBe(1 + 100 * (1 + 1 + 1) + 1 + 50 + 2);
    expect(await costOf(strict, '{ searchSuggestions(prefix: "qu", first: 20) }')).toBe(null);
  });
});
