import type { Neighbour } from './nearest-neighbours.js';
import { vectorMatrix } from './vector-matrix.js';

export interface VectorRow {
  id: string;
  published: boolean;
  embedding: number[];
}

/**
 * An exact nearest-neighbour scan over every resource's embedding, held in this process's memory (rows of
 * one contiguous Float32Array, 512 bytes a resource at 128 dimensions: 51 MB for 100,000 resources), kept current
 * by the catalog copy's change feed (see `createCatalogCopy`), which hands the rows to `apply` and which
 * callers refresh before they ask; the database remains the one place vectors are stored.
 *
 * @example
 * const { vectors } = createCatalogCopy(db);
 * const nearest = await vectors.nearest(queryVector, 10, null);
 */
export function createVectorIndex() {
  // One matrix per vector length: after a change of embedder, old and new vectors are never compared.
  const matrices = new Map<number, ReturnType<typeof vectorMatrix>>();
  const matrixFor = (dimensions: number) => {
    let matrix = matrices.get(dimensions);
    if (!matrix) {
      matrix = vectorMatrix(dimensions);
      matrices.set(dimensions, matrix);
    }
    return matrix;
  };

  return {
    /** Stores the published rows' vectors and drops the others'. */
    apply(rows: VectorRow[]) {
      for (const row of rows) {
        for (const matrix of matrices.values()) matrix.remove(row.id);
        if (row.published && row.embedding.length > 0)
          matrixFor(row.embedding.length).set(row.id, Float32Array.from(row.embedding));
      }
    },
    /** The stored vector of a published resource, or undefined. */
    vectorOf(id: string): Float32Array | undefined {
      for (const matrix of matrices.values()) {
        const slot = matrix.slots.get(id);
        if (slot !== undefined) return matrix.row(slot).slice();
      }
      return undefined;
    },
    /** How many published resources have a vector. */
    size(): number {
      return [...matrices.values()].reduce((sum, matrix) => sum + matrix.slots.size, 0);
    },
    /**
     * The `k` published resources nearest `query` (cosine similarity of unit vectors), nearest first and ties
     * on id, among those `accepts` lets through when given, leaving out `exclude`. Vectors of another length
     * (another embedder) are never compared.
     */
    nearest(query: Float32Array, k: number, accepts: ((id: string) => boolean) | null, exclude?: string): Neighbour[] {
      return matrices.get(query.length)?.nearest(query, k, accepts, exclude) ?? [];
    },
  };
}

export type VectorIndex = ReturnType<typeof createVectorIndex>;
