import { booleanFacets, type FacetCount, type FacetName, facetNames, type SearchFilter } from '../search-engine.js';
import { facetClauses } from './query-body.js';
import type { AggregationResult } from './run-search.js';

/**
 * Multi-select facets: one `filter` aggregation per facet holding every other facet's filter, with a
 * `terms` aggregation inside, so a facet's counts ignore its own selection (the hits apply all of them
 * through `post_filter`).
 */
export function facetAggregations(filter: SearchFilter, perFacet: number) {
  return Object.fromEntries(
    facetNames.map((facet) => [
      facet,
      {
        filter: { bool: { filter: facetClauses(filter, facet) } },
        aggs: { values: { terms: { field: facet, size: perFacet } } },
      },
    ]),
  );
}

/** Reads the counts of `facetAggregations`; yes/no facets answer with the values `true` and `false`. */
export function facetCountsOf(aggregations: Record<string, AggregationResult> | undefined) {
  const counts = {} as Record<FacetName, FacetCount[]>;
  for (const facet of facetNames) {
    const values = aggregations?.[facet]?.values as AggregationResult | undefined;
    counts[facet] = (values?.buckets ?? []).map((bucket) => ({
      value: booleanFacets.includes(facet) ? String(bucket.key_as_string ?? bucket.key === 1) : String(bucket.key),
      label: null,
      count: bucket.doc_count,
    }));
  }
  return counts;
}
