/** A match by vector: the resource's id and its cosine similarity to the query (higher is nearer). */
export interface Neighbour {
  id: string;
  score: number;
}

/**
 * Keeps the `k` best of a stream of scores, higher first and ties on the smaller id (so the answer does not
 * depend on the order rows are scanned in): a heap whose root is the worst kept. A score below `floor()`
 * cannot make the list, which a scan checks before anything else about the row.
 *
 * @example
 * const best = topK(2); best.offer('a', 0.1); best.offer('b', 0.9); best.offer('c', 0.5);
 * best.result(); // [{ id: 'b', score: 0.9 }, { id: 'c', score: 0.5 }]
 */
export function topK(k: number) {
  const scores: number[] = [];
  const ids: string[] = [];
  // Whether entry a ranks below entry b.
  const below = (a: number, b: number) =>
    (scores[a] as number) < (scores[b] as number) ||
    (scores[a] === scores[b] && (ids[a] as string) > (ids[b] as string));
  const swap = (a: number, b: number) => {
    const score = scores[a] as number;
    scores[a] = scores[b] as number;
    scores[b] = score;
    const id = ids[a] as string;
    ids[a] = ids[b] as string;
    ids[b] = id;
  };
  const siftUp = (at: number) => {
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (!below(at, parent)) return;
      swap(at, parent);
      at = parent;
    }
  };
  const siftDown = (at: number) => {
    for (;;) {
      const left = 2 * at + 1;
      const right = left + 1;
      let lowest = at;
      if (left < scores.length && below(left, lowest)) lowest = left;
      if (right < scores.length && below(right, lowest)) lowest = right;
      if (lowest === at) return;
      swap(at, lowest);
      at = lowest;
    }
  };

  return {
    /** The lowest score that may still be kept (it then competes on id); -Infinity until `k` are kept. */
    floor: (): number => (scores.length < k ? Number.NEGATIVE_INFINITY : (scores[0] as number)),
    offer(id: string, score: number) {
      if (k <= 0) return;
      if (scores.length < k) {
        scores.push(score);
        ids.push(id);
        siftUp(scores.length - 1);
        return;
      }
      const worst = scores[0] as number;
      if (score < worst || (score === worst && id > (ids[0] as string))) return;
      scores[0] = score;
      ids[0] = id;
      siftDown(0);
    },
    /** The kept entries, best first. */
    result: (): Neighbour[] =>
      ids
        .map((id, index) => ({ id, score: scores[index] as number }))
        .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
  };
}
