import type { Database, Prisma } from '../db.js';
import {
  linkMembers,
  type ResourceWrite,
  unpublishResources,
  writeResources,
} from '../modules/learning-resources/index.js';
import { loadTaxonomyIndex, type TaxonomyIndex } from '../modules/taxonomy/index.js';
import { hashInput, type ResourceInput } from './resource-input.js';

export interface LoadCounts {
  created: number;
  updated: number;
  unchanged: number;
  unpublished: number;
}

const resourceKey = (platform: string, readableId: string) => `${platform}\u0000${readableId}`;

async function loadBatch(
  tx: Prisma.TransactionClient,
  taxonomy: TaxonomyIndex,
  sourceName: string,
  inputs: ResourceInput[],
): Promise<{ counts: LoadCounts; parents: Array<{ id: string; input: ResourceInput }> }> {
  const counts: LoadCounts = { created: 0, updated: 0, unchanged: 0, unpublished: 0 };
  const existing = await tx.learningResource.findMany({
    where: { OR: inputs.map(({ platform, readableId }) => ({ platform, readableId })) },
    select: { id: true, platform: true, readableId: true, sourceHash: true, published: true },
  });
  const byKey = new Map(existing.map((row) => [resourceKey(row.platform, row.readableId), row]));
  const writes: ResourceWrite[] = [];
  const parents: Array<{ id: string; input: ResourceInput }> = [];
  for (const input of inputs) {
    const sourceHash = hashInput(input);
    const current = byKey.get(resourceKey(input.platform, input.readableId));
    if (current?.sourceHash === sourceHash && current.published) {
      counts.unchanged += 1;
      // Its members may have arrived since (courses imported after their program): link them again.
      if (input.children.length > 0) parents.push({ id: current.id, input });
    } else {
      writes.push({ input, existingId: current?.id, source: sourceName, sourceHash });
    }
  }
  const results = await writeResources(tx, taxonomy, writes);
  counts.created = results.filter((result) => result.change === 'created').length;
  counts.updated = results.length - counts.created;
  const inputsByKey = new Map(
    writes.map((write) => [resourceKey(write.input.platform, write.input.readableId), write.input]),
  );
  for (const result of results) {
    const input = inputsByKey.get(resourceKey(result.platform, result.readableId));
    if (input && input.children.length > 0) parents.push({ id: result.id, input });
  }
  return { counts, parents };
}

/**
 * Creates or updates resources from one import, in transactions of `batchSize` records that also write
 * the matching events to the outbox. A record whose content hash matches what is stored is left alone, so
 * importing the same feed twice changes nothing. Members (a program's courses, a playlist's videos) are
 * linked once every batch is in, so that a parent may come before its members in the feed, and linked
 * again on every import, so that members imported later by another source are picked up.
 */
export async function loadResources(
  db: Database,
  sourceName: string,
  inputs: ResourceInput[],
  options: { batchSize?: number; taxonomy?: TaxonomyIndex } = {},
): Promise<LoadCounts> {
  const batchSize = options.batchSize ?? 500;
  const taxonomy = options.taxonomy ?? (await loadTaxonomyIndex(db));
  const total: LoadCounts = { created: 0, updated: 0, unchanged: 0, unpublished: 0 };
  const parents: Array<{ id: string; input: ResourceInput }> = [];
  for (let start = 0; start < inputs.length; start += batchSize) {
    const batch = inputs.slice(start, start + batchSize);
    const result = await db.$transaction((tx) => loadBatch(tx, taxonomy, sourceName, batch), { timeout: 120_000 });
    total.created += result.counts.created;
    total.updated += result.counts.updated;
    total.unchanged += result.counts.unchanged;
    parents.push(...result.parents);
  }
  for (let start = 0; start < parents.length; start += batchSize) {
    await db.$transaction((tx) => linkMembers(tx, parents.slice(start, start + batchSize)), { timeout: 120_000 });
  }
  return total;
}

/**
 * Unpublishes the resources a full feed of `sourceName` used to list but no longer does. `present` holds
 * what it still lists; `failed` the readable ids of records that failed to import, which are kept too
 * (a broken record is not a withdrawn resource).
 */
export async function unpublishMissing(
  db: Database,
  sourceName: string,
  present: ReadonlyArray<{ platform: string; readableId: string }>,
  failed: ReadonlySet<string>,
): Promise<number> {
  const listed = new Set(present.map(({ platform, readableId }) => resourceKey(platform, readableId)));
  const published = await db.learningResource.findMany({
    where: { source: sourceName, published: true },
    select: { id: true, platform: true, readableId: true },
  });
  const missing = published
    .filter((row) => !listed.has(resourceKey(row.platform, row.readableId)) && !failed.has(row.readableId))
    .map((row) => row.id);
  if (missing.length === 0) return 0;
  const gone = await db.$transaction((tx) => unpublishResources(tx, { id: { in: missing } }), { timeout: 120_000 });
  return gone.length;
}
