import { type Database, Prisma } from '../../db.js';
import { facetCounts } from './postgres/facet-counts.js';
import { fromClause, orderClause, whereClause } from './postgres/filter-sql.js';
import { highlightsOf } from './postgres/highlights.js';
import { correctQuery, termsStartingWith } from './postgres/term-suggestions.js';
import type { SearchEngine, SearchHit } from './search-engine.js';

/**
 * Search in the subgraph's own PostgreSQL database. `websearch_to_tsquery` accepts what people type into
 * a search box (quotes, `or`, `-word`) without syntax errors; the weighted `document` column (title over
 * topics, offeror and instructors over description) has a GIN index; facets are counted in one statement;
 * suggestions and corrections come from the trigram-indexed vocabulary.
 *
 * @example
 * const engine = createPostgresSearchEngine(db);
 * const { hits, total } = await engine.search({ text: 'linear algebra', filter: {}, sort: 'RELEVANCE' }, 20, 0);
 */
export function createPostgresSearchEngine(db: Database): SearchEngine {
  return {
    async search(request, limit, offset) {
      const from = fromClause(request);
      const where = whereClause(request);
      const score = request.text === null ? Prisma.sql`0::float8` : Prisma.sql`ts_rank(document, query)::float8`;
      const [hits, counts] = await Promise.all([
        db.$queryRaw<SearchHit[]>`
          SELECT id::text, ${score} AS score FROM ${from} WHERE ${where}
          ORDER BY ${orderClause(request)} LIMIT ${limit} OFFSET ${offset}`,
        db.$queryRaw<Array<{ total: bigint }>>`SELECT count(*) AS total FROM ${from} WHERE ${where}`,
      ]);
      return { hits, total: Number(counts[0]?.total ?? 0) };
    },
    facets: (request, perFacet) => facetCounts(db, request, perFacet),
    highlights: (text, ids) => highlightsOf(db, text, ids),
    didYouMean: (text) => correctQuery(db, text),
    suggest: (prefix, limit) => termsStartingWith(db, prefix, limit),
  };
}
