import { topK } from './nearest-neighbours.js';

/**
 * Unit vectors of one length in one contiguous Float32Array, a row a resource, so that a scan reads memory
 * in order. A removed row's slot is reused by the next one added.
 *
 * @example
 * const matrix = vectorMatrix(128); matrix.set('id', vector); matrix.nearest(query, 10, null);
 */
export function vectorMatrix(dimensions: number) {
  let rows = new Float32Array(dimensions * 1024);
  const slots = new Map<string, number>();
  const idAt: Array<string | undefined> = [];
  const free: number[] = [];

  return {
    dimensions,
    slots,
    idAt,
    set(id: string, vector: Float32Array) {
      let slot = slots.get(id);
      if (slot === undefined) {
        slot = free.pop() ?? idAt.length;
        if ((slot + 1) * dimensions > rows.length) {
          const grown = new Float32Array(rows.length * 2);
          grown.set(rows);
          rows = grown;
        }
        slots.set(id, slot);
        idAt[slot] = id;
      }
      rows.set(vector, slot * dimensions);
    },
    remove(id: string) {
      const slot = slots.get(id);
      if (slot === undefined) return;
      slots.delete(id);
      idAt[slot] = undefined;
      free.push(slot);
    },
    row: (slot: number) => rows.subarray(slot * dimensions, (slot + 1) * dimensions),
    /**
     * The `k` rows nearest `query` by dot product (cosine, for unit vectors) that `accepts` lets through,
     * leaving out `exclude`. One pass over the matrix without allocating per row; a row whose score cannot
     * reach the kept `k` is dropped before its id is looked at. Four running sums let the CPU overlap the
     * additions (the score may differ from a one-sum loop in the last bits of a double).
     */
    nearest(query: Float32Array, k: number, accepts: ((id: string) => boolean) | null, exclude?: string) {
      const best = topK(k);
      const values = rows;
      const whole = dimensions - (dimensions % 4);
      for (let slot = 0, offset = 0; slot < idAt.length; slot += 1, offset += dimensions) {
        const id = idAt[slot];
        if (id === undefined) continue;
        let a = 0;
        let b = 0;
        let c = 0;
        let d = 0;
        let index = 0;
        for (; index < whole; index += 4) {
          a += (query[index] as number) * (values[offset + index] as number);
          b += (query[index + 1] as number) * (values[offset + index + 1] as number);
          c += (query[index + 2] as number) * (values[offset + index + 2] as number);
          d += (query[index + 3] as number) * (values[offset + index + 3] as number);
        }
        for (; index < dimensions; index += 1) a += (query[index] as number) * (values[offset + index] as number);
        const score = a + b + (c + d);
        if (score < best.floor() || id === exclude || (accepts !== null && !accepts(id))) continue;
        best.offer(id, score);
      }
      return best.result();
    },
  };
}
