import type { Client } from '@opensearch-project/opensearch';
import type { Embedder } from '../../embeddings/index.js';
import type { FacetLabeller } from '../facet-labels.js';
import type { VectorStore } from '../qdrant/vector-store.js';
import { fuse } from '../rank-fusion.js';
import type { Highlight, SearchEngine, SearchRequest } from '../search-engine.js';
import { facetAggregations, facetCountsOf } from './facet-aggregations.js';
import { facetClauses, filteredQuery, sortClauses, textQuery } from './query-body.js';
import { runSearch, totalOf } from './run-search.js';
import { correctQuery, termsStartingWith } from './suggestions.js';

/**
 * Search in OpenSearch (text, facets, highlights, suggestions) with vectors in Qdrant (SEMANTIC, HYBRID,
 * `similar`). `index` is the alias that reindexing swaps atomically (see `openIndexRebuild`); facet values
 * get their names from `labelFacets`.
 *
 * @example
 * const engine = createOpenSearchEngine(new Client({ node: 'http://127.0.0.1:9200' }), 'resources', vectors, embedder, facetLabelsFrom(db));
 */
export function createOpenSearchEngine(
  client: Client,
  index: string,
  vectors: VectorStore,
  embedder: Embedder,
  labelFacets: FacetLabeller,
): SearchEngine {
  async function textSearch(request: SearchRequest, limit: number, offset: number) {
    const body = await runSearch(client, index, {
      from: offset,
      size: limit,
      track_total_hits: true,
      query: textQuery(request.text),
      post_filter: { bool: { filter: facetClauses(request.filter) } },
      sort: sortClauses(request),
    });
    const hits = body.hits.hits.map((hit) => ({ id: String(hit._id), score: hit._score ?? 0 }));
    return { hits, total: totalOf(body) };
  }

  async function vectorSearch(request: SearchRequest & { text: string }, limit: number, offset: number) {
    const [vector] = await embedder.embed([request.text]);
    const nearest = vector ? await vectors.nearest(vector, offset + limit, request.filter) : [];
    // Every resource the filter lets through has a similarity, so all of them are semantic matches.
    if (request.mode === 'SEMANTIC') return { hits: nearest.slice(offset), total: await vectors.count(request.filter) };
    const text = await textSearch({ ...request, sort: 'RELEVANCE' }, offset + limit, 0);
    const fused = fuse([text.hits, nearest]);
    return { hits: fused.slice(offset, offset + limit), total: Math.max(text.total, fused.length) };
  }

  return {
    search: (request, limit, offset) =>
      request.mode !== 'TEXT' && request.text !== null
        ? vectorSearch({ ...request, text: request.text }, limit, offset)
        : textSearch(request, limit, offset),
    async facets(request, perFacet) {
      const body = await runSearch(client, index, {
        size: 0,
        query: textQuery(request.text),
        aggs: facetAggregations(request.filter, perFacet),
      });
      return labelFacets(facetCountsOf(body.aggregations));
    },
    async highlights(text, ids) {
      const found = new Map<string, Highlight>();
      if (ids.length === 0) return found;
      const body = await runSearch(client, index, {
        size: ids.length,
        query: { bool: { must: [textQuery(text)], filter: [{ ids: { values: [...ids] } }] } },
        _source: ['title', 'description'],
        highlight: {
          pre_tags: ['<mark>'],
          post_tags: ['</mark>'],
          encoder: 'html',
          number_of_fragments: 0,
          fields: { title: {}, description: {} },
        },
      });
      for (const hit of body.hits.hits as Array<SearchHitWithSource>) {
        const source = hit._source ?? { title: '', description: null };
        found.set(String(hit._id), {
          title: hit.highlight?.title?.[0] ?? escapeHtml(source.title),
          description: hit.highlight?.description?.[0] ?? (source.description ? escapeHtml(source.description) : null),
        });
      }
      return found;
    },
    didYouMean: (text) => correctQuery(client, index, text),
    suggest: (prefix, limit) => termsStartingWith(client, index, prefix, limit),
    async countAddedSince(searches) {
      if (searches.length === 0) return [];
      const aggs = Object.fromEntries(
        searches.map(({ request, since }, position) => [
          `s${position}`,
          {
            filter: {
              bool: { must: [filteredQuery(request)], filter: [{ range: { createdAt: { gt: since.toISOString() } } }] },
            },
          },
        ]),
      );
      const body = await runSearch(client, index, { size: 0, query: { match_all: {} }, aggs });
      return searches.map((_, position) => body.aggregations?.[`s${position}`]?.doc_count ?? 0);
    },
    similar: (ids, limit, filter) => vectors.nearestToPoints(ids, limit, filter),
    // Nothing is kept in this process: the servers hold the indexes.
    ready: () => Promise.resolve(),
  };
}

type SearchHitWithSource = {
  _id?: string;
  highlight?: Record<string, string[]>;
  _source?: { title: string; description: string | null };
};

const escapeHtml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
