import { type Database, Prisma } from '../../../db.js';
import { type FacetCount, type FacetName, facetNames, type SearchRequest } from '../search-engine.js';
import { facetColumns } from './facet-columns.js';
import { fromClause, whereClause } from './filter-sql.js';

const facetedColumns = Prisma.raw(
  'resource_type, topic_ids, offeror, platform, departments, levels, certification, certification_type, free, professional, delivery, languages',
);

/** One facet's value counts over the rows of `source` (a CTE name). */
function countsOf(facet: FacetName, source: Prisma.Sql): Prisma.Sql {
  const column = facetColumns[facet];
  const name = Prisma.sql`${facet}::text AS facet`;
  if (column.kind === 'array') {
    return Prisma.sql`SELECT ${name}, v::text AS value, count(*)::int AS count
      FROM ${source}, unnest(${column.sql}) AS v GROUP BY 2`;
  }
  return Prisma.sql`SELECT ${name}, (${column.sql})::text AS value, count(*)::int AS count
    FROM ${source} WHERE ${column.sql} IS NOT NULL GROUP BY 2`;
}

interface CountRow {
  facet: FacetName;
  value: string;
  label: string | null;
  count: number;
}

/**
 * Every facet's counts in one statement. The matching rows are read once into a CTE; a facet whose own
 * filter is set is counted over its own CTE, the rows matching every other filter (multi-select: choosing
 * a value does not hide the others). Each facet keeps its `perFacet` most frequent values.
 */
export async function facetCounts(
  db: Database,
  request: SearchRequest,
  perFacet: number,
): Promise<Record<FacetName, FacetCount[]>> {
  const from = fromClause(request);
  const ctes = [
    Prisma.sql`matching AS MATERIALIZED (SELECT ${facetedColumns} FROM ${from} WHERE ${whereClause(request)})`,
  ];
  const counts = facetNames.map((facet, index) => {
    if (request.filter[facet] === undefined) return countsOf(facet, Prisma.raw('matching'));
    const own = Prisma.raw(`own_${index}`);
    ctes.push(
      Prisma.sql`${own} AS MATERIALIZED (SELECT ${facetedColumns} FROM ${from} WHERE ${whereClause(request, facet)})`,
    );
    return countsOf(facet, own);
  });
  const rows = await db.$queryRaw<CountRow[]>`
    WITH ${Prisma.join(ctes, ', ')},
    counted AS (${Prisma.join(counts, ' UNION ALL ')}),
    ranked AS (SELECT *, row_number() OVER (PARTITION BY facet ORDER BY count DESC, value) AS rank FROM counted)
    SELECT ranked.facet, ranked.value, label.label, ranked.count
    FROM ranked LEFT JOIN facet_label AS label ON label.facet = ranked.facet AND label.value = ranked.value
    WHERE rank <= ${perFacet}
    ORDER BY ranked.facet, rank`;
  const result = Object.fromEntries(facetNames.map((facet) => [facet, [] as FacetCount[]])) as Record<
    FacetName,
    FacetCount[]
  >;
  for (const row of rows) result[row.facet].push({ value: row.value, label: row.label, count: row.count });
  return result;
}
