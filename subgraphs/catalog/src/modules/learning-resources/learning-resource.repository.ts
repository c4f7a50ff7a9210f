import { afterNewestFirst, type NewestFirstPosition } from '@learngraph/service-kit';
import type { Database } from '../../db.js';
import type { LearningResource } from './learning-resource.type.js';

const columns = {
  id: true,
  readableId: true,
  resourceType: true,
  title: true,
  description: true,
  url: true,
  published: true,
  createdAt: true,
} as const;

export type ResourceRow = LearningResource & { published: boolean; createdAt: Date };

/**
 * Reads learning resources. Every method is one SQL statement, whatever the number of ids.
 *
 * @example
 * const resources = createResourceRepository(db);
 * const page = await resources.listPublished(21, null);
 */
export function createResourceRepository(db: Database) {
  return {
    /** The resources with these ids, published or not, in no particular order. */
    findByIds(ids: readonly string[]): Promise<ResourceRow[]> {
      return db.learningResource.findMany({ where: { id: { in: [...ids] } }, select: columns });
    },

    /** Published resources, newest first, starting after `after`. */
    listPublished(take: number, after: NewestFirstPosition | null): Promise<ResourceRow[]> {
      return db.learningResource.findMany({
        where: { published: true, ...afterNewestFirst(after) },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take,
        select: columns,
      });
    },

    countPublished(): Promise<number> {
      return db.learningResource.count({ where: { published: true } });
    },
  };
}

export type ResourceRepository = ReturnType<typeof createResourceRepository>;
