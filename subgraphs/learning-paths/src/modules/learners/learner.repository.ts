import type { NewestFirstPosition, Viewer } from '@learngraph/service-kit';
import type { Database, Transaction } from '../../db.js';
import { type PathRow, pathColumns, type RawPathRow, readableSql, toPathRow } from '../learning-paths/index.js';

/** A followed path with when it was followed, which orders the list. */
export type FollowedPathRow = PathRow & { followedAt: Date };

/**
 * Learners' follows and progress; each method one SQL statement.
 *
 * @example
 * const next = await createLearnerRepository(db).lastUnfinished(viewer);
 */
export function createLearnerRepository(db: Database) {
  return {
    async doneIn(userId: string, pathIds: readonly string[]) {
      return db.itemProgress.findMany({
        where: { userId, pathId: { in: [...pathIds] } },
        select: { pathId: true, resourceId: true },
      });
    },

    async followingOf(userId: string, pathIds: readonly string[]): Promise<Set<string>> {
      const rows = await db.pathFollow.findMany({
        where: { userId, pathId: { in: [...pathIds] } },
        select: { pathId: true },
      });
      return new Set(rows.map((row) => row.pathId));
    },

    /** The paths `viewer` follows and may still read, most recently followed first. */
    async followed(viewer: Viewer, take: number, after: NewestFirstPosition | null): Promise<FollowedPathRow[]> {
      const [afterFollowedAt, afterPathId] = after ?? [null, null];
      const rows = await db.$queryRaw<Array<RawPathRow & { followed_at: Date }>>`
        SELECT f.followed_at, ${pathColumns}
        FROM path_follow f JOIN learning_path p ON p.id = f.path_id
        WHERE f.user_id = ${viewer.userId}::uuid AND ${readableSql(viewer)}
          AND (${afterFollowedAt}::timestamptz IS NULL
            OR (f.followed_at, f.path_id) < (${afterFollowedAt}::timestamptz, ${afterPathId}::uuid))
        ORDER BY f.followed_at DESC, f.path_id DESC
        LIMIT ${take}`;
      return rows.map((row) => ({ ...toPathRow(row), followedAt: row.followed_at }));
    },

    async followedCount(viewer: Viewer): Promise<number> {
      const [row] = await db.$queryRaw<Array<{ total: number }>>`
        SELECT count(*)::int AS total FROM path_follow f JOIN learning_path p ON p.id = f.path_id
        WHERE f.user_id = ${viewer.userId}::uuid AND ${readableSql(viewer)}`;
      return row?.total ?? 0;
    },

    /**
     * The path the viewer was last active in (an item marked done, or following it) that still has an available
     * item they have not done, among the paths they may read.
     */
    async lastUnfinished(viewer: Viewer): Promise<PathRow | null> {
      const [row] = await db.$queryRaw<RawPathRow[]>`
        SELECT ${pathColumns} FROM learning_path p
        JOIN (
          SELECT path_id, max(at) AS last_active FROM (
            SELECT path_id, done_at AS at FROM item_progress WHERE user_id = ${viewer.userId}::uuid
            UNION ALL
            SELECT path_id, followed_at AS at FROM path_follow WHERE user_id = ${viewer.userId}::uuid
          ) activity GROUP BY path_id
        ) a ON a.path_id = p.id
        WHERE ${readableSql(viewer)} AND EXISTS (
          SELECT 1 FROM learning_path_item i JOIN known_resource k ON k.id = i.resource_id AND k.published
          WHERE i.path_id = p.id AND NOT EXISTS (
            SELECT 1 FROM item_progress d
            WHERE d.user_id = ${viewer.userId}::uuid AND d.path_id = p.id AND d.resource_id = i.resource_id))
        ORDER BY a.last_active DESC, p.id DESC
        LIMIT 1`;
      return row ? toPathRow(row) : null;
    },
  };
}

export type LearnerRepository = ReturnType<typeof createLearnerRepository>;

/** Follows a path (once however often asked), keeping its follower count. */
export async function follow(tx: Transaction, userId: string, pathId: string): Promise<void> {
  const added = await tx.$executeRaw`
    INSERT INTO path_follow (user_id, path_id) VALUES (${userId}::uuid, ${pathId}::uuid) ON CONFLICT DO NOTHING`;
  if (added === 1)
    await tx.$executeRaw`UPDATE learning_path SET follower_count = follower_count + 1 WHERE id = ${pathId}::uuid`;
}

/** Stops following a path (nothing happens when not following it), keeping its follower count. */
export async function unfollow(tx: Transaction, userId: string, pathId: string): Promise<void> {
  const removed = await tx.$executeRaw`
    DELETE FROM path_follow WHERE user_id = ${userId}::uuid AND path_id = ${pathId}::uuid`;
  if (removed === 1)
    await tx.$executeRaw`UPDATE learning_path SET follower_count = follower_count - 1 WHERE id = ${pathId}::uuid`;
}
