import { type Database, Prisma } from '../../../db.js';
import { createChangeFeed } from './change-feed.js';
import { createFacetIndex, type FacetRow, facetSelection } from './facet-index.js';
import { createTextIndex, type TextRow } from './text-index.js';
import { createVectorIndex, type VectorRow } from './vector-index.js';

/**
 * The in-memory copies searches read, facet values, tsvectors and embeddings, kept current by one change
 * feed: before each search, one read of the rows committed since the last (see `createChangeFeed`), so
 * that searches see every change committed before them, as SQL would. The facet and text copies refresh
 * themselves; callers of the vector copy call `refresh()` first. The first refresh reads every row;
 * `loaded()` says whether it is done.
 *
 * @example
 * const { facets, text, vectors } = createCatalogCopy(db);
 * const found = await text.match('linear algebra');
 */
export function createCatalogCopy(db: Database) {
  const feed = createChangeFeed<FacetRow & TextRow & VectorRow>(
    db,
    Prisma.sql`id::text, published, document::text AS document, embedding::text AS embedding, ${facetSelection}`,
    (rows) => {
      facets.apply(rows);
      text.apply(rows);
      vectors.apply(rows);
    },
  );
  const facets = createFacetIndex(db, feed.refresh);
  const text = createTextIndex(db, feed.refresh);
  const vectors = createVectorIndex();
  return {
    facets,
    text,
    vectors,
    refresh: feed.refresh,
    loaded: feed.loaded,
  };
}
