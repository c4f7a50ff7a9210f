import { type PathVisibility, Prisma } from '../../db.js';

/** A learning path as every read returns it, with its co-editors' ids. */
export interface PathRow {
  id: string;
  authorId: string | null;
  title: string;
  description: string | null;
  topics: string[];
  visibility: PathVisibility;
  hiddenAt: Date | null;
  version: number;
  followerCount: number;
  copiedFromId: string | null;
  createdAt: Date;
  updatedAt: Date;
  editorIds: string[];
}

/** A path row as PostgreSQL returns `pathColumns`. */
export interface RawPathRow {
  id: string;
  author_id: string | null;
  title: string;
  description: string | null;
  topics: string[] | null;
  visibility: PathVisibility;
  hidden_at: Date | null;
  version: number;
  follower_count: number;
  copied_from_id: string | null;
  created_at: Date;
  updated_at: Date;
  editor_ids: string[];
}

/** The columns of a path `p`, its co-editors included, so that one statement reads everything access needs. */
export const pathColumns = Prisma.sql`p.id, p.author_id, p.title, p.description, p.topics, p.visibility, p.hidden_at,
  p.version, p.follower_count, p.copied_from_id, p.created_at, p.updated_at,
  ARRAY(SELECT e.user_id FROM learning_path_editor e WHERE e.path_id = p.id ORDER BY e.added_at, e.user_id) AS editor_ids`;

export function toPathRow(row: RawPathRow): PathRow {
  return {
    id: row.id,
    authorId: row.author_id,
    title: row.title,
    description: row.description,
    topics: row.topics ?? [],
    visibility: row.visibility,
    hiddenAt: row.hidden_at,
    version: row.version,
    followerCount: row.follower_count,
    copiedFromId: row.copied_from_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    editorIds: row.editor_ids,
  };
}
