import { describe, expect, it } from 'vitest';
import { vectorMatrix } from '../src/modules/search/postgres/vector-matrix.js';

/** A seeded generator (mulberry32), so a failure can be replayed. */
function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function unitVector(next: () => number, dimensions: number): Float32Array {
  const vector = Float32Array.from({ length: dimensions }, () => next() * 2 - 1);
  const norm = Math.hypot(...vector);
  return vector.map((value) => value / norm);
}

/** The answer the scan must give: every row scored one by one, sorted, best first and ties on id. */
function fullRanking(
  rows: Map<string, Float32Array>,
  query: Float32Array,
  k: number,
  accepts: (id: string) => boolean,
  exclude?: string,
) {
  return [...rows]
    .filter(([id]) => id !== exclude && accepts(id))
    .map(([id, vector]) => ({ id, score: vector.reduce((sum, value, index) => sum + value * (query[index] ?? 0), 0) }))
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
    .slice(0, k);
}

describe('the exact nearest-neighbour scan', () => {
  // 130 dimensions: rows are summed four numbers at a time, and the last two take the remainder loop.
  for (const dimensions of [128, 130]) {
    it(`keeps the top k of the full ranking, filtered and with ties on id (${dimensions} dimensions)`, () => {
      const next = seeded(dimensions);
      const matrix = vectorMatrix(dimensions);
      const rows = new Map<string, Float32Array>();
      for (let index = 0; index < 3000; index += 1) {
        const id = `r${String(Math.floor(next() * 1e9)).padStart(9, '0')}`;
        // Every tenth row repeats the one before it: equal scores, which only the id may order.
        const vector = index % 10 === 9 ? ([...rows.values()].at(-1) as Float32Array) : unitVector(next, dimensions);
        rows.set(id, vector);
        matrix.set(id, vector);
      }
      const removed = [...rows.keys()].filter((_, index) => index % 7 === 0);
      for (const id of removed) {
        rows.delete(id);
        matrix.remove(id);
      }
      const ids = [...rows.keys()];
      const everything = () => true;
      const some = (id: string) => id.charCodeAt(id.length - 1) % 3 === 0;
      for (let trial = 0; trial < 8; trial += 1) {
        const query = trial % 2 === 0 ? unitVector(next, dimensions) : (rows.get(ids[trial] as string) as Float32Array);
        const exclude = trial % 2 === 0 ? undefined : ids[trial];
        for (const k of [1, 10, 50, 1001]) {
          for (const accepts of [everything, some]) {
            const scanned = matrix.nearest(query, k, accepts === everything ? null : accepts, exclude);
            const expected = fullRanking(rows, query, k, accepts, exclude);
            expect(scanned.map((hit) => hit.id)).toEqual(expected.map((hit) => hit.id));
            for (const [index, hit] of scanned.entries())
              expect(hit.score).toBeCloseTo(expected[index]?.score ?? Number.NaN, 12);
          }
        }
      }
    });
  }

  it('answers nothing for k of 0 and everything for k above the rows', () => {
    const matrix = vectorMatrix(4);
    matrix.set('a', Float32Array.from([1, 0, 0, 0]));
    matrix.set('b', Float32Array.from([0, 1, 0, 0]));
    expect(matrix.nearest(Float32Array.from([1, 0, 0, 0]), 0, null)).toEqual([]);
    expect(matrix.nearest(Float32Array.from([1, 0, 0, 0]), 5, null)).toEqual([
      { id: 'a', score: 1 },
      { id: 'b', score: 0 },
    ]);
  });
});
