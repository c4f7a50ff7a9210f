import { topK } from './nearest-neighbours.js';
import { scoreTolerance, simdDotProducts, type WasmMemory, wasm } from './simd-dot-products.js';

const pageBytes = 65_536;

/**
 * Unit vectors of one length in one contiguous block of WebAssembly memory, a row a resource (padded with
 * zeros to a multiple of sixteen numbers), so that a scan reads memory in order, sixteen numbers a step.
 * The block holds the query first, then the rows, then one score a row. A removed row's slot is reused by
 * the next one added.
 *
 * @example
 * const matrix = vectorMatrix(128); matrix.set('id', vector); matrix.nearest(query, 10, null);
 */
export function vectorMatrix(dimensions: number) {
  const stride = Math.ceil(dimensions / 16) * 16;
  const rowsAt = stride;
  const memory: WasmMemory = new wasm.Memory({ initial: 1 });
  const scores = simdDotProducts(memory);
  let capacity = 0;
  let floats = new Float32Array(memory.buffer);
  const slots = new Map<string, number>();
  const idAt: Array<string | undefined> = [];
  const free: number[] = [];
  let largestNorm = 0;

  /** Makes room for `rows` rows and their scores; the scores, written anew by each scan, move. */
  function reserve(rows: number) {
    if (rows <= capacity) return;
    capacity = Math.max(rows, capacity * 2, 1024);
    const bytes = (rowsAt + capacity * (stride + 1)) * 4;
    if (bytes > memory.buffer.byteLength) memory.grow(Math.ceil((bytes - memory.buffer.byteLength) / pageBytes));
    floats = new Float32Array(memory.buffer);
  }
  const rowStart = (slot: number) => rowsAt + slot * stride;

  /**
   * A row's dot product with the query (at the start of the block) in double precision, four running
   * sums letting the CPU overlap the additions: the score a resource gets.
   */
  function exactScore(slot: number): number {
    const start = rowStart(slot);
    let a = 0;
    let b = 0;
    let c = 0;
    let d = 0;
    for (let index = 0; index < stride; index += 4) {
      a += (floats[index] as number) * (floats[start + index] as number);
      b += (floats[index + 1] as number) * (floats[start + index + 1] as number);
      c += (floats[index + 2] as number) * (floats[start + index + 2] as number);
      d += (floats[index + 3] as number) * (floats[start + index + 3] as number);
    }
    return a + b + (c + d);
  }

  return {
    dimensions,
    slots,
    idAt,
    set(id: string, vector: Float32Array) {
      let slot = slots.get(id);
      if (slot === undefined) {
        slot = free.pop() ?? idAt.length;
        reserve(slot + 1);
        slots.set(id, slot);
        idAt[slot] = id;
      }
      floats.set(vector, rowStart(slot));
      floats.fill(0, rowStart(slot) + dimensions, rowStart(slot) + stride);
      largestNorm = Math.max(largestNorm, Math.hypot(...vector));
    },
    remove(id: string) {
      const slot = slots.get(id);
      if (slot === undefined) return;
      slots.delete(id);
      idAt[slot] = undefined;
      free.push(slot);
    },
    row: (slot: number) => floats.subarray(rowStart(slot), rowStart(slot) + dimensions),
    /**
     * The `k` rows nearest `query` by dot product (cosine, for unit vectors) that `accepts` lets through,
     * leaving out `exclude`. The SIMD kernel scores every row in single precision; a row whose score,
     * with the kernel's rounding allowed for, cannot reach the kept `k` is dropped before its id is looked
     * at, and the others are scored again in double precision, so the answer and its scores are those of
     * an exact scan.
     */
    nearest(query: Float32Array, k: number, accepts: ((id: string) => boolean) | null, exclude?: string) {
      const best = topK(k);
      const count = idAt.length;
      if (k <= 0 || count === 0) return best.result();
      floats.set(query, 0);
      floats.fill(0, dimensions, stride);
      const scoresAt = rowsAt + capacity * stride;
      scores(0, rowsAt * 4, count, stride, scoresAt * 4);
      const tolerance = scoreTolerance(stride, Math.hypot(...query), largestNorm);
      let floor = best.floor();
      for (let slot = 0; slot < count; slot += 1) {
        if ((floats[scoresAt + slot] as number) + tolerance < floor) continue;
        const id = idAt[slot];
        if (id === undefined || id === exclude || (accepts !== null && !accepts(id))) continue;
        const score = exactScore(slot);
        if (score < floor) continue;
        best.offer(id, score);
        floor = best.floor();
      }
      return best.result();
    },
  };
}
