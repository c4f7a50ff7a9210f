import type { Prisma } from '../../db.js';
import { appendToOutbox, type ResourceSnapshot, resourceEvent } from '../events/index.js';

interface TopicRow {
  id: string;
  code: string;
  name: string;
  parentId: string | null;
}

/** The given topics and all their ancestors, by id, in one query. */
async function topicsWithAncestors(tx: Prisma.TransactionClient, ids: string[]): Promise<Map<string, TopicRow>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.$queryRaw<TopicRow[]>`
    WITH RECURSIVE up AS (
      SELECT id, code, name, parent_id FROM topic WHERE id = ANY(${ids}::uuid[])
      UNION
      SELECT topic.id, topic.code, topic.name, topic.parent_id FROM topic JOIN up ON topic.id = up.parent_id
    )
    SELECT id::text, code, name, parent_id::text AS "parentId" FROM up`;
  return new Map(rows.map((row) => [row.id, row]));
}

/** A topic, then its ancestors nearest first: what `topicTree` lists for each direct topic. */
function lineage(topic: TopicRow, tree: Map<string, TopicRow>): TopicRow[] {
  const chain = [topic];
  for (let parent = topic.parentId; parent !== null; ) {
    const next = tree.get(parent);
    if (!next || chain.includes(next)) break;
    chain.push(next);
    parent = next.parentId;
  }
  return chain;
}

function topicTreeOf(direct: string[], tree: Map<string, TopicRow>): ResourceSnapshot['topicTree'] {
  const entries = new Map<string, ResourceSnapshot['topicTree'][number]>();
  for (const id of direct) {
    const topic = tree.get(id);
    if (!topic) continue;
    for (const node of lineage(topic, tree)) {
      const seen = entries.get(node.id);
      entries.set(node.id, { ...node, direct: (seen?.direct ?? false) || node.id === id });
    }
  }
  return [...entries.values()];
}

const distinct = <T>(values: T[]): T[] => [...new Set(values)];

/** The event snapshots of stored resources, read in one query, with their versions. */
export async function storedSnapshots(
  tx: Prisma.TransactionClient,
  ids: string[],
): Promise<Array<{ snapshot: ResourceSnapshot; version: number }>> {
  const rows = await tx.learningResource.findMany({
    where: { id: { in: ids } },
    include: {
      topics: { select: { topic: { select: { code: true, id: true } } } },
      departments: { select: { department: { select: { code: true, name: true } } } },
      platformRef: { select: { name: true } },
      offeror: { select: { name: true } },
      runs: { select: { instructors: true, startDate: true }, orderBy: { runId: 'asc' } },
    },
  });
  const tree = await topicsWithAncestors(tx, distinct(rows.flatMap((row) => row.topics.map((link) => link.topic.id))));
  return rows.map((row) => ({
    version: row.version,
    snapshot: {
      id: row.id,
      platform: row.platform,
      readableId: row.readableId,
      resourceType: row.resourceType,
      title: row.title,
      description: row.description,
      url: row.url,
      imageUrl: row.imageUrl,
      published: row.published,
      offeredBy: row.offeredBy,
      topics: row.topics.map((link) => link.topic.code),
      departments: row.departments.map((link) => link.department.code),
      languages: row.languages,
      certification: row.certification,
      certificationType: row.certificationType,
      professional: row.professional,
      free: row.free,
      delivery: row.delivery,
      levels: row.levels,
      nextStartDate: row.nextStartDate?.toISOString() ?? null,
      lastModified: row.lastModified?.toISOString() ?? null,
      createdAt: row.createdAt.toISOString(),
      platformName: row.platformRef.name,
      offerorName: row.offeror?.name ?? null,
      departmentNames: row.departments.map((link) => link.department),
      topicTree: topicTreeOf(
        row.topics.map((link) => link.topic.id),
        tree,
      ),
      instructors: distinct(row.runs.flatMap((run) => run.instructors)),
      startDates: row.runs.flatMap((run) => (run.startDate ? [run.startDate.toISOString()] : [])).sort(),
      views: row.views,
    },
  }));
}

/**
 * Unpublishes resources (those still published among `where`), bumping their versions and writing one
 * `unpublished` event each, in the caller's transaction. Returns the ids it unpublished.
 */
export async function unpublishResources(
  tx: Prisma.TransactionClient,
  where: Prisma.LearningResourceWhereInput,
): Promise<string[]> {
  const gone = await tx.learningResource.updateManyAndReturn({
    where: { ...where, published: true },
    data: { published: false, version: { increment: 1 } },
    select: { id: true },
  });
  const ids = gone.map((row) => row.id);
  const snapshots = ids.length > 0 ? await storedSnapshots(tx, ids) : [];
  await appendToOutbox(
    tx,
    snapshots.map(({ snapshot, version }) => resourceEvent('unpublished', snapshot, version)),
  );
  return ids;
}
