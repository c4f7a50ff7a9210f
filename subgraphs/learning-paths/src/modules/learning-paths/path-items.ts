import { badUserInput, type Viewer } from '@learngraph/service-kit';
import type { Transaction } from '../../db.js';
import { placeItem, renumberedRanks } from './item-ranks.js';
import { learningPathLimits } from './learning-path-input.js';
import { lockPath, touchPath } from './path-lock.js';

interface RankedItem {
  resourceId: string;
  rank: number;
}

const onField = (field: string, message: string) => badUserInput(`${field} ${message}.`, [{ field, message }]);

const orderedItems = (tx: Transaction, pathId: string) =>
  tx.$queryRaw<RankedItem[]>`
    SELECT resource_id AS "resourceId", rank FROM learning_path_item WHERE path_id = ${pathId}::uuid ORDER BY rank`;

/**
 * Gives the path's items the ranks one gap apart in `order`. Ranks go negative first: a unique index is
 * checked row by row, and no final rank may meet a rank not yet rewritten.
 */
async function renumber(tx: Transaction, pathId: string, order: string[]): Promise<void> {
  const ranks = renumberedRanks(order.length).map((rank) => -rank);
  await tx.$executeRaw`
    UPDATE learning_path_item i SET rank = n.rank
    FROM unnest(${order}::uuid[], ${ranks}::int[]) AS n(resource_id, rank)
    WHERE i.path_id = ${pathId}::uuid AND i.resource_id = n.resource_id`;
  await tx.$executeRaw`UPDATE learning_path_item SET rank = -rank WHERE path_id = ${pathId}::uuid`;
}

/** Writes the item's rank for `position`, renumbering the path when there is no room (see item-ranks.ts). */
async function place(tx: Transaction, pathId: string, others: RankedItem[], resourceId: string, position: number) {
  const placement = placeItem(others, resourceId, position);
  if ('rank' in placement) {
    await tx.$executeRaw`
      UPDATE learning_path_item SET rank = ${placement.rank} WHERE path_id = ${pathId}::uuid AND resource_id = ${resourceId}::uuid`;
  } else {
    await renumber(tx, pathId, placement.renumber);
  }
}

export interface ItemAdd {
  pathId: string;
  resourceId: string;
  position: number | null;
  note: string | null;
  required: boolean;
  expectedVersion: number | null;
}

/** Adds a published resource to a path the viewer edits, at `position` or the end. */
export async function addItem(tx: Transaction, viewer: Viewer, add: ItemAdd): Promise<void> {
  const path = await lockPath(tx, add.pathId, viewer, 'edit', add.expectedVersion);
  const items = await orderedItems(tx, path.id);
  if (items.some((item) => item.resourceId === add.resourceId)) {
    throw onField('resourceId', 'this resource is already in the path');
  }
  if (items.length >= learningPathLimits.itemsMax) {
    throw onField('pathId', `a path holds at most ${learningPathLimits.itemsMax} items`);
  }
  const [known] = await tx.$queryRaw<unknown[]>`
    SELECT 1 FROM known_resource WHERE id = ${add.resourceId}::uuid AND published`;
  if (!known) throw onField('resourceId', 'no published learning resource has this id');
  // A rank past every other one, so the insert cannot collide; `place` then moves it where it belongs.
  const last = items.at(-1)?.rank ?? 0;
  await tx.$executeRaw`
    INSERT INTO learning_path_item (path_id, resource_id, rank, note, required)
    VALUES (${path.id}::uuid, ${add.resourceId}::uuid, ${last + 1}, ${add.note}, ${add.required})`;
  await place(tx, path.id, items, add.resourceId, add.position ?? items.length + 1);
  await touchPath(tx, path.id);
}

/** Removes an item from a path the viewer edits. */
export async function removeItem(
  tx: Transaction,
  viewer: Viewer,
  remove: { pathId: string; resourceId: string; expectedVersion: number | null },
): Promise<void> {
  const path = await lockPath(tx, remove.pathId, viewer, 'edit', remove.expectedVersion);
  const removed = await tx.$executeRaw`
    DELETE FROM learning_path_item WHERE path_id = ${path.id}::uuid AND resource_id = ${remove.resourceId}::uuid`;
  if (removed === 0) throw onField('resourceId', 'this resource is not in the path');
  await touchPath(tx, path.id);
}

export interface ItemUpdate {
  pathId: string;
  resourceId: string;
  /** undefined: unchanged; null: cleared. */
  note: string | null | undefined;
  /** undefined: unchanged. */
  required: boolean | undefined;
  expectedVersion: number | null;
}

/** Changes the note or the `required` flag of an item of a path the viewer edits; its place and progress stay. */
export async function updateItem(tx: Transaction, viewer: Viewer, update: ItemUpdate): Promise<void> {
  const path = await lockPath(tx, update.pathId, viewer, 'edit', update.expectedVersion);
  const changed = await tx.$executeRaw`
    UPDATE learning_path_item
    SET note = CASE WHEN ${update.note !== undefined} THEN ${update.note ?? null} ELSE note END,
        required = COALESCE(${update.required ?? null}::boolean, required)
    WHERE path_id = ${path.id}::uuid AND resource_id = ${update.resourceId}::uuid`;
  if (changed === 0) throw onField('resourceId', 'this resource is not in the path');
  await touchPath(tx, path.id);
}

/** Moves an item of a path the viewer edits to a 1-based position among the path's items. */
export async function moveItem(
  tx: Transaction,
  viewer: Viewer,
  move: { pathId: string; resourceId: string; position: number; expectedVersion: number | null },
): Promise<void> {
  const path = await lockPath(tx, move.pathId, viewer, 'edit', move.expectedVersion);
  const items = await orderedItems(tx, path.id);
  if (!items.some((item) => item.resourceId === move.resourceId)) {
    throw onField('resourceId', 'this resource is not in the path');
  }
  if (!Number.isInteger(move.position) || move.position < 1 || move.position > items.length) {
    throw onField('position', `must be between 1 and ${items.length}`);
  }
  const others = items.filter((item) => item.resourceId !== move.resourceId);
  await place(tx, path.id, others, move.resourceId, move.position);
  await touchPath(tx, path.id);
}
