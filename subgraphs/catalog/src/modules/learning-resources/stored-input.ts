import type { Prisma } from '../../db.js';
import type { ResourceInput } from '../../etl/resource-input.js';
import { readRunPrices } from './run-prices.js';

/**
 * A stored resource as a ResourceInput, so that an editor's partial update can be laid over it and
 * written back through the same path as imports. Null when there is no such resource.
 */
export async function storedInput(tx: Prisma.TransactionClient, id: string): Promise<ResourceInput | null> {
  const row = await tx.learningResource.findUnique({
    where: { id },
    include: {
      prices: { orderBy: { position: 'asc' } },
      runs: { orderBy: { runId: 'asc' } },
      topics: { select: { topic: { select: { name: true } } } },
      departments: { select: { departmentId: true } },
      children: { orderBy: { position: 'asc' }, select: { child: { select: { readableId: true } } } },
    },
  });
  if (!row) return null;
  return {
    platform: row.platform,
    readableId: row.readableId,
    resourceType: row.resourceType,
    title: row.title,
    description: row.description,
    fullDescription: row.fullDescription,
    url: row.url,
    image: row.imageUrl ? { url: row.imageUrl, alt: row.imageAlt } : null,
    languages: row.languages,
    offeredBy: row.offeredBy,
    departments: row.departments.map((link) => link.departmentId),
    topics: row.topics.map((link) => link.topic.name),
    topicProvider: null,
    certification: row.certification,
    certificationType: row.certificationType,
    professional: row.professional,
    prices: row.prices.map((stored) => ({ amount: stored.amount.toNumber(), currency: stored.currency })),
    delivery: row.delivery,
    pace: row.pace,
    format: row.format,
    availability: row.availability,
    duration: row.duration,
    timeCommitment: row.timeCommitment,
    minWeeks: row.minWeeks,
    maxWeeks: row.maxWeeks,
    minWeeklyHours: row.minWeeklyHours?.toNumber() ?? null,
    maxWeeklyHours: row.maxWeeklyHours?.toNumber() ?? null,
    location: row.location,
    lastModified: row.lastModified,
    runs: row.runs.map(({ id: _id, resourceId: _resource, prices, ...run }) => ({
      ...run,
      prices: readRunPrices(prices),
    })),
    children: row.children.map((link) => link.child.readableId),
  };
}
