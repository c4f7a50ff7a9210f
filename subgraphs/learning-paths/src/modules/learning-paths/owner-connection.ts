import {
  type NewestFirstPosition,
  newestFirstPosition,
  readNewestFirstPosition,
  readPageArgs,
  toConnection,
} from '@learngraph/service-kit';
import type { LearningPathsContext } from '../../context.js';
import type { LearningPathConnection } from './learning-path.type.js';
import { pathPageLimits } from './page-args.js';
import type { PathOwner } from './path-lists.js';

/**
 * One page of a newest-first list, with its total: checks `first` and `after`, fetches a row more than the
 * page to learn whether another follows, and counts at the same time.
 *
 * @example
 * return newestFirstPage(args, (take, after) => favorites.page(userId, take, after), () => favorites.count(userId), toNode);
 */
export async function newestFirstPage<Row extends { createdAt: Date; id: string }, Node>(
  args: { first: number; after?: string | null },
  load: (take: number, after: NewestFirstPosition | null) => Promise<Row[]>,
  count: () => Promise<number>,
  toNode: (row: Row) => Node,
) {
  const page = readPageArgs(args, pathPageLimits);
  const position = readNewestFirstPosition(page.after);
  const [rows, totalCount] = await Promise.all([load(page.size + 1, position), count()]);
  return { ...toConnection(rows, page.size, position !== null, toNode, newestFirstPosition), totalCount };
}

/**
 * One page of an owner's paths (a user's, by author; a resource's, by item) as the viewer may see them listed,
 * through the request's loaders, so that the same page of many owners costs one query and one count.
 */
export function ownerConnection(
  ctx: LearningPathsContext,
  owner: PathOwner,
  ownerId: string,
  args: { first: number; after?: string | null },
): Promise<LearningPathConnection> {
  const [pages, counts] =
    owner === 'author'
      ? [ctx.loaders.authorPage, ctx.loaders.authorCount]
      : [ctx.loaders.resourcePage, ctx.loaders.resourceCount];
  return newestFirstPage(
    args,
    (take, after) => pages.load({ ownerId, take, after }),
    () => counts.load(ownerId),
    (row) => row,
  );
}
