import { randomUUID } from 'node:crypto';
import { encodeCursor } from '@learngraph/service-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureResources, linearAlgebra, quantumPhysics } from './support/fixture-resources.js';
import { catalogEvent, type SearchUnderTest, startSearch } from './support/search-under-test.js';

const searchQuery = `query ($input: SearchInput!, $first: Int! = 20, $after: String) {
  search(input: $input, first: $first, after: $after) {
    totalCount
    didYouMean
    edges { node { id } highlight { title description } }
  }
}`;
type Results = {
  search: {
    totalCount: number;
    didYouMean: string | null;
    edges: Array<{ node: { id: string }; highlight: { title: string; description: string | null } | null }>;
  };
};
const suggestions = 'query ($prefix: String!, $first: Int) { searchSuggestions(prefix: $prefix, first: $first) }';

describe('highlights, corrections and suggestions', () => {
  let search: SearchUnderTest;
  beforeAll(async () => {
    search = await startSearch();
    for (const item of fixtureResources) await search.applyCatalogEvent(catalogEvent(item, 1));
    const markup = { id: randomUUID(), title: 'Algebra <script>alert(1)</script>', description: null, published: true };
    await search.applyCatalogEvent(catalogEvent(markup, 1));
  });
  afterAll(() => search.close());

  it('marks the matched words in title and description snippets, as escaped HTML', async () => {
    const { data } = await search.query<Results>(searchQuery, { input: { query: 'algebra' } });
    const byId = new Map(data?.search.edges.map((edge) => [edge.node.id, edge.highlight]));
    expect(byId.get(linearAlgebra.id)).toEqual({
      title: 'Linear <mark>Algebra</mark>',
      description: expect.stringContaining('linear <mark>algebra</mark>'),
    });
    const markup = [...byId.values()].find((highlight) => highlight?.title.includes('script'));
    expect(markup?.title).toBe('<mark>Algebra</mark> &#60;script&#62;alert(1)&#60;/script&#62;');
  });

  it('has no highlight when there is no query', async () => {
    const { data } = await search.query<Results>(searchQuery, { input: {}, first: 1 });
    expect(data?.search.edges[0]?.highlight).toBeNull();
  });

  it('suggests a correction when a misspelling finds little ("quantm" → quantum)', async () => {
    const { data } = await search.query<Results>(searchQuery, { input: { query: 'quantm physcs' } });
    expect(data?.search.totalCount).toBe(0);
    expect(data?.search.didYouMean).toBe('quantum physics');
    const corrected = await search.query<Results>(searchQuery, { input: { query: 'quantum physics' } });
    expect(corrected.data?.search.edges[0]?.node.id).toBe(quantumPhysics.id);
    expect(corrected.data?.search.didYouMean).toBeNull();
  });

  it('offers no correction for words nothing resembles', async () => {
    const { data } = await search.query<Results>(searchQuery, { input: { query: 'zzyzx' } });
    expect(data?.search.didYouMean).toBeNull();
  });

  it('completes what people type from titles, topics, offerors and instructors', async () => {
    const { data, errors } = await search.query<{ searchSuggestions: string[] }>(suggestions, { prefix: 'Qua' });
    expect(errors).toBeUndefined();
    expect(data?.searchSuggestions).toEqual(['quantum']);
    const names = await search.query<{ searchSuggestions: string[] }>(suggestions, { prefix: 'gilbert s' });
    expect(names.data?.searchSuggestions).toEqual(['gilbert strang']);
    const wildcard = await search.query<{ searchSuggestions: string[] }>(suggestions, { prefix: '%' });
    expect(wildcard.data?.searchSuggestions).toEqual([]);
  });

  it('forgets a word once no published resource gives it, and keeps one that another still gives', async () => {
    const suggest = async (prefix: string) =>
      (await search.query<{ searchSuggestions: string[] }>(suggestions, { prefix })).data?.searchSuggestions;
    const first = { id: randomUUID(), title: 'Zymurgy and zygotes', description: null, published: true };
    const second = { id: randomUUID(), title: 'Zygotes explained', description: null, published: true };
    await search.applyCatalogEvent(catalogEvent(first, 1));
    await search.applyCatalogEvent(catalogEvent(second, 1));
    expect(await suggest('zy')).toEqual(['zygotes', 'zymurgy']);

    await search.applyCatalogEvent(catalogEvent({ ...first, title: 'Brewing and zygotes' }, 2));
    expect(await suggest('zy')).toEqual(['zygotes']);
    // A late event of an older version changes nothing, the counts included.
    await search.applyCatalogEvent(catalogEvent(first, 1));
    expect(await suggest('zy')).toEqual(['zygotes']);

    await search.applyCatalogEvent(catalogEvent({ ...second, published: false }, 2));
    expect(await suggest('zy')).toEqual(['zygotes']);
    await search.applyCatalogEvent(catalogEvent({ ...first, title: 'Brewing', published: true }, 3));
    expect(await suggest('zy')).toEqual([]);
    const counts = await search.db.$queryRaw<Array<{ term: string; documents: number }>>`
      SELECT term, documents FROM search_term WHERE term IN ('brewing', 'zygotes', 'zymurgy')`;
    expect(counts).toEqual([{ term: 'brewing', documents: 1 }]);
  });

  it('refuses suggestions beyond their limits', async () => {
    for (const [variables, field] of [
      [{ prefix: ' ' }, 'prefix'],
      [{ prefix: 'x'.repeat(101) }, 'prefix'],
      [{ prefix: 'q', first: 21 }, 'first'],
    ] as const) {
      const { errors } = await search.query(suggestions, variables);
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field }] });
    }
  });

  it('pages at most 10,000 results deep', async () => {
    const deep = await search.query<Results>(searchQuery, { input: {}, after: encodeCursor([10_000]) });
    expect(deep.errors).toBeUndefined();
    const tooDeep = await search.query<Results>(searchQuery, { input: {}, after: encodeCursor([10_001]) });
    expect(tooDeep.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'after' }],
    });
  });
});
