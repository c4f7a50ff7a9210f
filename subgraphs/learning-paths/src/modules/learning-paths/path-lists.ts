import type { NewestFirstPosition, Viewer } from '@learngraph/service-kit';
import { Prisma } from '../../db.js';
import { listableSql } from './path-access.js';
import { pathColumns } from './path-row.js';

/** How the public paths can be browsed. */
export type BrowseSort = 'NEWEST' | 'MOST_FOLLOWED';

/** A position in a browse list: the sort key as text (creation time, or follower count) and the id. */
export type BrowsePosition = [key: string, id: string];

const browseKeys: Record<BrowseSort, { key: Prisma.Sql; cast: Prisma.Sql }> = {
  NEWEST: { key: Prisma.sql`p.created_at`, cast: Prisma.sql`timestamptz` },
  MOST_FOLLOWED: { key: Prisma.sql`p.follower_count`, cast: Prisma.sql`integer` },
};

const topicCondition = (topic: string | null) =>
  topic === null ? Prisma.empty : Prisma.sql`AND p.topics @> ARRAY[${topic}]::text[]`;

/** The public paths (with a topic), in `sort` order, `take` of them after `after`. */
export function browseQuery(
  viewer: Viewer | null,
  filter: { topic: string | null },
  sort: BrowseSort,
  take: number,
  after: BrowsePosition | null,
): Prisma.Sql {
  const { key, cast } = browseKeys[sort];
  const keyset = after ? Prisma.sql`AND (${key}, p.id) < (${after[0]}::${cast}, ${after[1]}::uuid)` : Prisma.empty;
  return Prisma.sql`
    SELECT ${pathColumns} FROM learning_path p
    WHERE p.visibility = 'PUBLIC' AND ${listableSql(viewer)} ${topicCondition(filter.topic)} ${keyset}
    ORDER BY ${key} DESC, p.id DESC
    LIMIT ${take}`;
}

export function browseCountQuery(viewer: Viewer | null, filter: { topic: string | null }): Prisma.Sql {
  return Prisma.sql`
    SELECT count(*)::int AS total FROM learning_path p
    WHERE p.visibility = 'PUBLIC' AND ${listableSql(viewer)} ${topicCondition(filter.topic)}`;
}

/** Paths of many owners at once: a user's paths (by author) or a resource's paths (by item). */
export type PathOwner = 'author' | 'resource';

const owners: Record<PathOwner, { key: Prisma.Sql; from: Prisma.Sql }> = {
  author: { key: Prisma.sql`p.author_id`, from: Prisma.sql`learning_path p` },
  resource: {
    key: Prisma.sql`i.resource_id`,
    from: Prisma.sql`learning_path_item i JOIN learning_path p ON p.id = i.path_id`,
  },
};

/**
 * The first `take` paths of each owner after `after`, newest first, that the viewer may see listed: one
 * statement for every owner of a request (a window over the owners), so N owners cost one query.
 */
export function pagesPerOwnerQuery(
  owner: PathOwner,
  ownerIds: readonly string[],
  viewer: Viewer | null,
  take: number,
  after: NewestFirstPosition | null,
): Prisma.Sql {
  const { key, from } = owners[owner];
  const keyset = after
    ? Prisma.sql`AND (p.created_at, p.id) < (${after[0]}::timestamptz, ${after[1]}::uuid)`
    : Prisma.empty;
  return Prisma.sql`
    SELECT * FROM (
      SELECT ${key} AS owner_id, ${pathColumns},
        row_number() OVER (PARTITION BY ${key} ORDER BY p.created_at DESC, p.id DESC) AS place
      FROM ${from}
      WHERE ${key} = ANY(${[...ownerIds]}::uuid[]) AND ${listableSql(viewer)} ${keyset}
    ) ranked
    WHERE place <= ${take}
    ORDER BY owner_id, created_at DESC, id DESC`;
}

/** How many paths each owner has that the viewer may see listed, in one statement. */
export function countsPerOwnerQuery(owner: PathOwner, ownerIds: readonly string[], viewer: Viewer | null) {
  const { key, from } = owners[owner];
  return Prisma.sql`
    SELECT ${key} AS owner_id, count(*)::int AS total FROM ${from}
    WHERE ${key} = ANY(${[...ownerIds]}::uuid[]) AND ${listableSql(viewer)}
    GROUP BY ${key}`;
}
