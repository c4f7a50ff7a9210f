import type { Prisma } from '../../db.js';
import { appendToOutbox, type ResourceSnapshot, resourceEvent } from '../events/index.js';

/** The event snapshots of stored resources, read in one query, with their versions. */
export async function storedSnapshots(
  tx: Prisma.TransactionClient,
  ids: string[],
): Promise<Array<{ snapshot: ResourceSnapshot; version: number }>> {
  const rows = await tx.learningResource.findMany({
    where: { id: { in: ids } },
    include: {
      topics: { select: { topic: { select: { code: true } } } },
      departments: { select: { departmentId: true } },
    },
  });
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
      departments: row.departments.map((link) => link.departmentId),
      languages: row.languages,
      certification: row.certification,
      certificationType: row.certificationType,
      professional: row.professional,
      free: row.free,
      delivery: row.delivery,
      levels: row.levels,
      nextStartDate: row.nextStartDate?.toISOString() ?? null,
      lastModified: row.lastModified?.toISOString() ?? null,
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
