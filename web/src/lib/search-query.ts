import type { SearchFilter, SearchQuery, SearchSort } from '@/gql/graphql';
import { closedFacetValues } from './facet-labels';
import { pageCursor } from './page-cursor';

/** The facets of a search, as the API names them. */
export type FacetName = Exclude<keyof SearchQuery['search']['facets'], '__typename'>;

/** What the search page shows: the words, the chosen facet values, the sort and the page, from its address. */
export interface SearchState {
  /** The words searched for; `undefined` lists everything the filters let through. */
  text: string | undefined;
  sort: SearchSort;
  /** The chosen values of each facet; values of one facet are alternatives. */
  chosen: Record<FacetName, string[]>;
  /** The cursor of the previous page's last result; `undefined` for the first page. */
  after: string | undefined;
}

/** Each facet's name in the address: short, readable in a shared link, repeated for several values. */
export const facetParams: Record<FacetName, string> = {
  resourceTypeGroups: 'group',
  resourceTypes: 'type',
  topics: 'topic',
  offerors: 'offeror',
  platforms: 'platform',
  departments: 'department',
  levels: 'level',
  certification: 'certificate',
  certificationTypes: 'certificate-type',
  free: 'free',
  professional: 'professional',
  delivery: 'delivery',
  languages: 'language',
};

/** Each sort as the address spells it; relevance is the default and is left out. */
export const searchSortParams: Record<SearchSort, string> = {
  RELEVANCE: 'relevance',
  NEWEST: 'newest',
  MOST_VIEWED: 'most-viewed',
  UPCOMING: 'upcoming',
};

/** The API's limits: 200 characters of words, 50 values a facet. */
export const MAX_QUERY_LENGTH = 200;
export const MAX_FACET_VALUES = 50;

const booleanFacets: ReadonlySet<FacetName> = new Set(['certification', 'free', 'professional']);
// ids and codes: anything else is not a link this site made and is left out
const FACET_VALUE = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

/**
 * Reads the search page's address. An unknown sort falls back to relevance, a malformed facet value is dropped,
 * long words are cut to the API's limit; values the catalog must judge (ids, cursors) are passed on as they are.
 * @example parseSearchQuery({ q: 'quantum', free: 'true', type: ['COURSE', 'VIDEO'] })
 */
export function parseSearchQuery(params: Record<string, string | string[] | undefined>): SearchState {
  const text = first(params.q)?.trim().slice(0, MAX_QUERY_LENGTH);
  const sortParam = first(params.sort);
  const sort = (Object.keys(searchSortParams) as SearchSort[]).find((key) => searchSortParams[key] === sortParam);
  const chosen = {} as Record<FacetName, string[]>;
  for (const facet of Object.keys(facetParams) as FacetName[]) {
    const closed = closedFacetValues[facet];
    const values = [params[facetParams[facet]] ?? []]
      .flat()
      .filter((value) => (closed ? Object.hasOwn(closed, value) : FACET_VALUE.test(value)));
    chosen[facet] = [...new Set(values)].slice(0, MAX_FACET_VALUES);
  }
  return { text: text || undefined, sort: sort ?? 'RELEVANCE', chosen, after: pageCursor(params.after) };
}

/**
 * The API's filter for the chosen values. A yes/no facet filters only when exactly one answer is chosen: both
 * answers together mean either.
 * @example searchFilter(parseSearchQuery({ free: 'true' })) // { free: true }
 */
export function searchFilter(query: SearchState): SearchFilter {
  const filter: Record<string, unknown> = {};
  for (const facet of Object.keys(query.chosen) as FacetName[]) {
    const values = query.chosen[facet];
    if (booleanFacets.has(facet)) {
      if (values.length === 1) filter[facet] = values[0] === 'true';
    } else if (values.length > 0) {
      filter[facet] = values;
    }
  }
  return filter as SearchFilter;
}

/**
 * Whether any facet value is chosen.
 * @example isNarrowed(parseSearchQuery({ q: 'x' })) // false
 */
export function isNarrowed(query: SearchState): boolean {
  return Object.values(query.chosen).some((values) => values.length > 0);
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
