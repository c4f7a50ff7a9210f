import { afterNewestFirst, type NewestFirstPosition } from '@learngraph/service-kit';
import type { Database } from '../../db.js';

/** Most resources one user's favourites hold; adding past it is BAD_USER_INPUT. */
export const favoritesMax = 10_000;

export interface FavoriteRow {
  id: string;
  resourceId: string;
  createdAt: Date;
}

/**
 * Each user's one built-in, private list of resources; each method one SQL statement.
 *
 * @example
 * await createFavoriteRepository(db).add(userId, resourceId); // false when the list is full
 */
export function createFavoriteRepository(db: Database) {
  return {
    /** Adds the resource unless it is there already; false when the list is full. */
    async add(userId: string, resourceId: string): Promise<boolean> {
      const added = await db.$executeRaw`
        INSERT INTO favorite (id, user_id, resource_id)
        SELECT gen_random_uuid(), ${userId}::uuid, ${resourceId}::uuid
        WHERE (SELECT count(*) FROM favorite WHERE user_id = ${userId}::uuid) < ${favoritesMax}
        ON CONFLICT (user_id, resource_id) DO NOTHING`;
      if (added === 1) return true;
      return (await db.favorite.count({ where: { userId, resourceId } })) === 1;
    },

    async remove(userId: string, resourceId: string): Promise<void> {
      await db.favorite.deleteMany({ where: { userId, resourceId } });
    },

    page(userId: string, take: number, after: NewestFirstPosition | null): Promise<FavoriteRow[]> {
      return db.favorite.findMany({
        where: { userId, ...afterNewestFirst(after) },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take,
        select: { id: true, resourceId: true, createdAt: true },
      });
    },

    count(userId: string): Promise<number> {
      return db.favorite.count({ where: { userId } });
    },

    async among(userId: string, resourceIds: readonly string[]): Promise<Set<string>> {
      const rows = await db.favorite.findMany({
        where: { userId, resourceId: { in: [...resourceIds] } },
        select: { resourceId: true },
      });
      return new Set(rows.map((row) => row.resourceId));
    },

    async isKnown(resourceId: string): Promise<boolean> {
      return (await db.knownResource.count({ where: { id: resourceId, published: true } })) === 1;
    },
  };
}

export type FavoriteRepository = ReturnType<typeof createFavoriteRepository>;
