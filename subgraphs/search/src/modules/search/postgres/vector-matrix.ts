/**
 * Unit vectors of one length in one contiguous Float32Array, a row a resource, so that a scan reads memory
 * in order. A removed row's slot is reused by the next one added.
 *
 * @example
 * const matrix = vectorMatrix(128); matrix.set('id', vector); matrix.dot(query, matrix.slotOf('id') ?? -1);
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
    /** The dot product of `query` with the row in `slot`. */
    dot(query: Float32Array, slot: number): number {
      const offset = slot * dimensions;
      let sum = 0;
      for (let index = 0; index < dimensions; index += 1)
        sum += (query[index] as number) * (rows[offset + index] as number);
      return sum;
    },
  };
}
