/** A match by vector: the resource's id and its cosine similarity to the query (higher is nearer). */
export interface Neighbour {
  id: string;
  score: number;
}

/**
 * Keeps the `k` best of a stream of scores without sorting all of them: an array kept sorted best first,
 * into which a score better than the worst kept is inserted. Cheap when `k` is small against the stream.
 */
export function topK(k: number) {
  const best: Neighbour[] = [];
  return {
    offer(id: string, score: number) {
      if (best.length === k && score <= (best[k - 1]?.score ?? Number.NEGATIVE_INFINITY)) return;
      let at = best.length;
      while (at > 0 && (best[at - 1]?.score ?? 0) < score) at -= 1;
      best.splice(at, 0, { id, score });
      if (best.length > k) best.pop();
    },
    result: (): Neighbour[] => best,
  };
}
