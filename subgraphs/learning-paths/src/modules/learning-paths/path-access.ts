import { forbidden, notFound, type Viewer } from '@learngraph/service-kit';
import { Prisma } from '../../db.js';
import type { PathRow } from './path-row.js';

/** Administrators may see and hide public and unlisted paths; private paths stay their members' alone. */
export const isAdmin = (viewer: Viewer | null) => viewer?.roles.includes('ADMIN') ?? false;

export const isAuthor = (path: PathRow, viewer: Viewer | null) => viewer !== null && path.authorId === viewer.userId;

/** The author and the co-editors: the only people who change a path. */
export const isMember = (path: PathRow, viewer: Viewer | null) =>
  viewer !== null && (path.authorId === viewer.userId || path.editorIds.includes(viewer.userId));

/**
 * Whether the viewer may read the path at all: members always; anyone else a public or unlisted path
 * unless an administrator hid it (administrators still see it, to undo that).
 */
export function canRead(path: PathRow, viewer: Viewer | null): boolean {
  if (isMember(path, viewer)) return true;
  return path.visibility !== 'PRIVATE' && (path.hiddenAt === null || isAdmin(viewer));
}

const member = (viewer: Viewer | null) => {
  const userId = viewer?.userId ?? null;
  return Prisma.sql`(p.author_id = ${userId}::uuid
    OR EXISTS (SELECT 1 FROM learning_path_editor e WHERE e.path_id = p.id AND e.user_id = ${userId}::uuid))`;
};

/** SQL twin of `canRead` over a path `p`: for lists of paths the viewer chose (followed paths). */
export function readableSql(viewer: Viewer | null): Prisma.Sql {
  return Prisma.sql`((p.visibility <> 'PRIVATE' AND (p.hidden_at IS NULL OR ${isAdmin(viewer)})) OR ${member(viewer)})`;
}

/**
 * Which paths a list may show the viewer: public ones (hidden ones to administrators only) and the
 * viewer's own. Unlisted paths are only reached through their id, so they are never listed to others:
 * every list and every count goes through this, and a private path never shows in either.
 */
export function listableSql(viewer: Viewer | null): Prisma.Sql {
  return Prisma.sql`((p.visibility = 'PUBLIC' AND (p.hidden_at IS NULL OR ${isAdmin(viewer)})) OR ${member(viewer)})`;
}

const noSuchPath = () => notFound('No learning path has this id.');

/**
 * The path when the viewer may do `need` to it. A path the viewer cannot read is NOT_FOUND exactly like
 * one that does not exist, so that a private path's existence never leaks; a readable path the viewer
 * may not change is FORBIDDEN.
 */
export function requireAccess(
  path: PathRow | null,
  viewer: Viewer | null,
  need: 'read' | 'edit' | 'author' | 'admin',
): PathRow {
  if (!path || !canRead(path, viewer)) throw noSuchPath();
  if (need === 'edit' && !isMember(path, viewer)) throw forbidden('Only the author and co-editors change a path.');
  if (need === 'author' && !isAuthor(path, viewer)) throw forbidden('Only the author may do this.');
  if (need === 'admin' && !isAdmin(viewer)) throw forbidden('Only administrators may hide a path.');
  return path;
}
