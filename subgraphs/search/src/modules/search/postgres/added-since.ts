import { type Database, Prisma } from '../../../db.js';
import type { SearchRequest } from '../search-engine.js';
import { fromClause, whereClause } from './filter-sql.js';

/**
 * How many resources each search matches that entered the catalog after its `since`, as one statement
 * (one count per search, joined by UNION ALL). Semantic searches count what their filter lets through:
 * by meaning, everything matches.
 */
export async function countAddedSince(
  db: Database,
  searches: ReadonlyArray<{ request: SearchRequest; since: Date }>,
): Promise<number[]> {
  if (searches.length === 0) return [];
  const counts = searches.map(({ request, since }, index) => {
    const matching: SearchRequest = request.mode === 'SEMANTIC' ? { ...request, text: null } : request;
    return Prisma.sql`SELECT ${index}::int AS position, count(*)::int AS count FROM ${fromClause(matching)}
      WHERE ${whereClause(matching)} AND created_at > ${since}`;
  });
  const rows = await db.$queryRaw<Array<{ position: number; count: number }>>`${Prisma.join(counts, ' UNION ALL ')}`;
  const byPosition = new Map(rows.map((row) => [row.position, row.count]));
  return searches.map((_, index) => byPosition.get(index) ?? 0);
}
