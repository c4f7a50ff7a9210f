import type { NewestFirstPosition, Viewer } from '@learngraph/service-kit';
import type { Database } from '../../db.js';
import {
  type BrowsePosition,
  type BrowseSort,
  browseCountQuery,
  browseQuery,
  countsPerOwnerQuery,
  type PathOwner,
  pagesPerOwnerQuery,
} from './path-lists.js';
import { type PathRow, pathColumns, type RawPathRow, toPathRow } from './path-row.js';

export interface ItemRow {
  pathId: string;
  resourceId: string;
  note: string | null;
  required: boolean;
  addedAt: Date;
  /** Whether the catalog still publishes the resource. */
  available: boolean;
}

/** A path in a list of many owners' paths, with the owner it was found for. */
export type OwnedPathRow = PathRow & { ownerId: string };

/**
 * Reads learning paths, each method one SQL statement. Which paths a viewer may see is decided here for
 * lists and counts (see `listableSql`), and by `canRead` for paths fetched by id.
 *
 * @example
 * const paths = createLearningPathRepository(db);
 * const page = await paths.browse(viewer, { topic: 'Python' }, 'NEWEST', 21, null);
 */
export function createLearningPathRepository(db: Database) {
  return {
    async findByIds(ids: readonly string[]): Promise<PathRow[]> {
      const rows = await db.$queryRaw<RawPathRow[]>`
        SELECT ${pathColumns} FROM learning_path p WHERE p.id = ANY(${[...ids]}::uuid[])`;
      return rows.map(toPathRow);
    },

    /** The items of many paths in order, each marked available or not from the catalog's copy. */
    async itemsOf(pathIds: readonly string[]): Promise<ItemRow[]> {
      const rows = await db.$queryRaw<
        Array<{
          path_id: string;
          resource_id: string;
          note: string | null;
          required: boolean;
          added_at: Date;
          available: boolean;
        }>
      >`
        SELECT i.path_id, i.resource_id, i.note, i.required, i.added_at, COALESCE(k.published, false) AS available
        FROM learning_path_item i LEFT JOIN known_resource k ON k.id = i.resource_id
        WHERE i.path_id = ANY(${[...pathIds]}::uuid[])
        ORDER BY i.path_id, i.rank`;
      return rows.map((row) => ({
        pathId: row.path_id,
        resourceId: row.resource_id,
        note: row.note,
        required: row.required,
        addedAt: row.added_at,
        available: row.available,
      }));
    },

    async browse(
      viewer: Viewer | null,
      filter: { topic: string | null },
      sort: BrowseSort,
      take: number,
      after: BrowsePosition | null,
    ): Promise<PathRow[]> {
      const rows = await db.$queryRaw<RawPathRow[]>(browseQuery(viewer, filter, sort, take, after));
      return rows.map(toPathRow);
    },

    async browseCount(viewer: Viewer | null, filter: { topic: string | null }): Promise<number> {
      const [row] = await db.$queryRaw<Array<{ total: number }>>(browseCountQuery(viewer, filter));
      return row?.total ?? 0;
    },

    /** The first `take` paths of each owner after `after`, newest first, for many owners in one query. */
    async pagesPerOwner(
      owner: PathOwner,
      ownerIds: readonly string[],
      viewer: Viewer | null,
      take: number,
      after: NewestFirstPosition | null,
    ): Promise<OwnedPathRow[]> {
      const rows = await db.$queryRaw<Array<RawPathRow & { owner_id: string }>>(
        pagesPerOwnerQuery(owner, ownerIds, viewer, take, after),
      );
      return rows.map((row) => ({ ...toPathRow(row), ownerId: row.owner_id }));
    },

    async countsPerOwner(owner: PathOwner, ownerIds: readonly string[], viewer: Viewer | null) {
      const rows = await db.$queryRaw<Array<{ owner_id: string; total: number }>>(
        countsPerOwnerQuery(owner, ownerIds, viewer),
      );
      return new Map(rows.map((row) => [row.owner_id, row.total]));
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
