import { QdrantClient } from '@qdrant/js-client-rest';
import type { SearchFilter, SearchHit } from '../search-engine.js';
import { payloadFilter } from './payload-filter.js';

/** A point's payload: whether it is published and its facet values, so that nearest searches can filter. */
export type VectorPayload = Record<string, unknown> & { published: boolean };

/** Resource embeddings in one Qdrant collection, point id = resource id, compared by cosine. */
export interface VectorStore {
  /** Makes sure the collection (or the alias of that name) exists, creating it with `dimensions` if not. */
  ensureCollection(dimensions: number): Promise<void>;
  upsert(id: string, vector: Float32Array, payload: VectorPayload): Promise<void>;
  remove(id: string): Promise<void>;
  /** The nearest published points to `vector` that `filter` lets through, nearest first, `exclude` left out. */
  nearest(vector: Float32Array, limit: number, filter: SearchFilter, exclude?: readonly string[]): Promise<SearchHit[]>;
  /** How many published points `filter` lets through, counted exactly. */
  count(filter: SearchFilter): Promise<number>;
  /** For each of `ids`, its nearest published points that `filter` lets through, itself left out; one round trip. */
  nearestToPoints(ids: readonly string[], limit: number, filter: SearchFilter): Promise<Map<string, SearchHit[]>>;
}

/**
 * @example
 * const vectors = createQdrantVectorStore(new QdrantClient({ url: 'http://127.0.0.1:6333', checkCompatibility: false }), 'resources');
 */
export function createQdrantVectorStore(client: QdrantClient, collection: string): VectorStore {
  return {
    async ensureCollection(dimensions) {
      const answers = async () =>
        (await client.getAliases()).aliases.some((entry) => entry.alias_name === collection) ||
        (await client.collectionExists(collection)).exists;
      if (await answers()) return;
      // As in OpenSearch: `<alias>-0` behind the alias, so that a reindex can swap it without a gap. Processes
      // starting at once ask for the same names; whoever is refused finds them made by another.
      const initial = `${collection}-0`;
      try {
        await client.createCollection(initial, { vectors: { size: dimensions, distance: 'Cosine' } });
      } catch (error) {
        if (!(await client.collectionExists(initial)).exists) throw error;
      }
      try {
        await client.updateCollectionAliases({
          actions: [{ create_alias: { collection_name: initial, alias_name: collection } }],
        });
      } catch (error) {
        if (!(await answers())) throw error;
      }
    },
    async upsert(id, vector, payload) {
      await client.upsert(collection, { wait: true, points: [{ id, vector: Array.from(vector), payload }] });
    },
    async remove(id) {
      await client.delete(collection, { wait: true, points: [id] });
    },
    async nearest(vector, limit, filter, exclude = []) {
      const { points } = await client.query(collection, {
        query: Array.from(vector),
        limit,
        filter: payloadFilter(filter, exclude),
        with_payload: false,
      });
      return points.map((point) => ({ id: String(point.id), score: point.score }));
    },
    async count(filter) {
      const { count } = await client.count(collection, { filter: payloadFilter(filter), exact: true });
      return count;
    },
    async nearestToPoints(ids, limit, filter) {
      const found = new Map<string, SearchHit[]>(ids.map((id) => [id, []]));
      if (ids.length === 0) return found;
      const stored = await client.retrieve(collection, { ids: [...ids], with_vector: true, with_payload: false });
      const queries = stored.flatMap((point) =>
        Array.isArray(point.vector) && typeof point.vector[0] === 'number'
          ? [{ id: String(point.id), vector: point.vector as number[] }]
          : [],
      );
      if (queries.length === 0) return found;
      const answers = await client.queryBatch(collection, {
        searches: queries.map(({ id, vector }) => ({
          query: vector,
          limit,
          filter: payloadFilter(filter, [id]),
          with_payload: false,
        })),
      });
      for (const [index, { id }] of queries.entries()) {
        const points = answers[index]?.points ?? [];
        found.set(
          id,
          points.map((point) => ({ id: String(point.id), score: point.score })),
        );
      }
      return found;
    },
  };
}
