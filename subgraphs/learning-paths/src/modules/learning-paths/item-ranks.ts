/**
 * Items are ordered by sparse integer ranks, a fractional index in integers: a move or an insertion writes
 * one rank halfway between its new neighbours, and only when two neighbours have no integer left between
 * them (about 20 moves into the same gap) or the ranks grow too large is the path renumbered. Positions
 * 1…n are counted from the ranks when read, so none can be missing or repeated; the path's row lock
 * serialises writers, and a unique (path, rank) index makes a duplicate impossible even so.
 */
export const rankGap = 1 << 20;

/** Largest rank written before the path is renumbered; far below PostgreSQL's integer limit. */
const maxRank = 2_000_000_000;

/** Where one item goes: a rank of its own, or (no room) the whole path's new order, renumbered. */
export type Placement = { rank: number } | { renumber: string[] };

/**
 * Places `resourceId` at the 1-based `position` among `others` (the path's other items in order, with
 * their ranks); a position past the end means the end.
 *
 * @example
 * placeItem([{ resourceId: 'a', rank: 1048576 }], 'b', 1); // { rank: 524288 }
 */
export function placeItem(
  others: ReadonlyArray<{ resourceId: string; rank: number }>,
  resourceId: string,
  position: number,
): Placement {
  const index = Math.min(Math.max(position - 1, 0), others.length);
  const previous = index === 0 ? 0 : (others[index - 1]?.rank ?? 0);
  const next = index === others.length ? previous + 2 * rankGap : (others[index]?.rank ?? previous);
  const rank = Math.floor((previous + next) / 2);
  if (rank > previous && rank < next && rank <= maxRank) return { rank };
  const order = others.map((item) => item.resourceId);
  order.splice(index, 0, resourceId);
  return { renumber: order };
}

/** The ranks a renumbered path gets, in order: one gap apart. */
export const renumberedRanks = (count: number) => Array.from({ length: count }, (_, index) => (index + 1) * rankGap);
