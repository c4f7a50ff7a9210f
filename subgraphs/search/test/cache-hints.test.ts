import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureResources, linearAlgebra } from './support/fixture-resources.js';
import { catalogEvent, type SearchUnderTest, startSearch } from './support/search-under-test.js';

const searchQuery = `query ($input: SearchInput!) {
  search(input: $input, first: 5) {
    totalCount
    facets { topics { value label count } }
    edges { node { id } highlight { title } }
    pageInfo { hasNextPage }
  }
}`;
const suggestions = 'query ($prefix: String!) { searchSuggestions(prefix: $prefix) }';
const similar = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on LearningResource { similar(first: 3) { id } } } }`;

describe('the Cache-Control search sends the router', () => {
  let search: SearchUnderTest;
  beforeAll(async () => {
    search = await startSearch();
    for (const item of fixtureResources) await search.applyCatalogEvent(catalogEvent(item, 1));
  });
  afterAll(() => search.close());

  const cacheControlOf = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const response = await search.send(query, variables, token);
    expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
    return response.headers.get('cache-control');
  };

  it('lets anyone keep results and similar resources for a minute, and suggestions for five', async () => {
    expect(await cacheControlOf(searchQuery, { input: { query: 'algebra' } })).toBe('max-age=60, public');
    const representations = { r: [{ __typename: 'LearningResource', id: linearAlgebra.id }] };
    expect(await cacheControlOf(similar, representations)).toBe('max-age=60, public');
    expect(await cacheControlOf(suggestions, { prefix: 'alg' })).toBe('max-age=300, public');
  });

  it('keeps what a signed-in caller is answered private', async () => {
    const token = await search.tokenFor(linearAlgebra.id);
    expect(await cacheControlOf(searchQuery, { input: { query: 'algebra' } }, token)).toBe('max-age=60, private');
  });
});
