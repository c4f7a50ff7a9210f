import { postGraphQL } from '@learngraph/service-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureSources } from './support/fixture-subgraphs.js';
import { startRouterOverFixtures, startTestRouter } from './support/start-router.js';

/** `{ books { sequel { … { title } } } }`, `depth` fields deep. */
const nested = (depth: number) => `{ books { ${'sequel { '.repeat(depth - 2)}title ${'} '.repeat(depth)}`;

/** `levels` fragments, each spreading the next twice, on `type`; the last selects `leaf`. */
const fragmentBomb = (levels: number, type: string, leaf: string) =>
  Array.from({ length: levels }, (_, level) => `fragment F${level} on ${type} { ...F${level + 1} ...F${level + 1} }`)
    .concat(`fragment F${levels} on ${type} { ${leaf} }`)
    .join(' ');

describe("the router's query limits at their defaults", () => {
  let fixtures: Awaited<ReturnType<typeof startRouterOverFixtures>>;
  beforeAll(async () => {
    fixtures = await startRouterOverFixtures();
  });
  afterAll(() => fixtures.close());

  const expectAnswered = async (query: string) => {
    const response = await postGraphQL(fixtures.router.url, query);
    expect(response.errors).toBeUndefined();
    expect(response.status).toBe(200);
  };

  /** Expects `query` refused with a 400 naming `code`, the limit and the value, and no subgraph asked. */
  const expectRefused = async (query: string, extensions: { code: string; limit: number; value: number }) => {
    const asked = fixtures.subgraphs.requests();
    const response = await postGraphQL(fixtures.router.url, query);
    expect(response.status).toBe(400);
    expect(response.errors).toHaveLength(1);
    expect(response.errors?.[0]?.extensions).toEqual(extensions);
    expect(fixtures.subgraphs.requests()).toBe(asked);
  };

  it('answers an operation 12 levels deep and refuses one 13 deep, counting through fragments', async () => {
    await expectAnswered(nested(12));
    await expectRefused(nested(13), { code: 'MAX_DEPTH_EXCEEDED', limit: 12, value: 13 });
    const throughFragments = `{ books { sequel { ...S } } } fragment S on Book { ${'sequel { '.repeat(10)}title ${'} '.repeat(10)}}`;
    await expectRefused(throughFragments, { code: 'MAX_DEPTH_EXCEEDED', limit: 12, value: 13 });
  });

  it('answers 30 aliases and refuses 31, with the message naming both', async () => {
    const aliases = (count: number) =>
      `{ books { ${Array.from({ length: count }, (_, index) => `t${index}: title`).join(' ')} } }`;
    await expectAnswered(aliases(30));
    await expectRefused(aliases(31), { code: 'MAX_ALIASES_EXCEEDED', limit: 30, value: 31 });
    expect((await postGraphQL(fixtures.router.url, aliases(31))).errors?.[0]?.message).toBe(
      'The operation has 31 aliases; the limit is 30.',
    );
  });

  it('answers 20 root fields and refuses 21', async () => {
    const rootFields = (count: number) => `{ ${'books { id } '.repeat(count)}}`;
    await expectAnswered(rootFields(20));
    await expectRefused(rootFields(21), { code: 'MAX_ROOT_FIELDS_EXCEEDED', limit: 20, value: 21 });
  });

  it('answers 50 directives and refuses 51', async () => {
    const directives = (count: number) => `{ books { ${'title @include(if: true) '.repeat(count)}} }`;
    await expectAnswered(directives(50));
    await expectRefused(directives(51), { code: 'MAX_DIRECTIVES_EXCEEDED', limit: 50, value: 51 });
  });

  it('answers a document of 1,000 tokens and refuses one of 1,001 before parsing it', async () => {
    const tokens = (count: number) => `{ books(ids: [${'1 '.repeat(count - 12)}]) { id } }`;
    await expectAnswered(tokens(1_000));
    await expectRefused(tokens(1_001), { code: 'MAX_TOKENS_EXCEEDED', limit: 1_000, value: 1_001 });
    // Unparseable, but over the limit first: counting stops before the parser would.
    await expectRefused(`{ books { ${'id '.repeat(5_000)}`, {
      code: 'MAX_TOKENS_EXCEEDED',
      limit: 1_000,
      value: 1_001,
    });
  });

  it('answers 1,000 selections once fragments are expanded and refuses 1,001', async () => {
    const selections = (extra: string) =>
      `{ books { ${'...F '.repeat(9)}${extra} } } fragment F on Book { ${'id '.repeat(111)}}`;
    await expectAnswered(selections(''));
    await expectRefused(selections('title'), { code: 'MAX_SELECTIONS_EXCEEDED', limit: 1_000, value: 1_001 });
  });

  it('answers an operation of cost 9,999 and refuses one of 10,001', async () => {
    // The connection weighs 1, and each of the `first` edges 1 plus 1 for its node.
    const page = (first: number) => `{ bookPage(first: ${first}) { edges { node { id } } } }`;
    await expectAnswered(page(4_999));
    await expectRefused(page(5_000), { code: 'COST_LIMIT_EXCEEDED', limit: 10_000, value: 10_001 });
  });

  it('refuses a fragment bomb at the root without asking a subgraph', async () => {
    await expectRefused(`query { ...F0 } ${fragmentBomb(21, 'Query', 'books { title }')}`, {
      code: 'MAX_ROOT_FIELDS_EXCEEDED',
      limit: 20,
      value: 2 ** 21,
    });
  });

  it('refuses a fragment bomb below a field without asking a subgraph', async () => {
    await expectRefused(`query { books { ...F0 } } ${fragmentBomb(21, 'Book', 'title')}`, {
      code: 'MAX_SELECTIONS_EXCEEDED',
      limit: 1_000,
      value: 1 + 2 ** 21,
    });
  });

  it('refuses 5,000 aliases of a page of 100 by their tokens, and by their aliases when tokens are allowed', async () => {
    await expectRefused(fiveThousandPages, { code: 'MAX_TOKENS_EXCEEDED', limit: 1_000, value: 1_001 });
    const lenient = await startTestRouter({
      subgraphs: fixtureSources(fixtures.subgraphs),
      routerKey: fixtures.routerKey,
      env: { MAX_TOKENS: '100000' },
    });
    try {
      const response = await postGraphQL(lenient.url, fiveThousandPages);
      expect(response.status).toBe(400);
      expect(response.errors?.[0]?.extensions).toEqual({ code: 'MAX_ALIASES_EXCEEDED', limit: 30, value: 5_000 });
    } finally {
      await lenient.close();
    }
  });
});

const fiveThousandPages = `{ ${Array.from({ length: 5_000 }, (_, index) => `p${index}: bookPage(first: 100) { totalCount }`).join(' ')} }`;
