import { type Database, Prisma } from '../../../db.js';
import { type FacetCount, type FacetName, facetNames, type SearchRequest } from '../search-engine.js';
import { type ChangeFeedOptions, createChangeFeed } from './change-feed.js';
import { facetColumns } from './facet-columns.js';

type FacetRow = { id: string; published: boolean } & Record<FacetName, string[]>;

/** Each facet's values of a row as text arrays, as the facet columns define them (groups, booleans too). */
const facetSelection = Prisma.join(
  facetNames.map((facet) => {
    const column = facetColumns[facet];
    const values =
      column.kind === 'array'
        ? Prisma.sql`${column.sql}::text[]`
        : Prisma.sql`array_remove(ARRAY[(${column.sql})::text], NULL)`;
    return Prisma.sql`${values} AS ${Prisma.raw(`"${facet}"`)}`;
  }),
);

/** Interns each facet's values as small numbers, so 100,000 documents' facets take a few megabytes. */
function dictionary() {
  const ids = new Map<string, number>();
  const values: string[] = [];
  return {
    values,
    id(value: string): number {
      let id = ids.get(value);
      if (id === undefined) {
        id = values.push(value) - 1;
        ids.set(value, id);
      }
      return id;
    },
    find: (value: string) => ids.get(value),
  };
}

/**
 * Facet counts in memory: every published document's facet values, interned per facet and kept current by
 * a change feed. A count walks the matching documents once: a document passing every filter counts for every
 * facet; one failing exactly one facet's filter counts for that facet alone (multi-select: a facet's counts
 * ignore its own filter); one failing two counts for none. Full-text matching stays in SQL (ids only).
 *
 * @example
 * const facets = createFacetIndex(db);
 * await facets.count(request, 50);
 */
export function createFacetIndex(db: Database, options: ChangeFeedOptions = {}) {
  const dictionaries = Object.fromEntries(facetNames.map((facet) => [facet, dictionary()])) as Record<
    FacetName,
    ReturnType<typeof dictionary>
  >;
  const documents = new Map<string, number[][]>();
  const { refresh } = createChangeFeed(
    (since) => db.$queryRaw<FacetRow[]>`
      SELECT id::text, published, ${facetSelection} FROM search_document WHERE synced_at > ${since}`,
    (rows) => {
      for (const row of rows) {
        if (!row.published) documents.delete(row.id);
        else
          documents.set(
            row.id,
            facetNames.map((facet) => row[facet].map((value) => dictionaries[facet].id(value))),
          );
      }
    },
    options,
  );

  /** Per facet, the value ids its filter accepts (null: open). */
  const acceptedValues = (request: SearchRequest) =>
    facetNames.map((facet) => {
      const filter = request.filter[facet];
      if (filter === undefined) return null;
      const wanted = typeof filter === 'boolean' ? [String(filter)] : filter;
      return new Set(wanted.flatMap((value) => dictionaries[facet].find(value) ?? []));
    });

  async function matchingIds(text: string): Promise<string[]> {
    const rows = await db.$queryRaw<Array<{ id: string }>>`
      SELECT id::text FROM search_document, websearch_to_tsquery('english', ${text}) AS query
      WHERE published AND document @@ query`;
    return rows.map((row) => row.id);
  }

  async function labelsOf(wanted: Array<[FacetName, string]>): Promise<Map<string, string>> {
    if (wanted.length === 0) return new Map();
    const rows = await db.$queryRaw<Array<{ facet: string; value: string; label: string }>>`
      SELECT facet, value, label FROM facet_label
      WHERE (facet, value) IN (SELECT * FROM unnest(${wanted.map(([f]) => f)}::text[], ${wanted.map(([, v]) => v)}::text[]))`;
    return new Map(rows.map((row) => [`${row.facet}\u0000${row.value}`, row.label]));
  }

  return {
    async count(request: SearchRequest, perFacet: number): Promise<Record<FacetName, FacetCount[]>> {
      const [, matching] = await Promise.all([
        refresh(),
        request.text === null || request.mode === 'SEMANTIC' ? null : matchingIds(request.text),
      ]);
      const accepted = acceptedValues(request);
      const counts = facetNames.map(() => new Map<number, number>());
      const tally = (facet: number, values: number[] | undefined) => {
        const bucket = counts[facet];
        if (!bucket || !values) return;
        for (const value of values) bucket.set(value, (bucket.get(value) ?? 0) + 1);
      };
      const consider = (values: number[][] | undefined) => {
        if (!values) return;
        let failed = -1;
        for (let facet = 0; facet < accepted.length; facet += 1) {
          const wanted = accepted[facet];
          if (!wanted || values[facet]?.some((value) => wanted.has(value))) continue;
          if (failed !== -1) return;
          failed = facet;
        }
        if (failed !== -1) tally(failed, values[failed]);
        else for (let facet = 0; facet < values.length; facet += 1) tally(facet, values[facet]);
      };
      if (matching) for (const id of matching) consider(documents.get(id));
      else for (const values of documents.values()) consider(values);

      const top = facetNames.map((facet, index) =>
        [...(counts[index] ?? new Map<number, number>())]
          .map(([value, count]) => ({ value: dictionaries[facet].values[value] ?? '', count }))
          .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1))
          .slice(0, perFacet),
      );
      const labels = await labelsOf(
        facetNames.flatMap((facet, index) =>
          (top[index] ?? []).map(({ value }): [FacetName, string] => [facet, value]),
        ),
      );
      return Object.fromEntries(
        facetNames.map((facet, index) => [
          facet,
          (top[index] ?? []).map(({ value, count }) => ({
            value,
            count,
            label: labels.get(`${facet}\u0000${value}`) ?? null,
          })),
        ]),
      ) as Record<FacetName, FacetCount[]>;
    },
  };
}
