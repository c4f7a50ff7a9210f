import { createByIdLoader, createGroupLoader, groupBy, type NewestFirstPosition } from '@learngraph/service-kit';
import DataLoader from 'dataloader';
import type { ItemRow, LearningPathRepository, PathRow } from './learning-path.repository.js';

export interface AuthorPageKey {
  authorId: string;
  /** Rows to fetch: the page size plus one, to learn whether another page follows. */
  take: number;
  after: NewestFirstPosition | null;
}

/**
 * Per-request loaders. Each turns the look-ups of one tick into one query: paths by id, the items of
 * many paths, and the pages and counts of many authors' paths (the same page arguments are asked for
 * every author of a list, so those keys fall into one group and one query).
 */
export function createLearningPathLoaders(paths: LearningPathRepository) {
  return {
    path: createByIdLoader(paths.findByIds),
    items: createGroupLoader<ItemRow>(async (pathIds) => groupBy(await paths.itemsOf(pathIds), (row) => row.pathId)),
    authorPage: new DataLoader<AuthorPageKey, PathRow[], string>(
      async (keys) => {
        const groups = new Map<string, AuthorPageKey[]>();
        for (const key of keys) {
          const group = JSON.stringify([key.take, key.after]);
          groups.set(group, [...(groups.get(group) ?? []), key]);
        }
        const rows = (
          await Promise.all(
            [...groups.values()].map((group) =>
              paths.listByAuthors(
                group.map((key) => key.authorId),
                group[0]?.take ?? 0,
                group[0]?.after ?? null,
              ),
            ),
          )
        ).flat();
        return keys.map((key) => rows.filter((row) => row.authorId === key.authorId).slice(0, key.take));
      },
      { cacheKeyFn: (key) => JSON.stringify([key.authorId, key.take, key.after]) },
    ),
    authorCount: new DataLoader<string, number>(async (authorIds) => {
      const counts = await paths.countByAuthors(authorIds);
      return authorIds.map((authorId) => counts.get(authorId) ?? 0);
    }),
  };
}

export type LearningPathLoaders = ReturnType<typeof createLearningPathLoaders>;
