import type { Database } from '../../../db.js';
import { type ChangeFeedOptions, createChangeFeed } from './change-feed.js';
import { type Neighbour, topK } from './nearest-neighbours.js';

interface Row {
  id: string;
  published: boolean;
  embedding: number[];
}

/**
 * An exact nearest-neighbour scan over every resource's embedding, held in this process's memory (one
 * Float32Array per resource, 512 bytes at 128 dimensions: 51 MB for 100,000 resources), kept current by a
 * change feed (see `createChangeFeed`); the database remains the one place vectors are stored.
 *
 * @example
 * const index = createVectorIndex(db);
 * const nearest = await index.nearest(queryVector, 10, null);
 */
export function createVectorIndex(db: Database, options: ChangeFeedOptions = {}) {
  const vectors = new Map<string, Float32Array>();
  const { refresh } = createChangeFeed(
    (since) => db.$queryRaw<Row[]>`
      SELECT id::text, published, embedding FROM search_document WHERE synced_at > ${since}`,
    (rows) => {
      for (const row of rows) {
        if (row.published && row.embedding.length > 0) vectors.set(row.id, Float32Array.from(row.embedding));
        else vectors.delete(row.id);
      }
    },
    options,
  );

  return {
    /** The stored vector of a published resource, or undefined. */
    async vectorOf(id: string): Promise<Float32Array | undefined> {
      await refresh();
      return vectors.get(id);
    },
    /** How many published resources have a vector. */
    async size(): Promise<number> {
      await refresh();
      return vectors.size;
    },
    /**
     * The `k` published resources nearest `query` (cosine similarity of unit vectors), among `allowed` when
     * given, leaving out `exclude`. Vectors of another length (another embedder) are skipped.
     */
    async nearest(query: Float32Array, k: number, allowed: ReadonlySet<string> | null, exclude?: string) {
      await refresh();
      const best = topK(k);
      const candidates: Iterable<string> = allowed ?? vectors.keys();
      for (const id of candidates) {
        if (id === exclude) continue;
        const vector = vectors.get(id);
        if (!vector || vector.length !== query.length) continue;
        let score = 0;
        for (let index = 0; index < query.length; index += 1) score += (query[index] ?? 0) * (vector[index] ?? 0);
        best.offer(id, score);
      }
      return best.result() as Neighbour[];
    },
  };
}

export type VectorIndex = ReturnType<typeof createVectorIndex>;
