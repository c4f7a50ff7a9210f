import {
  createByIdLoader,
  createGroupLoader,
  groupBy,
  type NewestFirstPosition,
  type Viewer,
} from '@learngraph/service-kit';
import DataLoader from 'dataloader';
import type { ItemRow, LearningPathRepository, OwnedPathRow } from './learning-path.repository.js';
import type { PathOwner } from './path-lists.js';

export interface OwnerPageKey {
  ownerId: string;
  /** Rows to fetch: the page size plus one, to learn whether another page follows. */
  take: number;
  after: NewestFirstPosition | null;
}

/**
 * Pages of many owners' paths: the same page arguments are asked for every owner of a list, so those keys
 * fall into one group and one query.
 */
function ownerPageLoader(paths: LearningPathRepository, owner: PathOwner, viewer: Viewer | null) {
  return new DataLoader<OwnerPageKey, OwnedPathRow[], string>(
    async (keys) => {
      const groups = groupBy(keys, (key) => JSON.stringify([key.take, key.after]));
      const rows = (
        await Promise.all(
          [...groups.values()].map((group) =>
            paths.pagesPerOwner(
              owner,
              group.map((key) => key.ownerId),
              viewer,
              group[0]?.take ?? 0,
              group[0]?.after ?? null,
            ),
          ),
        )
      ).flat();
      const byOwner = groupBy(rows, (row) => row.ownerId);
      return keys.map((key) => (byOwner.get(key.ownerId) ?? []).slice(0, key.take));
    },
    { cacheKeyFn: (key) => JSON.stringify([key.ownerId, key.take, key.after]) },
  );
}

function ownerCountLoader(paths: LearningPathRepository, owner: PathOwner, viewer: Viewer | null) {
  return new DataLoader<string, number>(async (ownerIds) => {
    const counts = await paths.countsPerOwner(owner, ownerIds, viewer);
    return ownerIds.map((ownerId) => counts.get(ownerId) ?? 0);
  });
}

/**
 * Per-request loaders, for one viewer: each turns the look-ups of one tick into one query — paths by id,
 * the items of many paths, and the pages and counts of many authors' or resources' paths.
 *
 * @example
 * const loaders = createLearningPathLoaders(paths, ctx.viewer);
 * const [a, b] = await Promise.all([loaders.items.load(idA), loaders.items.load(idB)]); // one query
 */
export function createLearningPathLoaders(paths: LearningPathRepository, viewer: Viewer | null) {
  return {
    path: createByIdLoader(paths.findByIds),
    items: createGroupLoader<ItemRow>(async (pathIds) => groupBy(await paths.itemsOf(pathIds), (row) => row.pathId)),
    authorPage: ownerPageLoader(paths, 'author', viewer),
    authorCount: ownerCountLoader(paths, 'author', viewer),
    resourcePage: ownerPageLoader(paths, 'resource', viewer),
    resourceCount: ownerCountLoader(paths, 'resource', viewer),
  };
}

export type LearningPathLoaders = ReturnType<typeof createLearningPathLoaders>;
