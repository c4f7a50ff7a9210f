import type { Database } from '../../db.js';
import type { FacetCount, FacetName } from './search-engine.js';

/** Gives counted facet values their display names (a topic's name for its id …); values without one keep null. */
export type FacetLabeller = (counts: Record<FacetName, FacetCount[]>) => Promise<Record<FacetName, FacetCount[]>>;

/**
 * Labels from the search database's `facet_label`, which every catalog event fills, read in one query for
 * all the values of all the facets.
 *
 * @example
 * const labelled = await facetLabelsFrom(db)(counts); // topics: [{ value: '5d1f…', label: 'Physics', count: 3 }]
 */
export function facetLabelsFrom(db: Database): FacetLabeller {
  return async (counts) => {
    const entries = Object.entries(counts) as Array<[FacetName, FacetCount[]]>;
    const facets = entries.flatMap(([facet, values]) => values.map(() => facet));
    const values = entries.flatMap(([, found]) => found.map(({ value }) => value));
    if (values.length === 0) return counts;
    const rows = await db.$queryRaw<Array<{ facet: string; value: string; label: string }>>`
      SELECT l.facet, l.value, l.label FROM facet_label AS l
      JOIN unnest(${facets}::text[], ${values}::text[]) AS wanted(facet, value) USING (facet, value)`;
    const labels = new Map(rows.map((row) => [`${row.facet}/${row.value}`, row.label]));
    return Object.fromEntries(
      entries.map(([facet, found]) => [
        facet,
        found.map((count) => ({ ...count, label: labels.get(`${facet}/${count.value}`) ?? count.label })),
      ]),
    ) as Record<FacetName, FacetCount[]>;
  };
}
