import type { Database } from '../../db.js';
import type { SearchEngine, SearchHit } from './search-engine.js';

/**
 * Full-text search in the subgraph's own PostgreSQL database. `websearch_to_tsquery` accepts what people
 * type into a search box (quotes, `or`, `-word`) without syntax errors; the weighted `document` column
 * (title over topics, offeror and instructors over description) has a GIN index.
 *
 * @example
 * const engine = createPostgresSearchEngine(db);
 * const { hits, total } = await engine.search('linear algebra', 20, 0);
 */
export function createPostgresSearchEngine(db: Database): SearchEngine {
  return {
    async search(text, limit, offset) {
      const [hits, counts] = await Promise.all([
        db.$queryRaw<SearchHit[]>`
          SELECT id, ts_rank(document, query)::float8 AS score
          FROM search_document, websearch_to_tsquery('english', ${text}) AS query
          WHERE published AND document @@ query
          ORDER BY score DESC, id
          LIMIT ${limit} OFFSET ${offset}`,
        db.$queryRaw<Array<{ total: bigint }>>`
          SELECT count(*) AS total
          FROM search_document, websearch_to_tsquery('english', ${text}) AS query
          WHERE published AND document @@ query`,
      ]);
      return { hits, total: Number(counts[0]?.total ?? 0) };
    },
  };
}
