import type { Database } from '../../../db.js';
import type { Embedder } from '../../embeddings/index.js';
import { fuse } from '../rank-fusion.js';
import type { SearchHit, SearchRequest } from '../search-engine.js';
import type { FacetIndex } from './facet-index.js';
import { fromClause, orderClause, whereClause } from './filter-sql.js';
import type { TextIndex } from './text-index.js';
import type { VectorIndex } from './vector-index.js';

/** The best `window` full-text matches, best first, in SQL: for what the text index leaves to it. */
function textMatchesInSql(db: Database, request: SearchRequest & { text: string }, window: number) {
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
  indexes: { vectors: VectorIndex; facets: FacetIndex; text: TextIndex; refresh: () => Promise<void> },
  embedder: Embedder,
  request: SearchRequest & { text: string },
  window: number,
): Promise<{ hits: SearchHit[]; total: number }> {
  const [[query], allowed, found] = await Promise.all([
    embedder.embed([request.text]),
    indexes.facets.filter(request.filter),
    request.mode === 'HYBRID' ? indexes.text.match(request.text) : null,
    indexes.refresh(),
  ]);
  const accepts = allowed?.accepts ?? null;
  const nearest = query ? indexes.vectors.nearest(query, window, accepts) : [];
  if (request.mode === 'SEMANTIC') return { hits: nearest, total: allowed ? allowed.size() : indexes.vectors.size() };
  const fused = fuse([found ? found.best(window, accepts).hits : await textMatchesInSql(db, request, window), nearest]);
  return { hits: fused.slice(0, window), total: fused.length };
}
