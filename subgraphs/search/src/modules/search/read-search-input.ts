import { badUserInput, isUuid } from '@learngraph/service-kit';
import type { SearchFilter as SearchFilterInput, SearchInput } from './search.input.js';
import { booleanFacets, type FacetName, facetNames, type SearchFilter, type SearchRequest } from './search-engine.js';

/** Explicit limits of `search` and `searchSuggestions`; part of the API (see the README's limits). */
export const searchLimits = {
  defaultSize: 20,
  maxSize: 100,
  queryMax: 200,
  /** How deep results may be paged: the offset of the last result a cursor may point at. */
  maxOffset: 10_000,
  /** How deep SEMANTIC and HYBRID results may be paged: they rank this many candidates. */
  semanticWindow: 1_000,
  similarDefault: 10,
  similarMax: 50,
  filterValuesMax: 50,
  filterValueMax: 100,
  facetValuesMax: 50,
  /** Fewer matches than this, and `didYouMean` looks for a correction. */
  fewHits: 5,
  prefixMax: 100,
  suggestionsDefault: 8,
  suggestionsMax: 20,
};

export const invalid = (field: string, message: string) => badUserInput(`${field} ${message}.`, [{ field, message }]);

function readText(query: string | null | undefined): string | null {
  if (query === null || query === undefined) return null;
  const text = query.trim();
  if (text.length === 0) throw invalid('input.query', 'must not be empty; leave it out to browse');
  if (text.length > searchLimits.queryMax)
    throw invalid('input.query', `must be at most ${searchLimits.queryMax} characters`);
  return text;
}

function readValues(facet: FacetName, values: readonly string[]): string[] {
  const field = `input.filter.${facet}`;
  if (values.length > searchLimits.filterValuesMax)
    throw invalid(field, `may hold at most ${searchLimits.filterValuesMax} values`);
  if (values.some((value) => value.length > searchLimits.filterValueMax))
    throw invalid(field, `values must be at most ${searchLimits.filterValueMax} characters`);
  if (facet === 'topics' && !values.every(isUuid)) throw invalid(field, 'must hold topic ids');
  return [...new Set(values)];
}

/** The engine's filter: empty lists and nulls leave a facet open. */
function readFilter(input: SearchFilterInput | null | undefined): SearchFilter {
  const filter: Record<string, string[] | boolean> = {};
  if (!input) return filter;
  for (const facet of facetNames) {
    const value = input[facet];
    if (value === null || value === undefined) continue;
    if (booleanFacets.includes(facet)) filter[facet] = value as boolean;
    else if ((value as string[]).length > 0) filter[facet] = readValues(facet, value as string[]);
  }
  return filter as SearchFilter;
}

/**
 * Validates a search's input into what the engine takes; anything out of bounds is BAD_USER_INPUT naming
 * the field, before any query runs.
 */
export function readSearchInput(input: SearchInput): SearchRequest {
  const request = { text: readText(input.query), filter: readFilter(input.filter), sort: input.sort, mode: input.mode };
  if (request.mode !== 'TEXT' && request.text === null)
    throw invalid('input.query', `is needed in ${request.mode} mode`);
  if (request.mode !== 'TEXT' && request.sort !== 'RELEVANCE')
    throw invalid('input.sort', `must be RELEVANCE in ${request.mode} mode`);
  return request;
}

/** A similar-resources filter, read like a search's. */
export const readSimilarFilter = readFilter;

/**
 * Search cursors hold the offset of the last result they follow; anything else is not a cursor of this
 * list. A page may not reach deeper than `depth` results.
 */
export function readOffset(after: unknown[] | null, depth: number): number {
  if (after === null) return 0;
  const [offset] = after;
  if (typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0) {
    throw invalid('after', 'is not a cursor returned by this search');
  }
  if (offset > depth) throw invalid('after', `goes deeper than ${depth} results`);
  return offset;
}
