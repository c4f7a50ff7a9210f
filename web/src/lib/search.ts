import { SearchDocument, type SearchQuery, SearchSuggestionsDocument } from '@/gql/graphql';
import { executeGraphQL } from './execute-graphql';
import type { Result } from './result';
import { type SearchState, searchFilter } from './search-query';

/** How many results one page of the search shows. */
export const SEARCH_PAGE_SIZE = 20;

/** How many suggestions the search box offers at most. */
export const SUGGESTION_COUNT = 8;

export type SearchPage = SearchQuery['search'];
export type SearchFacetCounts = SearchPage['facets'];

/**
 * One page of results for the search page's words, chosen facet values and sort, with every facet's counts.
 * @example const result = await searchResources(parseSearchQuery({ q: 'quantum' }));
 */
export async function searchResources(query: SearchState): Promise<Result<SearchPage>> {
  const result = await executeGraphQL(SearchDocument, {
    input: { query: query.text, filter: searchFilter(query), sort: query.sort },
    first: SEARCH_PAGE_SIZE,
    after: query.after,
  });
  return result.ok ? { ok: true, data: result.data.search } : result;
}

/**
 * Words completing a prefix of what someone types, shortest first.
 * @example const result = await searchSuggestions('qua'); // { ok: true, data: ['quantum', …] }
 */
export async function searchSuggestions(prefix: string): Promise<Result<string[]>> {
  const result = await executeGraphQL(SearchSuggestionsDocument, { prefix, first: SUGGESTION_COUNT });
  return result.ok ? { ok: true, data: result.data.searchSuggestions } : result;
}
