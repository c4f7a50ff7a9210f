import { Prisma } from '../../db.js';
import type { LearningResourceSort } from './learning-resource-filter.js';
import type { CertificationType, Delivery, Level, ResourceType } from './resource-enums.js';

/** A filter with every reference checked and topics expanded to their sub-topics. */
export interface ResolvedFilter {
  resourceTypes?: ResourceType[];
  topicIds?: string[];
  /** A second topic condition, for lists already scoped to a topic (Topic.resources). */
  withinTopicIds?: string[];
  offerors?: string[];
  platforms?: string[];
  departments?: string[];
  certification?: boolean;
  certificationTypes?: CertificationType[];
  free?: boolean;
  professional?: boolean;
  delivery?: Delivery[];
  levels?: Level[];
  languages?: string[];
  /** Editors may list unpublished resources too. */
  includeUnpublished?: boolean;
}

/** The position of a resource in a sorted list: the sort's key (as text) and the id breaking ties. */
export type SortPosition = [key: string, id: string];

interface SortSpec {
  /** The expression the list orders by, exactly as the migration indexes it. */
  key: Prisma.Sql;
  /** How the key is compared with a cursor's key text. */
  cast: Prisma.Sql;
  /** Whether a cursor's key text is one PostgreSQL could have printed for this key, so casting it back cannot fail. */
  isKey: (text: string) => boolean;
  descending: boolean;
}

/** `timestamptz` as PostgreSQL prints it (`2024-01-15 10:00:00.123+00`), or ±infinity, with a real calendar date. */
function isTimestampKey(text: string): boolean {
  if (text === 'infinity' || text === '-infinity') return true;
  const match = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(\.\d{1,6})?[+-]\d{2}(:\d{2}){0,2}$/.exec(text);
  if (!match) return false;
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = match.slice(1, 7).map(Number);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  const isCalendarDate = year > 0 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return isCalendarDate && hour < 24 && minute < 60 && second < 60;
}

/** `integer` as PostgreSQL prints it, within its range. */
const isIntegerKey = (text: string) => /^-?\d{1,10}$/.test(text) && Math.abs(Number(text)) <= 2_147_483_647;

/** Any text a title can lower-case to; PostgreSQL text holds no NUL and no lone surrogate. */
const isTextKey = (text: string) => text.length <= 2_000 && !text.includes('\u0000') && text.isWellFormed();

const sorts: Record<LearningResourceSort, SortSpec> = {
  NEWEST: { key: Prisma.sql`r.created_at`, cast: Prisma.sql`timestamptz`, isKey: isTimestampKey, descending: true },
  RECENTLY_MODIFIED: {
    key: Prisma.sql`COALESCE(r.last_modified, '-infinity'::timestamptz)`,
    cast: Prisma.sql`timestamptz`,
    isKey: isTimestampKey,
    descending: true,
  },
  MOST_VIEWED: { key: Prisma.sql`r.views`, cast: Prisma.sql`integer`, isKey: isIntegerKey, descending: true },
  UPCOMING_START: {
    key: Prisma.sql`COALESCE(r.next_start_date, 'infinity'::timestamptz)`,
    cast: Prisma.sql`timestamptz`,
    isKey: isTimestampKey,
    descending: false,
  },
  TITLE: { key: Prisma.sql`lower(r.title)`, cast: Prisma.sql`text`, isKey: isTextKey, descending: false },
};

/** Whether `text` can be the key of a row in a list sorted by `sort` (see `SortSpec.isKey`). */
export const isSortKey = (sort: LearningResourceSort, text: string): boolean => sorts[sort].isKey(text);

/** The WHERE conditions of a filter; every list and count over resources goes through here. */
export function filterConditions(filter: ResolvedFilter): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  const add = (condition: Prisma.Sql) => conditions.push(condition);
  if (!filter.includeUnpublished) add(Prisma.sql`r.published`);
  // Casting the parameter, not the column, keeps the column visible to its index and its statistics.
  if (filter.resourceTypes) add(Prisma.sql`r.resource_type = ANY(${filter.resourceTypes}::resource_type[])`);
  for (const topicIds of [filter.topicIds, filter.withinTopicIds]) {
    if (topicIds) {
      add(
        Prisma.sql`EXISTS (SELECT 1 FROM resource_topic t WHERE t.resource_id = r.id AND t.topic_id = ANY(${topicIds}::uuid[]))`,
      );
    }
  }
  if (filter.offerors) add(Prisma.sql`r.offered_by = ANY(${filter.offerors})`);
  if (filter.platforms) add(Prisma.sql`r.platform = ANY(${filter.platforms})`);
  if (filter.departments) {
    add(
      Prisma.sql`EXISTS (SELECT 1 FROM resource_department d WHERE d.resource_id = r.id AND d.department_id = ANY(${filter.departments}))`,
    );
  }
  if (filter.certification !== undefined) add(Prisma.sql`r.certification = ${filter.certification}`);
  if (filter.certificationTypes) {
    add(Prisma.sql`r.certification_type = ANY(${filter.certificationTypes}::certification_type[])`);
  }
  if (filter.free !== undefined) add(Prisma.sql`r.free = ${filter.free}`);
  if (filter.professional !== undefined) add(Prisma.sql`r.professional = ${filter.professional}`);
  if (filter.delivery) add(Prisma.sql`r.delivery && ${filter.delivery}::delivery[]`);
  if (filter.levels) add(Prisma.sql`r.levels && ${filter.levels}::level[]`);
  if (filter.languages) add(Prisma.sql`r.languages && ${filter.languages}::text[]`);
  return conditions.length > 0 ? Prisma.join(conditions, ' AND ') : Prisma.sql`TRUE`;
}

/**
 * The columns of a resource as a row of `findMany` names them, for raw statements that read whole resources.
 * Enum arrays are cast to text arrays, which the driver parses into arrays as it does for Prisma's own reads.
 */
const resourceColumns = Prisma.sql`
  r.id, r.platform, r.readable_id AS "readableId", r.resource_type AS "resourceType", r.title, r.description,
  r.full_description AS "fullDescription", r.url, r.image_url AS "imageUrl", r.image_alt AS "imageAlt",
  r.published, r.languages, r.offered_by AS "offeredBy", r.certification,
  r.certification_type AS "certificationType", r.professional, r.free, r.delivery::text[] AS delivery,
  r.pace::text[] AS pace, r.format::text[] AS format, r.availability, r.duration,
  r.time_commitment AS "timeCommitment", r.min_weeks AS "minWeeks", r.max_weeks AS "maxWeeks",
  r.min_weekly_hours::float8 AS "minWeeklyHours", r.max_weekly_hours::float8 AS "maxWeeklyHours", r.location,
  r.next_start_date AS "nextStartDate", r.views, r.last_modified AS "lastModified", r.levels::text[] AS levels,
  r.source, r.source_hash AS "sourceHash", r.version, r.created_at AS "createdAt", r.updated_at AS "updatedAt"`;

/**
 * One page in sort order, each row a whole resource with what a list shows of its relations (its offeror, its
 * topics, its prices), the sort key as text for the next cursor, and the version of the list's data: a page of
 * any size is one round trip, read from one snapshot. The page is chosen by ids alone first, as the sort
 * indexes serve it, and only its rows are read in full. Offerors and topics carry the fields of the taxonomy's
 * own rows, ids named as the taxonomy names them.
 */
export function pageQuery(
  filter: ResolvedFilter,
  sort: LearningResourceSort,
  take: number,
  after: SortPosition | null,
): Prisma.Sql {
  const { key, cast, descending } = sorts[sort];
  const direction = descending ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  const keyset = after
    ? descending
      ? Prisma.sql`AND (${key}, r.id) < (${after[0]}::${cast}, ${after[1]}::uuid)`
      : Prisma.sql`AND (${key}, r.id) > (${after[0]}::${cast}, ${after[1]}::uuid)`
    : Prisma.empty;
  return Prisma.sql`
    SELECT page.sort_key, (SELECT version FROM resource_list_version WHERE id = 1) AS list_version,
      ${resourceColumns},
      (SELECT json_build_object('id', o.code, 'name', o.name, 'professional', o.professional,
                                'description', o.description)
       FROM offeror o WHERE o.code = r.offered_by) AS offeror,
      COALESCE(
        (SELECT json_agg(json_build_object('id', tp.id, 'code', tp.code, 'name', tp.name, 'icon', tp.icon,
                                           'parentId', tp.parent_id))
         FROM resource_topic t JOIN topic tp ON tp.id = t.topic_id WHERE t.resource_id = r.id),
        '[]') AS topics,
      COALESCE(
        (SELECT json_agg(json_build_object('amount', p.amount::float8, 'currency', p.currency) ORDER BY p.position)
         FROM resource_price p WHERE p.resource_id = r.id),
        '[]') AS prices
    FROM (
      SELECT r.id, ${key} AS sort_value, (${key})::text AS sort_key
      FROM learning_resource r
      WHERE ${filterConditions(filter)} ${keyset}
      ORDER BY ${key} ${direction}, r.id ${direction}
      LIMIT ${take}
    ) AS page
    JOIN learning_resource r ON r.id = page.id
    ORDER BY page.sort_value ${direction}, page.id ${direction}`;
}

/** How many resources a filter lets through, with the version of the data it was counted at (same snapshot). */
export function countQuery(filter: ResolvedFilter): Prisma.Sql {
  return Prisma.sql`
    SELECT count(*)::int AS total, (SELECT version FROM resource_list_version WHERE id = 1) AS version
    FROM learning_resource r WHERE ${filterConditions(filter)}`;
}
