import { applyOnce } from '@learngraph/service-kit';
import { z } from 'zod';
import type { Database, Transaction } from '../../db.js';

/** The users subgraph's event type for an account that was deleted. */
export const userDeletedType = 'users.user.deleted';

const payloadSchema = z.object({ userId: z.uuid() });

/**
 * Erases what this subgraph holds of a deleted account, in one transaction: the private paths they wrote
 * (with everyone's progress in them), their progress, follows (each path's follower count drops),
 * favourites and co-editorships. Their public and unlisted paths stay, because others follow, copy and link
 * to them: they lose their author (`author` is null) and keep their co-editors, who go on editing them.
 */
async function eraseUser(tx: Transaction, userId: string): Promise<void> {
  await tx.$executeRaw`DELETE FROM learning_path WHERE author_id = ${userId}::uuid AND visibility = 'PRIVATE'`;
  await tx.$executeRaw`UPDATE learning_path SET author_id = NULL WHERE author_id = ${userId}::uuid`;
  await tx.$executeRaw`DELETE FROM learning_path_editor WHERE user_id = ${userId}::uuid`;
  await tx.$executeRaw`
    UPDATE learning_path p SET follower_count = p.follower_count - 1
    FROM path_follow f WHERE f.user_id = ${userId}::uuid AND f.path_id = p.id`;
  await tx.$executeRaw`DELETE FROM path_follow WHERE user_id = ${userId}::uuid`;
  await tx.$executeRaw`DELETE FROM item_progress WHERE user_id = ${userId}::uuid`;
  await tx.$executeRaw`DELETE FROM favorite WHERE user_id = ${userId}::uuid`;
}

/**
 * Applies the users stream's events once per event id (see `applyOnce`); only `users.user.deleted` concerns
 * this subgraph, every other type is recorded and skipped.
 *
 * @example
 * startStreamConsumer({ stream: config.USERS_EVENTS_STREAM, group: 'learning-paths', handle: createUserEventHandler(db), … });
 */
export function createUserEventHandler(db: Database) {
  return applyOnce(db, async (tx, event) => {
    if (event.type !== userDeletedType) return;
    await eraseUser(tx, payloadSchema.parse(event.payload).userId);
  });
}
