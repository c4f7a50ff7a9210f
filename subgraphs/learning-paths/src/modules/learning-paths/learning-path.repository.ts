import { afterNewestFirst, type NewestFirstPosition } from '@learngraph/service-kit';
import type { Database } from '../../db.js';

export interface PathRow {
  id: string;
  authorId: string;
  title: string;
  description: string | null;
  createdAt: Date;
}

export interface ItemRow {
  pathId: string;
  position: number;
  resourceId: string;
}

const pathColumns = { id: true, authorId: true, title: true, description: true, createdAt: true } as const;

interface AuthorPathRow {
  id: string;
  author_id: string;
  title: string;
  description: string | null;
  created_at: Date;
}

/** Reads and writes learning paths; each method is one SQL statement or one transaction. */
export function createLearningPathRepository(db: Database) {
  return {
    findByIds(ids: readonly string[]): Promise<PathRow[]> {
      return db.learningPath.findMany({ where: { id: { in: [...ids] } }, select: pathColumns });
    },

    itemsOf(pathIds: readonly string[]): Promise<ItemRow[]> {
      return db.learningPathItem.findMany({
        where: { pathId: { in: [...pathIds] } },
        orderBy: [{ pathId: 'asc' }, { position: 'asc' }],
      });
    },

    list(take: number, after: NewestFirstPosition | null): Promise<PathRow[]> {
      return db.learningPath.findMany({
        where: afterNewestFirst(after),
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take,
        select: pathColumns,
      });
    },

    count(): Promise<number> {
      return db.learningPath.count();
    },

    /** The first `take` paths of each author after `after`, newest first, for many authors in one query. */
    async listByAuthors(
      authorIds: readonly string[],
      take: number,
      after: NewestFirstPosition | null,
    ): Promise<PathRow[]> {
      const [afterCreatedAt, afterId] = after ?? [null, null];
      const rows = await db.$queryRaw<AuthorPathRow[]>`
        SELECT id, author_id, title, description, created_at FROM (
          SELECT *, row_number() OVER (PARTITION BY author_id ORDER BY created_at DESC, id DESC) AS rank
          FROM learning_path
          WHERE author_id = ANY(${[...authorIds]}::uuid[])
            AND (${afterCreatedAt}::timestamptz IS NULL OR (created_at, id) < (${afterCreatedAt}::timestamptz, ${afterId}::uuid))
        ) ranked
        WHERE rank <= ${take}
        ORDER BY author_id, created_at DESC, id DESC`;
      return rows.map((row) => ({
        id: row.id,
        authorId: row.author_id,
        title: row.title,
        description: row.description,
        createdAt: row.created_at,
      }));
    },

    async countByAuthors(authorIds: readonly string[]): Promise<Map<string, number>> {
      const groups = await db.learningPath.groupBy({
        by: ['authorId'],
        where: { authorId: { in: [...authorIds] } },
        _count: { _all: true },
      });
      return new Map(groups.map((group) => [group.authorId, group._count._all]));
    },

    /** Creates a path with its items, numbered from 1 in the given order. */
    create(data: { authorId: string; title: string; description: string | null; resourceIds: string[] }) {
      return db.learningPath.create({
        data: {
          authorId: data.authorId,
          title: data.title,
          description: data.description,
          items: { create: data.resourceIds.map((resourceId, index) => ({ resourceId, position: index + 1 })) },
        },
        select: pathColumns,
      });
    },

    /** Which of `ids` are published resources this subgraph knows from catalog events. */
    async publishedResourceIds(ids: readonly string[]): Promise<Set<string>> {
      const rows = await db.knownResource.findMany({
        where: { id: { in: [...ids] }, published: true },
        select: { id: true },
      });
      return new Set(rows.map((row) => row.id));
    },
  };
}

export type LearningPathRepository = ReturnType<typeof createLearningPathRepository>;
