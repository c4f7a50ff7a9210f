import { conflict, type Viewer } from '@learngraph/service-kit';
import type { Transaction } from '../../db.js';
import { requireAccess } from './path-access.js';
import { type PathRow, pathColumns, type RawPathRow, toPathRow } from './path-row.js';

/**
 * Locks the path's row for the rest of the transaction, then checks that the viewer may do `need` to it
 * and that it is still at `expectedVersion` (when given). Every change to a path or its items starts
 * here, so concurrent changes of one path run one after the other and each sees the last one's result.
 *
 * @example
 * const path = await lockPath(tx, id, viewer, 'edit', input.expectedVersion);
 */
export async function lockPath(
  tx: Transaction,
  id: string,
  viewer: Viewer | null,
  need: 'read' | 'edit' | 'author' | 'admin',
  expectedVersion?: number | null,
): Promise<PathRow> {
  const [row] = await tx.$queryRaw<
    RawPathRow[]
  >`SELECT ${pathColumns} FROM learning_path p WHERE p.id = ${id}::uuid FOR UPDATE`;
  const path = requireAccess(row ? toPathRow(row) : null, viewer, need);
  if (expectedVersion !== undefined && expectedVersion !== null && expectedVersion !== path.version) {
    throw conflict(`The path is at version ${path.version}, not ${expectedVersion}; nothing was changed.`);
  }
  return path;
}

/** Records a change of the path: a new version and update time. */
export async function touchPath(tx: Transaction, id: string): Promise<void> {
  await tx.$executeRaw`UPDATE learning_path SET version = version + 1, updated_at = now() WHERE id = ${id}::uuid`;
}
