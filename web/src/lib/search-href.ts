import { type FacetName, facetParams, type SearchState, searchSortParams } from './search-query';

/**
 * The relative link to the search page showing this query, parameters always in the same order and defaults
 * left out, so equal searches have equal addresses.
 * @example searchHref({ ...query, text: 'quantum', after: undefined }) // '/search?q=quantum'
 */
export function searchHref(query: SearchState): string {
  const params = new URLSearchParams();
  if (query.text) params.set('q', query.text);
  if (query.sort !== 'RELEVANCE') params.set('sort', searchSortParams[query.sort]);
  for (const facet of Object.keys(facetParams) as FacetName[]) {
    for (const value of query.chosen[facet]) params.append(facetParams[facet], value);
  }
  if (query.after) params.set('after', query.after);
  const search = params.toString();
  return search ? `/search?${search}` : '/search';
}

/**
 * The same search with other words and no filters' page: a change of words starts again at the first page.
 * @example retextHref(query, 'quantum physics')
 */
export function retextHref(query: SearchState, text: string): string {
  return searchHref({ ...query, text, after: undefined });
}

/**
 * The same words with no facet value chosen, at the first page.
 * @example unfilteredHref(query) // '/search?q=quantum'
 */
export function unfilteredHref(query: SearchState): string {
  const chosen = Object.fromEntries(
    Object.keys(query.chosen).map((facet) => [facet, []]),
  ) as unknown as SearchState['chosen'];
  return searchHref({ ...query, chosen, after: undefined });
}
