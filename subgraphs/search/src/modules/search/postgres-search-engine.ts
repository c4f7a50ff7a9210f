import type { Database } from '../../db.js';
import type { Embedder } from '../embeddings/index.js';
import { countAddedSince } from './postgres/added-since.js';
import { createCatalogCopy } from './postgres/catalog-copy.js';
import { highlightsOf } from './postgres/highlights.js';
import { semanticSearch } from './postgres/semantic-search.js';
import { correctQuery, termsStartingWith } from './postgres/term-suggestions.js';
import { textSearch } from './postgres/text-search.js';
import type { SearchEngine, SearchHit } from './search-engine.js';

/**
 * Search in the subgraph's own PostgreSQL database. `websearch_to_tsquery` accepts what people type into
 * a search box (quotes, `or`, `-word`) without syntax errors; the weighted `document` column (title over
 * topics, offeror and instructors over description) is matched and ranked in memory where the text copy can
 * (see `createTextIndex`), else in SQL over its GIN index; filters and facet counts are answered from the
 * facet copy (see `createCatalogCopy`); suggestions and corrections come from the trigram-indexed
 * vocabulary; SEMANTIC and HYBRID searches and `similar` scan the embeddings exactly (see
 * `createVectorIndex`).
 *
 * @example
 * const engine = createPostgresSearchEngine(db, hashedNgramEmbedder());
 * const { hits, total } = await engine.search({ text: 'linear algebra', filter: {}, sort: 'RELEVANCE', mode: 'TEXT' }, 20, 0);
 */
export function createPostgresSearchEngine(db: Database, embedder: Embedder): SearchEngine {
  const copy = createCatalogCopy(db);
  const { facets: facetIndex, text: textIndex, vectors } = copy;
  return {
    async search(request, limit, offset) {
      if (request.mode !== 'TEXT' && request.text !== null) {
        const { hits, total } = await semanticSearch(
          db,
          copy,
          embedder,
          { ...request, text: request.text },
          offset + limit,
        );
        return { hits: hits.slice(offset), total };
      }
      return textSearch(db, { facets: facetIndex, text: textIndex }, request, limit, offset);
    },
    facets: (request, perFacet) => facetIndex.count(request, perFacet, textIndex),
    highlights: (text, ids) => highlightsOf(db, text, ids),
    didYouMean: (text) => correctQuery(db, text),
    suggest: (prefix, limit) => termsStartingWith(db, prefix, limit),
    countAddedSince: (searches) => countAddedSince(db, searches),
    async similar(ids, limit, filter) {
      const [allowed] = await Promise.all([facetIndex.filter(filter), copy.refresh()]);
      const found = new Map<string, SearchHit[]>();
      for (const id of ids) {
        const vector = vectors.vectorOf(id);
        found.set(id, vector ? vectors.nearest(vector, limit, allowed?.accepts ?? null, id) : []);
      }
      return found;
    },
    ready() {
      if (copy.loaded()) return Promise.resolve();
      // The read's failure reaches whoever waits on it; the next check starts another.
      copy.refresh().catch(() => undefined);
      return Promise.reject(new Error('the in-memory copies of the catalog are still loading'));
    },
  };
}
