import { type Database, Prisma } from '../../db.js';
import type { ResourceSnapshot } from '../index-sync/index.js';

interface StoredRow {
  id: string;
  resourceType: string;
  title: string;
  description: string | null;
  published: boolean;
  version: number;
  platform: string;
  offeror: string | null;
  offerorName: string | null;
  topicIds: string[];
  topicNames: Array<string | null>;
  departments: string[];
  levels: string[];
  certification: boolean;
  certificationType: string;
  free: boolean;
  professional: boolean;
  delivery: string[];
  languages: string[];
  instructors: string[];
  views: number;
  nextStartDate: Date | null;
  createdAt: Date | null;
}

/**
 * The search database's copy of a resource as an event would carry it. Topics come with their ancestors
 * and the names facet_label holds (what indexing needs); the tree's shape is not stored, nor needed.
 */
const snapshotOf = (row: StoredRow): ResourceSnapshot => ({
  id: row.id,
  resourceType: row.resourceType,
  title: row.title,
  description: row.description,
  published: row.published,
  platform: row.platform,
  platformName: null,
  offeredBy: row.offeror,
  offerorName: row.offerorName,
  departments: row.departments,
  departmentNames: [],
  topicTree: row.topicIds.map((id, index) => ({
    id,
    name: row.topicNames[index] ?? '',
    parentId: null,
    direct: true,
  })),
  levels: row.levels,
  certification: row.certification,
  certificationType: row.certificationType,
  free: row.free,
  professional: row.professional,
  delivery: row.delivery,
  languages: row.languages,
  instructors: row.instructors,
  views: row.views,
  nextStartDate: row.nextStartDate?.toISOString() ?? null,
  createdAt: row.createdAt?.toISOString() ?? null,
});

/**
 * Every resource of the search database (or those written from `since` on), by id, `batchSize` at a time,
 * each with the version it was stored at: what a reindex of OpenSearch and Qdrant reads.
 *
 * @example
 * for await (const batch of storedResources(db, { batchSize: 1000 })) await rebuild.write(batch);
 */
export async function* storedResources(
  db: Database,
  options: { batchSize: number; since?: Date },
): AsyncGenerator<Array<{ resource: ResourceSnapshot; version: number }>> {
  const changed = options.since ? Prisma.sql`AND d.synced_at >= ${options.since}` : Prisma.empty;
  for (let last = '00000000-0000-0000-0000-000000000000'; ; ) {
    const rows = await db.$queryRaw<StoredRow[]>`
      SELECT d.id::text, d.resource_type AS "resourceType", d.title, d.description, d.published, d.version,
        d.platform, d.offeror, d.topic_ids::text[] AS "topicIds", d.departments, d.levels, d.certification,
        d.certification_type AS "certificationType", d.free, d.professional, d.delivery, d.languages,
        d.instructors, d.views, d.next_start_date AS "nextStartDate", d.created_at AS "createdAt",
        (SELECT label FROM facet_label WHERE facet = 'offerors' AND value = d.offeror) AS "offerorName",
        ARRAY(SELECT l.label FROM unnest(d.topic_ids::text[]) WITH ORDINALITY AS t(value, n)
              LEFT JOIN facet_label AS l ON l.facet = 'topics' AND l.value = t.value ORDER BY t.n) AS "topicNames"
      FROM search_document AS d
      WHERE d.id > ${last}::uuid ${changed}
      ORDER BY d.id LIMIT ${options.batchSize}`;
    if (rows.length === 0) return;
    yield rows.map((row) => ({ resource: snapshotOf(row), version: row.version }));
    last = rows.at(-1)?.id ?? last;
  }
}
