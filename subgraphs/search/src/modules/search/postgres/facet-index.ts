import { type Database, Prisma } from '../../../db.js';
import { facetLabelsFrom } from '../facet-labels.js';
import {
  type FacetCount,
  type FacetName,
  facetNames,
  type SearchFilter,
  type SearchRequest,
} from '../search-engine.js';
import { facetColumns } from './facet-columns.js';
import { facetTable, failedFacet } from './facet-table.js';
import type { TextIndex } from './text-index.js';

export type FacetRow = { id: string; published: boolean } & Record<FacetName, string[]>;

/** Each facet's values of a row as text arrays, as the facet columns define them (groups, booleans too). */
export const facetSelection = Prisma.join(
  facetNames.map((facet) => {
    const column = facetColumns[facet];
    const values =
      column.kind === 'array'
        ? Prisma.sql`${column.sql}::text[]`
        : Prisma.sql`array_remove(ARRAY[(${column.sql})::text], NULL)`;
    return Prisma.sql`${values} AS ${Prisma.raw(`"${facet}"`)}`;
  }),
);

/**
 * Facet counts in memory: every published document's facet values (see `facetTable`), kept current by the
 * change feed `refresh` runs (see `createCatalogCopy`), which hands the rows to `apply`. A count walks the
 * matching documents once: a document passing every filter counts for every facet; one failing exactly one
 * facet's filter counts for that facet alone (multi-select: a facet's counts ignore its own filter); one
 * failing two counts for none. The same table answers which documents a filter lets through (`filter`),
 * for the text search and the vector scans.
 *
 * @example
 * const { facets, text } = createCatalogCopy(db);
 * await facets.count(request, 50, text);
 */
export function createFacetIndex(db: Database, refresh: () => Promise<void>) {
  const table = facetTable();
  const labelled = facetLabelsFrom(db);
  // Walks over the whole catalog (no text) give the same answer until a row changes: kept per filter, and
  // forgotten whenever the change feed applies anything. A few hundred filters at most are kept.
  const catalogWalks = new Map<string, unknown>();
  function remembered<T>(key: string, walk: () => T): T {
    if (catalogWalks.has(key)) return catalogWalks.get(key) as T;
    if (catalogWalks.size >= 500) catalogWalks.clear();
    const result = walk();
    catalogWalks.set(key, result);
    return result;
  }
  async function matchingIds(text: string): Promise<string[]> {
    const rows = await db.$queryRaw<Array<{ id: string }>>`
      SELECT id::text FROM search_document, websearch_to_tsquery('english', ${text}) AS query
      WHERE published AND document @@ query`;
    return rows.map((row) => row.id);
  }

  /** Adds `row`'s values to `counts`: every facet's when it passed every filter, else the one it failed. */
  function tally(counts: Int32Array[], row: Int32Array, failed: number) {
    let at = 0;
    for (let facet = 0; facet < counts.length; facet += 1) {
      const count = row[at] as number;
      const bucket = counts[facet];
      if (bucket && (failed === -1 || failed === facet)) {
        for (let index = at + 1; index <= at + count; index += 1) {
          const value = row[index] as number;
          bucket[value] = (bucket[value] as number) + 1;
        }
      }
      at += count + 1;
    }
  }

  return {
    /** Stores the published rows' values and drops the others'. */
    apply(rows: FacetRow[]) {
      if (rows.length > 0) catalogWalks.clear();
      for (const row of rows) {
        if (!row.published) table.remove(row.id);
        else
          table.put(
            row.id,
            facetNames.map((facet) => row[facet]),
          );
      }
    },
    /** Counts per facet value; text matches come from `textIndex` where it can tell, else from SQL. */
    async count(
      request: SearchRequest,
      perFacet: number,
      textIndex: TextIndex,
    ): Promise<Record<FacetName, FacetCount[]>> {
      const { text } = request;
      const [, matching] = await Promise.all([
        refresh(),
        text === null || request.mode === 'SEMANTIC'
          ? null
          : textIndex.match(text).then((found) => found?.ids() ?? matchingIds(text)),
      ]);
      const walk = () => {
        const masks = table.masks(request.filter);
        const counts = table.dictionaries.map((facetValues) => new Int32Array(facetValues.values.length));
        const consider = (row: Int32Array | undefined) => {
          if (!row) return;
          const failed = failedFacet(row, masks);
          if (failed !== -2) tally(counts, row, failed);
        };
        if (matching) for (const id of matching) consider(table.rowOf(id));
        else for (const row of table.rows) consider(row);
        return facetNames.map((_, position) => {
          const values = table.dictionaries[position]?.values ?? [];
          const found: Array<{ value: string; count: number }> = [];
          counts[position]?.forEach((count, value) => {
            if (count > 0) found.push({ value: values[value] ?? '', count });
          });
          return found.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1)).slice(0, perFacet);
        });
      };
      const top = matching ? walk() : remembered(`counts ${perFacet} ${JSON.stringify(request.filter)}`, walk);
      return labelled(
        Object.fromEntries(
          facetNames.map((facet, index) => [
            facet,
            (top[index] ?? []).map(({ value, count }) => ({ value, count, label: null })),
          ]),
        ) as Record<FacetName, FacetCount[]>,
      );
    },
    /** How many resources are published. */
    async size(): Promise<number> {
      await refresh();
      return table.size();
    },
    /**
     * Which published resources `filter` lets through, as a test on an id, and how many they are (counted
     * when asked); null when the filter is empty and lets every one through.
     */
    async filter(filter: SearchFilter): Promise<{ accepts: (id: string) => boolean; size: () => number } | null> {
      if (Object.keys(filter).length === 0) return null;
      await refresh();
      const masks = table.masks(filter);
      return {
        accepts: (id) => {
          const row = table.rowOf(id);
          return row !== undefined && failedFacet(row, masks) === -1;
        },
        size: () =>
          remembered(`size ${JSON.stringify(filter)}`, () =>
            table.rows.reduce((size, row) => (row && failedFacet(row, masks) === -1 ? size + 1 : size), 0),
          ),
      };
    },
  };
}

export type FacetIndex = ReturnType<typeof createFacetIndex>;
