import { type Database, Prisma } from '../../../db.js';
import type { SearchHit, SearchRequest } from '../search-engine.js';
import type { FacetIndex } from './facet-index.js';
import { fromClause, orderClause, whereClause } from './filter-sql.js';
import type { TextIndex } from './text-index.js';

/**
 * A TEXT-mode search (or a listing without text): the page, best first by the request's sort, and how many
 * match. Relevance-sorted text searches are matched and ranked in memory (see `createTextIndex`); other
 * sorts read their page in SQL, where an index on the sort key stops after the page, and count in memory.
 * SQL answers alone what the text index leaves to it (queries that only exclude words).
 */
export async function textSearch(
  db: Database,
  indexes: { facets: FacetIndex; text: TextIndex },
  request: SearchRequest,
  limit: number,
  offset: number,
): Promise<{ hits: SearchHit[]; total: number }> {
  const [found, allowed] = await Promise.all([
    request.text === null ? null : indexes.text.match(request.text),
    indexes.facets.filter(request.filter),
  ]);
  const accepts = allowed?.accepts ?? null;
  if (found && request.sort === 'RELEVANCE') {
    const { hits, total } = found.best(offset + limit, accepts);
    return { hits: hits.slice(offset), total };
  }
  const from = fromClause(request);
  const where = whereClause(request);
  const score = request.text === null ? Prisma.sql`0::float8` : Prisma.sql`ts_rank(document, query)::float8`;
  const page = db.$queryRaw<SearchHit[]>`
    SELECT id::text, ${score} AS score FROM ${from} WHERE ${where}
    ORDER BY ${orderClause(request)} LIMIT ${limit} OFFSET ${offset}`;
  if (request.text === null) return { hits: await page, total: allowed ? allowed.size() : await indexes.facets.size() };
  if (found) return { hits: await page, total: found.count(accepts) };
  const [hits, counts] = await Promise.all([
    page,
    db.$queryRaw<Array<{ total: bigint }>>`SELECT count(*) AS total FROM ${from} WHERE ${where}`,
  ]);
  return { hits, total: Number(counts[0]?.total ?? 0) };
}
