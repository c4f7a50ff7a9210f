import type { SearchSort } from '@/gql/graphql';
import { facetTitles } from '@/lib/facet-labels';
import type { SearchFacetCounts } from '@/lib/search';
import { type FacetName, type SearchState, searchSortParams } from '@/lib/search-query';
import { FacetGroup } from '../components/facet-group';
import { SearchBox } from '../components/search-box';

// a Record so that a new sort in the schema fails typecheck until it has a label
const sortLabels: Record<SearchSort, string> = {
  RELEVANCE: 'Best match',
  NEWEST: 'Newest',
  MOST_VIEWED: 'Most viewed',
  UPCOMING: 'Starting soonest',
};

/**
 * The search page's form: the words, the sort and every facet with its counts, sent with GET so that the whole
 * search lives in the address and works without JavaScript. Submitting starts again at the first page.
 * @example <SearchForm query={query} facets={result.data.facets} />
 */
export function SearchForm({ query, facets }: { query: SearchState; facets: SearchFacetCounts | undefined }) {
  return (
    <search aria-label="Search and filter">
      <form className="search-form" action="/search" method="get">
        <div className="search-words">
          <SearchBox id="search-words" label="Search for" defaultValue={query.text} />
          <label htmlFor="search-sort">Sort by</label>
          <select id="search-sort" name="sort" defaultValue={searchSortParams[query.sort]}>
            {(Object.keys(sortLabels) as SearchSort[]).map((sort) => (
              <option key={sort} value={searchSortParams[sort]}>
                {sortLabels[sort]}
              </option>
            ))}
          </select>
          <button type="submit">Search</button>
        </div>
        {facets ? (
          <div className="facets">
            <h2 className="visually-hidden">Filters</h2>
            {(Object.keys(facetTitles) as FacetName[]).map((facet) => (
              <FacetGroup
                key={facet}
                facet={facet}
                title={facetTitles[facet]}
                counts={facets[facet]}
                chosen={query.chosen[facet]}
              />
            ))}
            <button type="submit">Apply filters</button>
          </div>
        ) : null}
      </form>
    </search>
  );
}
