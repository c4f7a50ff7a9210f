import type { Database } from '../../../db.js';
import { type ChangeFeedOptions, createChangeFeed } from './change-feed.js';
import { createFacetIndex, type FacetRow, facetSelection } from './facet-index.js';
import { createTextIndex, type TextRow } from './text-index.js';

/**
 * The in-memory copies a text search reads, facet values and tsvectors, kept current by one change feed:
 * one read of the rows changed since, before each search by default (`maxAgeMs` 0), so that searches see
 * every change committed before them, as SQL would.
 *
 * @example
 * const { facets, text } = createCatalogCopy(db);
 * const found = await text.match('linear algebra');
 */
export function createCatalogCopy(db: Database, options: ChangeFeedOptions = { maxAgeMs: 0 }) {
  const feed = createChangeFeed(
    (since) => db.$queryRaw<Array<FacetRow & TextRow>>`
      SELECT id::text, published, document::text AS document, ${facetSelection}
      FROM search_document WHERE synced_at > ${since}`,
    (rows) => {
      facets.apply(rows);
      text.apply(rows);
    },
    options,
  );
  const facets = createFacetIndex(db, feed.refresh);
  const text = createTextIndex(db, feed.refresh);
  return { facets, text };
}
