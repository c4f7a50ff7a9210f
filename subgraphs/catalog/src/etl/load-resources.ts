import type { Database, Prisma } from '../db.js';
import { appendToOutbox, type ResourceSnapshot, resourceEvent } from '../modules/events/index.js';
import { hashInput, type ResourceInput } from './resource-input.js';

export interface LoadCounts {
  created: number;
  updated: number;
  unchanged: number;
  unpublished: number;
}

const snapshotColumns = {
  id: true,
  platform: true,
  readableId: true,
  resourceType: true,
  title: true,
  description: true,
  url: true,
  published: true,
  version: true,
} as const;

type StoredResource = ResourceSnapshot & { version: number };

const snapshotOf = ({ version: _version, ...snapshot }: StoredResource): ResourceSnapshot => snapshot;

async function loadBatch(
  tx: Prisma.TransactionClient,
  sourceName: string,
  inputs: ResourceInput[],
): Promise<LoadCounts> {
  const counts: LoadCounts = { created: 0, updated: 0, unchanged: 0, unpublished: 0 };
  const existing = await tx.learningResource.findMany({
    where: { OR: inputs.map(({ platform, readableId }) => ({ platform, readableId })) },
    select: { id: true, platform: true, readableId: true, sourceHash: true, published: true },
  });
  const byKey = new Map(existing.map((row) => [`${row.platform}\u0000${row.readableId}`, row]));
  const creates: Prisma.LearningResourceCreateManyInput[] = [];
  const events = [];
  for (const input of inputs) {
    const sourceHash = hashInput(input);
    const current = byKey.get(`${input.platform}\u0000${input.readableId}`);
    if (!current) {
      creates.push({ ...input, source: sourceName, sourceHash });
    } else if (current.sourceHash === sourceHash && current.published) {
      counts.unchanged += 1;
    } else {
      const updated = await tx.learningResource.update({
        where: { id: current.id },
        data: { ...input, source: sourceName, sourceHash, published: true, version: { increment: 1 } },
        select: snapshotColumns,
      });
      events.push(resourceEvent('updated', snapshotOf(updated), updated.version));
      counts.updated += 1;
    }
  }
  if (creates.length > 0) {
    const created = await tx.learningResource.createManyAndReturn({ data: creates, select: snapshotColumns });
    for (const row of created) events.push(resourceEvent('created', snapshotOf(row), row.version));
    counts.created += created.length;
  }
  await appendToOutbox(tx, events);
  return counts;
}

/**
 * Creates or updates resources from one import, in transactions of `batchSize` records that also
 * write the matching events to the outbox. A record whose content hash matches what is stored is left
 * alone, so importing the same feed twice changes nothing.
 */
export async function loadResources(
  db: Database,
  sourceName: string,
  inputs: ResourceInput[],
  batchSize = 500,
): Promise<LoadCounts> {
  const total: LoadCounts = { created: 0, updated: 0, unchanged: 0, unpublished: 0 };
  for (let start = 0; start < inputs.length; start += batchSize) {
    const batch = inputs.slice(start, start + batchSize);
    const counts = await db.$transaction((tx) => loadBatch(tx, sourceName, batch), { timeout: 60_000 });
    total.created += counts.created;
    total.updated += counts.updated;
    total.unchanged += counts.unchanged;
  }
  return total;
}

/**
 * Unpublishes the resources a full feed of `sourceName` used to list but no longer does (`present`
 * holds the readable ids it still lists, including records that failed to import), with one event each.
 */
export async function unpublishMissing(
  db: Database,
  sourceName: string,
  platform: string,
  present: ReadonlySet<string>,
): Promise<number> {
  return db.$transaction(
    async (tx) => {
      const gone = await tx.learningResource.updateManyAndReturn({
        where: { source: sourceName, platform, published: true, readableId: { notIn: [...present] } },
        data: { published: false, version: { increment: 1 } },
        select: snapshotColumns,
      });
      await appendToOutbox(
        tx,
        gone.map((row) => resourceEvent('unpublished', snapshotOf(row), row.version)),
      );
      return gone.length;
    },
    { timeout: 60_000 },
  );
}
