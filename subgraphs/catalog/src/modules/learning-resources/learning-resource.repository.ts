import { groupBy, readRows } from '@learngraph/service-kit';
import type { Database } from '../../db.js';
import type { Offeror, TaxonomyCache, Topic } from '../taxonomy/index.js';
import type { LearningResource } from './learning-resource.type.js';
import type { LearningResourceSort } from './learning-resource-filter.js';
import { createResourceCounts } from './resource-counts.js';
import { groupOf } from './resource-enums.js';
import { pageQuery, type ResolvedFilter, type SortPosition } from './resource-list-query.js';
import type { LearningResourceRun, Price } from './resource-parts.type.js';
import { readRunPrices } from './run-prices.js';

/** What a list shows of a resource's relations, read in the statement that listed it (see `pageQuery`). */
export interface ListedRelations {
  offeror: Offeror | null;
  topics: Topic[];
  prices: Price[];
}

/**
 * A resource as resolvers see it: the GraphQL fields plus the codes its relations are resolved from, and, when
 * it was read for a list, those relations already read with it.
 */
export type ResourceRecord = LearningResource & {
  platformCode: string;
  offerorCode: string | null;
  version: number;
  listed?: ListedRelations;
};

type Row = Awaited<ReturnType<Database['learningResource']['findMany']>>[number];

/** A resource as raw SQL reads it (see `pageQuery`): the fields of a `findMany` row, decimals as numbers. */
type RawRow = Omit<Row, 'minWeeklyHours' | 'maxWeeklyHours'> & {
  minWeeklyHours: number | null;
  maxWeeklyHours: number | null;
};

/**
 * A page row: the resource, its prices, its offeror and topics (joined) or its topic ids (by id), its sort key
 * and the versions of the list's data and taxonomies (`bigint`, which node-postgres reads as text).
 */
type PageRow = RawRow &
  Pick<ListedRelations, 'prices'> &
  Partial<Omit<ListedRelations, 'prices'>> & {
    topic_ids?: string[];
    sort_key: string;
    list_version: string | null;
    taxonomy_version: string | null;
  };

const asVersion = (text: string | null | undefined) => (text === null || text === undefined ? null : BigInt(text));

const toNumber = (value: { toNumber(): number } | number | null) =>
  value === null || typeof value === 'number' ? value : value.toNumber();

/**
 * Maps a stored row onto what resolvers return, field by field: a list page maps 21 rows of 40 columns, and
 * spreading the rest of each row took 0.4 ms of its CPU. Topics and departments are resolved through the
 * loaders; the row's copies of their ids serve list filters.
 */
function toRecord(row: Row | RawRow): ResourceRecord {
  return {
    id: row.id,
    readableId: row.readableId,
    resourceType: row.resourceType,
    resourceTypeGroup: groupOf(row.resourceType),
    title: row.title,
    description: row.description,
    fullDescription: row.fullDescription,
    url: row.url,
    image: row.imageUrl ? { url: row.imageUrl, alt: row.imageAlt } : null,
    published: row.published,
    languages: row.languages,
    certification: row.certification,
    certificationType: row.certificationType,
    professional: row.professional,
    free: row.free,
    delivery: row.delivery,
    pace: row.pace,
    format: row.format,
    availability: row.availability,
    duration: row.duration,
    timeCommitment: row.timeCommitment,
    minWeeks: row.minWeeks,
    maxWeeks: row.maxWeeks,
    minWeeklyHours: toNumber(row.minWeeklyHours),
    maxWeeklyHours: toNumber(row.maxWeeklyHours),
    location: row.location,
    nextStartDate: row.nextStartDate,
    views: row.views,
    lastModified: row.lastModified,
    levels: row.levels,
    source: row.source,
    version: row.version,
    createdAt: row.createdAt,
    platformCode: row.platform,
    offerorCode: row.offeredBy,
  };
}

/**
 * Reads learning resources and their parts. Every method is one SQL statement whatever the number of
 * ids, which is what lets the per-request loaders resolve a page of N resources in a constant number of
 * queries.
 */
export function createResourceRepository(db: Database) {
  const byResource = <Row extends { resourceId: string }>(rows: Row[]) => groupBy(rows, (row) => row.resourceId);
  return {
    async findByIds(ids: readonly string[]): Promise<ResourceRecord[]> {
      return (await db.learningResource.findMany({ where: { id: { in: [...ids] } } })).map(toRecord);
    },

    async findByReadableId(platform: string, readableId: string): Promise<ResourceRecord | null> {
      const row = await db.learningResource.findUnique({ where: { platform_readableId: { platform, readableId } } });
      return row ? toRecord(row) : null;
    },

    /**
     * One page in list order, each resource with its listed relations and its cursor position, and the
     * versions of the list's data and of the taxonomies the page was read at (null for an empty page). Given
     * `taxonomy`, offerors and topics are looked up in it, which is right only if it is at the returned
     * taxonomy version (see `listResources`).
     */
    async page(
      filter: ResolvedFilter,
      sort: LearningResourceSort,
      take: number,
      after: SortPosition | null,
      taxonomy?: TaxonomyCache,
    ) {
      // Read before the page (once per kept taxonomies), so never newer than the version the page reads.
      const [topics, offerors] = taxonomy ? await Promise.all([taxonomy.topics(), taxonomy.offerors()]) : [];
      const rows = await readRows<PageRow>(db, pageQuery(filter, sort, take, after, taxonomy ? 'by id' : 'joined'));
      const listed = (row: PageRow): ListedRelations =>
        topics && offerors
          ? {
              offeror: (row.offeredBy && offerors.get(row.offeredBy)) || null,
              topics: (row.topic_ids ?? []).flatMap((id) => topics.byId.get(id) ?? []),
              prices: row.prices,
            }
          : { offeror: row.offeror ?? null, topics: row.topics ?? [], prices: row.prices };
      return {
        version: asVersion(rows[0]?.list_version),
        taxonomyVersion: asVersion(rows[0]?.taxonomy_version),
        rows: rows.map((row) => ({
          position: [row.sort_key, row.id] as SortPosition,
          record: Object.assign(toRecord(row), { listed: listed(row) }),
        })),
      };
    },

    /** How many resources a filter lets through (see `createResourceCounts`). */
    count: createResourceCounts(db),

    async runsOf(ids: readonly string[]): Promise<Map<string, LearningResourceRun[]>> {
      const rows = await db.learningResourceRun.findMany({
        where: { resourceId: { in: [...ids] } },
        orderBy: [{ startDate: { sort: 'desc', nulls: 'last' } }, { runId: 'asc' }],
      });
      const groups = byResource(rows);
      return new Map(
        [...groups].map(([id, runs]) => [id, runs.map((run) => ({ ...run, prices: readRunPrices(run.prices) }))]),
      );
    },

    async pricesOf(ids: readonly string[]): Promise<Map<string, Price[]>> {
      const rows = await db.resourcePrice.findMany({
        where: { resourceId: { in: [...ids] } },
        orderBy: { position: 'asc' },
      });
      return new Map(
        [...byResource(rows)].map(([id, prices]) => [
          id,
          prices.map((price) => ({ amount: price.amount.toNumber(), currency: price.currency })),
        ]),
      );
    },

    async topicIdsOf(ids: readonly string[]): Promise<Map<string, string[]>> {
      const rows = await db.resourceTopic.findMany({
        where: { resourceId: { in: [...ids] } },
        orderBy: { topicId: 'asc' },
      });
      return new Map([...byResource(rows)].map(([id, links]) => [id, links.map((link) => link.topicId)]));
    },

    async departmentCodesOf(ids: readonly string[]): Promise<Map<string, string[]>> {
      const rows = await db.resourceDepartment.findMany({ where: { resourceId: { in: [...ids] } } });
      return new Map([...byResource(rows)].map(([id, links]) => [id, links.map((link) => link.departmentId)]));
    },

    /** Members of each parent, in order: [position, child id]. */
    async membersOf(parentIds: readonly string[]): Promise<Map<string, Array<{ position: number; childId: string }>>> {
      const rows = await db.resourceRelation.findMany({
        where: { parentId: { in: [...parentIds] } },
        orderBy: { position: 'asc' },
      });
      return groupBy(rows, (row) => row.parentId);
    },

    /** Parents of each child. */
    async parentsOf(childIds: readonly string[]): Promise<Map<string, string[]>> {
      const rows = await db.resourceRelation.findMany({ where: { childId: { in: [...childIds] } } });
      return new Map(
        [...groupBy(rows, (row) => row.childId)].map(([id, links]) => [id, links.map((link) => link.parentId)]),
      );
    },
  };
}

export type ResourceRepository = ReturnType<typeof createResourceRepository>;
