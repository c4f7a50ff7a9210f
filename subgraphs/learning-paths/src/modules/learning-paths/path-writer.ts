import type { Viewer } from '@learngraph/service-kit';
import type { Transaction } from '../../db.js';
import { renumberedRanks } from './item-ranks.js';
import { invalid, type PathCreateFields, type PathUpdateFields } from './learning-path-input.js';
import { lockPath, touchPath } from './path-lock.js';

type NewItem = PathCreateFields['items'][number];

async function insertItems(tx: Transaction, pathId: string, items: NewItem[]): Promise<void> {
  if (items.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO learning_path_item (path_id, resource_id, rank, note, required)
    SELECT ${pathId}::uuid, n.resource_id, n.rank, n.note, n.required
    FROM unnest(${items.map((item) => item.resourceId)}::uuid[], ${renumberedRanks(items.length)}::int[],
      ${items.map((item) => item.note)}::text[], ${items.map((item) => item.required ?? true)}::boolean[])
      AS n(resource_id, rank, note, required)`;
}

/** Reports each item whose resource is not a published resource this subgraph knows. */
async function requirePublished(tx: Transaction, items: NewItem[]): Promise<void> {
  const ids = items.map((item) => item.resourceId);
  const rows = await tx.knownResource.findMany({ where: { id: { in: ids }, published: true }, select: { id: true } });
  const published = new Set(rows.map((row) => row.id));
  const problems = items.flatMap((item, index) =>
    published.has(item.resourceId)
      ? []
      : [{ field: `items.${index}.resourceId`, message: 'no published learning resource has this id' }],
  );
  if (problems.length > 0) throw invalid(problems);
}

/** Creates a path authored by the viewer, with its items in the given order; returns its id. */
export async function createPath(tx: Transaction, viewer: Viewer, fields: PathCreateFields): Promise<string> {
  await requirePublished(tx, fields.items);
  const { id } = await tx.learningPath.create({
    data: {
      authorId: viewer.userId,
      title: fields.title,
      description: fields.description,
      topics: fields.topics,
      visibility: fields.visibility,
    },
    select: { id: true },
  });
  await insertItems(tx, id, fields.items);
  return id;
}

/**
 * Changes what the input names. Co-editors change title, description and topics; visibility and
 * co-editors are the author's alone.
 */
export async function updatePath(
  tx: Transaction,
  viewer: Viewer,
  id: string,
  fields: PathUpdateFields,
  expectedVersion: number | null,
): Promise<void> {
  const authorOnly = (fields.visibility ?? fields.coEditorIds ?? null) !== null;
  const path = await lockPath(tx, id, viewer, authorOnly ? 'author' : 'edit', expectedVersion);
  if (fields.coEditorIds?.includes(path.authorId ?? '')) {
    throw invalid([{ field: 'coEditorIds', message: 'the author cannot be a co-editor' }]);
  }
  await tx.learningPath.update({
    where: { id },
    data: {
      ...(fields.title ? { title: fields.title } : {}),
      ...(fields.description !== undefined ? { description: fields.description } : {}),
      ...(fields.topics ? { topics: fields.topics } : {}),
      ...(fields.visibility ? { visibility: fields.visibility } : {}),
    },
  });
  if (fields.coEditorIds) {
    await tx.learningPathEditor.deleteMany({ where: { pathId: id, userId: { notIn: fields.coEditorIds } } });
    await tx.learningPathEditor.createMany({
      data: fields.coEditorIds.map((userId) => ({ pathId: id, userId })),
      skipDuplicates: true,
    });
  }
  await touchPath(tx, id);
}

/** Deletes a path of the viewer's own, with its items, followers and everyone's progress in it. */
export async function deletePath(tx: Transaction, viewer: Viewer, id: string, expectedVersion: number | null) {
  await lockPath(tx, id, viewer, 'author', expectedVersion);
  await tx.learningPath.delete({ where: { id } });
}

/**
 * Copies a path the viewer may read into a new private path of theirs, items, notes and topics included.
 * Another person's private path cannot be read, so it cannot be copied either.
 */
export async function copyPath(tx: Transaction, viewer: Viewer, id: string, title: string | null): Promise<string> {
  const source = await lockPath(tx, id, viewer, 'read');
  const { id: copyId } = await tx.learningPath.create({
    data: {
      authorId: viewer.userId,
      title: title ?? source.title,
      description: source.description,
      topics: source.topics,
      visibility: 'PRIVATE',
      copiedFromId: source.id,
    },
    select: { id: true },
  });
  await tx.$executeRaw`
    INSERT INTO learning_path_item (path_id, resource_id, rank, note, required)
    SELECT ${copyId}::uuid, resource_id, rank, note, required FROM learning_path_item WHERE path_id = ${source.id}::uuid`;
  return copyId;
}

/** An administrator hides a path from everyone but its members and administrators, or shows it again. */
export async function setHidden(tx: Transaction, viewer: Viewer, id: string, hidden: boolean): Promise<void> {
  const path = await lockPath(tx, id, viewer, 'admin');
  await tx.learningPath.update({ where: { id }, data: { hiddenAt: hidden ? (path.hiddenAt ?? new Date()) : null } });
  await touchPath(tx, id);
}
