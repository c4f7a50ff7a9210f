import { badUserInput, isUuid, readNewestFirstPosition } from '@learngraph/service-kit';
import type { BrowsePosition, BrowseSort } from './path-lists.js';
import type { PathRow } from './path-row.js';

const badCursor = () => {
  const message = 'after is not a cursor returned by this list.';
  return badUserInput(message, [{ field: 'after', message }]);
};

/** A follower count as a cursor holds it: an integer PostgreSQL can read back. */
const isCount = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{1,10}$/.test(value) && Number(value) <= 2_147_483_647;

/**
 * Checks a decoded `after` against the list's sort: only a position that list wrote is accepted, so nothing a
 * client makes up reaches SQL; anything else is BAD_USER_INPUT on `after`.
 */
export function readBrowsePosition(sort: BrowseSort, after: unknown[] | null): BrowsePosition | null {
  if (sort === 'NEWEST') return readNewestFirstPosition(after);
  if (after === null) return null;
  const [count, id] = after;
  if (isCount(count) && typeof id === 'string' && isUuid(id)) return [count, id];
  throw badCursor();
}

/** The cursor position of a path in a browse list. */
export const browsePosition =
  (sort: BrowseSort) =>
  (path: PathRow): BrowsePosition =>
    sort === 'NEWEST' ? [path.createdAt.toISOString(), path.id] : [String(path.followerCount), path.id];
