import type { Database } from '../../../db.js';
import type { Embedder } from '../../embeddings/index.js';
import { fuse } from '../rank-fusion.js';
import type { SearchFilter, SearchHit, SearchRequest } from '../search-engine.js';
import { fromClause, orderClause, whereClause } from './filter-sql.js';
import type { VectorIndex } from './vector-index.js';

/** The ids of published resources `filter` lets through, or null when it lets every one through. */
export async function allowedIds(db: Database, filter: SearchFilter): Promise<Set<string> | null> {
  if (Object.keys(filter).length === 0) return null;
  const request: SearchRequest = { text: null, filter, sort: 'RELEVANCE', mode: 'TEXT' };
  const rows = await db.$queryRaw<Array<{ id: string }>>`
    SELECT id::text FROM search_document WHERE ${whereClause(request)}`;
  return new Set(rows.map((row) => row.id));
}

/** The best `window` full-text matches, best first. */
function textMatches(db: Database, request: SearchRequest, window: number): Promise<SearchHit[]> {
  return db.$queryRaw<SearchHit[]>`
    SELECT id::text, ts_rank(document, query)::float8 AS score FROM ${fromClause(request)}
    WHERE ${whereClause(request)} ORDER BY ${orderClause(request)} LIMIT ${window}`;
}

/**
 * A SEMANTIC or HYBRID search's first `window` results (the page and everything before it) and how many
 * there are. SEMANTIC ranks every resource the filter lets through by the cosine similarity of its
 * embedding to the query's; HYBRID fuses the best `window` full-text matches with the best `window` by
 * embedding by reciprocal rank (see `fuse`).
 */
export async function semanticSearch(
  db: Database,
  index: VectorIndex,
  embedder: Embedder,
  request: SearchRequest & { text: string },
  window: number,
): Promise<{ hits: SearchHit[]; total: number }> {
  const [[query], allowed] = await Promise.all([embedder.embed([request.text]), allowedIds(db, request.filter)]);
  const nearest = query ? await index.nearest(query, window, allowed) : [];
  if (request.mode === 'SEMANTIC') return { hits: nearest, total: allowed?.size ?? (await index.size()) };
  const fused = fuse([await textMatches(db, request, window), nearest]);
  return { hits: fused.slice(0, window), total: fused.length };
}
