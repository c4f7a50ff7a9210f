import { booleanFacets, facetNames, type SearchFilter } from '../search-engine.js';

type Condition = { key: string; match: { value: boolean } | { any: string[] } };

/**
 * A Qdrant payload filter letting through published points that pass every facet of `filter` (any value
 * within a facet), and never the points in `exclude`.
 */
export function payloadFilter(filter: SearchFilter, exclude: readonly string[] = []) {
  const must: Condition[] = [{ key: 'published', match: { value: true } }];
  for (const facet of facetNames) {
    const value = filter[facet];
    if (value === undefined) continue;
    if (booleanFacets.includes(facet)) must.push({ key: facet, match: { value: value === true } });
    else if (Array.isArray(value) && value.length > 0) must.push({ key: facet, match: { any: value } });
  }
  return exclude.length === 0 ? { must } : { must, must_not: [{ has_id: [...exclude] }] };
}
