/** The constant of reciprocal rank fusion: 60, as in Cormack, Clarke and Büttcher (SIGIR 2009). */
export const rrfK = 60;

/**
 * Reciprocal rank fusion: each result scores the sum over the ranked lists holding it of 1 / (k + rank),
 * rank counted from 1. Only ranks are used, so scores of different kinds (ts_rank, cosine) need no scaling;
 * a result high in both lists beats one first in only one. Ties break on id.
 *
 * @example
 * fuse([[{ id: 'a' }, { id: 'b' }], [{ id: 'b' }]]); // b: 1/62 + 1/61, a: 1/61
 */
export function fuse(
  lists: ReadonlyArray<ReadonlyArray<{ id: string }>>,
  k = rrfK,
): Array<{ id: string; score: number }> {
  const scores = new Map<string, number>();
  for (const list of lists) {
    for (const [index, { id }] of list.entries()) scores.set(id, (scores.get(id) ?? 0) + 1 / (k + index + 1));
  }
  return [...scores]
    .map(([id, score]) => ({ id, score }))
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
