import type { Neighbour } from './nearest-neighbours.js';
import { vectorMatrix } from './vector-matrix.js';

export interface VectorRow {
  id: string;
  published: boolean;
  /** The embedding as PostgreSQL prints a real[] (`{0.12,-0.5}`): read faster than the driver's arrays. */
  embedding: string;
}

/**
 * The numbers of a printed real[]. PostgreSQL prints each float in the shortest form that reads back to the
 * same value, so the single-precision numbers are those stored.
 */
function parseRealArray(text: string): Float32Array {
  return text.length <= 2 ? new Float32Array() : Float32Array.from(text.slice(1, -1).split(','), Number);
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
        const vector = row.published ? parseRealArray(row.embedding) : new Float32Array();
        if (vector.length > 0) matrixFor(vector.length).set(row.id, vector);
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
