import type { Prisma } from '../../db.js';
import type { ResourceInput } from '../../etl/resource-input.js';
import type { RelationKind } from '../../generated/prisma/enums.js';
import { appendToOutbox, resourceEvent } from '../events/index.js';
import type { TaxonomyIndex } from '../taxonomy/index.js';
import { storedSnapshots } from './resource-snapshots.js';
import { storedRunPrices } from './run-prices.js';

/** One resource to write: new when `existingId` is absent. */
export interface ResourceWrite {
  input: ResourceInput;
  existingId?: string;
  /** The import source, or null for editors. */
  source: string | null;
  sourceHash: string | null;
}

export interface WriteResult {
  id: string;
  readableId: string;
  platform: string;
  change: 'created' | 'updated';
}

/** The member relation a parent's type implies. */
const relationKinds: Partial<Record<ResourceInput['resourceType'], RelationKind>> = {
  PROGRAM: 'PROGRAM_COURSE',
  VIDEO_PLAYLIST: 'PLAYLIST_VIDEO',
  PODCAST: 'PODCAST_EPISODE',
};

/** What the catalog derives from an input rather than taking from the provider. */
function derived(input: ResourceInput, now: Date) {
  const allPrices = [...input.prices, ...input.runs.flatMap((run) => run.prices)];
  const upcoming = input.runs
    .map((run) => run.startDate)
    .filter((start): start is Date => start !== null && start >= now)
    .sort((a, b) => a.getTime() - b.getTime());
  return {
    free: !input.professional && allPrices.every((price) => price.amount <= 0),
    nextStartDate: upcoming[0] ?? null,
    levels: [...new Set(input.runs.flatMap((run) => run.levels))],
  };
}

function scalars(input: ResourceInput, now: Date) {
  return {
    platform: input.platform,
    readableId: input.readableId,
    resourceType: input.resourceType,
    title: input.title,
    description: input.description,
    fullDescription: input.fullDescription,
    url: input.url,
    imageUrl: input.image?.url ?? null,
    imageAlt: input.image?.alt ?? null,
    languages: input.languages,
    offeredBy: input.offeredBy,
    certification: input.certification,
    certificationType: input.certificationType,
    professional: input.professional,
    delivery: input.delivery,
    pace: input.pace,
    format: input.format,
    availability: input.availability,
    duration: input.duration,
    timeCommitment: input.timeCommitment,
    minWeeks: input.minWeeks,
    maxWeeks: input.maxWeeks,
    minWeeklyHours: input.minWeeklyHours,
    maxWeeklyHours: input.maxWeeklyHours,
    location: input.location,
    lastModified: input.lastModified,
    published: true,
    ...derived(input, now),
  };
}

const unique = <T>(values: T[]) => [...new Set(values)];

/**
 * Creates and updates resources with everything that hangs off them (prices, runs, topics, departments,
 * members), and appends one event per resource to the outbox, inside the caller's transaction. The number
 * of statements grows with the number of updated resources, not with the size of their parts: parts are
 * replaced with one delete and one insert per table for the whole batch.
 */
export async function writeResources(
  tx: Prisma.TransactionClient,
  taxonomy: TaxonomyIndex,
  writes: ResourceWrite[],
  now = new Date(),
): Promise<WriteResult[]> {
  const creates = writes.filter((write) => !write.existingId);
  const created = creates.length
    ? await tx.learningResource.createManyAndReturn({
        data: creates.map((write) => ({
          ...scalars(write.input, now),
          source: write.source,
          sourceHash: write.sourceHash,
        })),
        select: { id: true, platform: true, readableId: true },
      })
    : [];
  const createdIds = new Map(created.map((row) => [`${row.platform}\u0000${row.readableId}`, row]));
  const written: Array<{ id: string; write: ResourceWrite; change: 'created' | 'updated' }> = [];
  for (const write of creates) {
    const row = createdIds.get(`${write.input.platform}\u0000${write.input.readableId}`);
    if (row) written.push({ id: row.id, write, change: 'created' });
  }
  for (const write of writes.filter((candidate) => candidate.existingId)) {
    const row = await tx.learningResource.update({
      where: { id: write.existingId },
      data: {
        ...scalars(write.input, now),
        source: write.source,
        sourceHash: write.sourceHash,
        version: { increment: 1 },
      },
      select: { id: true },
    });
    written.push({ id: row.id, write, change: 'updated' });
  }
  if (written.length === 0) return [];

  const updatedIds = written.filter((entry) => entry.change === 'updated').map((entry) => entry.id);
  if (updatedIds.length > 0) {
    const where = { resourceId: { in: updatedIds } };
    await Promise.all([
      tx.resourcePrice.deleteMany({ where }),
      tx.learningResourceRun.deleteMany({ where }),
      tx.resourceTopic.deleteMany({ where }),
      tx.resourceDepartment.deleteMany({ where }),
    ]);
  }
  const topicsOf = new Map<string, string[]>();
  const departmentsOf = new Map<string, string[]>();
  for (const { id, write } of written) {
    const { input } = write;
    topicsOf.set(id, unique(input.topics.flatMap((name) => taxonomy.topicIds(name, input.topicProvider))));
    departmentsOf.set(
      id,
      unique(
        input.departments.map((department) => taxonomy.departmentCode(department)).filter((code) => code !== undefined),
      ),
    );
  }
  await tx.resourcePrice.createMany({
    data: written.flatMap(({ id, write }) =>
      write.input.prices.map((price, position) => ({
        resourceId: id,
        position,
        amount: price.amount,
        currency: price.currency,
      })),
    ),
  });
  await tx.learningResourceRun.createMany({
    data: written.flatMap(({ id, write }) =>
      write.input.runs.map((run) => ({
        ...run,
        resourceId: id,
        prices: storedRunPrices(run.prices),
      })),
    ),
  });
  await tx.resourceTopic.createMany({
    data: written.flatMap(({ id }) => (topicsOf.get(id) ?? []).map((topicId) => ({ resourceId: id, topicId }))),
  });
  await tx.resourceDepartment.createMany({
    data: written.flatMap(({ id }) =>
      (departmentsOf.get(id) ?? []).map((departmentId) => ({ resourceId: id, departmentId })),
    ),
  });
  // Events describe what was stored, read back through the one snapshot builder unpublishing uses too.
  const changes = new Map(written.map(({ id, change }) => [id, change]));
  await appendToOutbox(
    tx,
    (await storedSnapshots(tx, [...changes.keys()])).map(({ snapshot, version }) =>
      resourceEvent(changes.get(snapshot.id) ?? 'updated', snapshot, version),
    ),
  );
  return written.map(({ id, write, change }) => ({
    id,
    readableId: write.input.readableId,
    platform: write.input.platform,
    change,
  }));
}

/**
 * Replaces the members of the given parents with the resources their inputs list, in order, found by
 * readable id on the parent's platform; members not (yet) in the catalog are left out.
 */
export async function linkMembers(
  tx: Prisma.TransactionClient,
  parents: Array<{ id: string; input: ResourceInput }>,
): Promise<void> {
  const withKind = parents.filter(({ input }) => relationKinds[input.resourceType]);
  if (withKind.length === 0) return;
  await tx.resourceRelation.deleteMany({ where: { parentId: { in: withKind.map((parent) => parent.id) } } });
  const wanted = withKind.flatMap(({ input }) =>
    input.children.map((readableId) => ({ platform: input.platform, readableId })),
  );
  if (wanted.length === 0) return;
  const children = await tx.learningResource.findMany({
    where: { OR: wanted },
    select: { id: true, platform: true, readableId: true },
  });
  const childIds = new Map(children.map((child) => [`${child.platform}\u0000${child.readableId}`, child.id]));
  await tx.resourceRelation.createMany({
    data: withKind.flatMap(({ id, input }) =>
      unique(input.children)
        .map((readableId) => childIds.get(`${input.platform}\u0000${readableId}`))
        .filter((childId): childId is string => childId !== undefined && childId !== id)
        .map((childId, position) => ({
          parentId: id,
          childId,
          kind: relationKinds[input.resourceType] as RelationKind,
          position,
        })),
    ),
  });
}
