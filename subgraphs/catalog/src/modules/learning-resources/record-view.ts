import { badUserInput, notFound } from '@learngraph/service-kit';
import type { Database } from '../../db.js';
import { appendToOutbox, resourceEvent } from '../events/index.js';
import { storedSnapshots } from './resource-snapshots.js';

/**
 * The limits on counting views, each explicit: a visitor key is an HMAC-SHA256 in hex (anything else is refused),
 * and a resource gains at most `perResourceAndDay` counted views a day, which bounds what a flood of made-up keys
 * can add to its count and to the table of keys.
 */
export const viewLimits = { visitorKey: /^[0-9a-f]{64}$/, perResourceAndDay: 5_000 };

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Counts a view of a published resource once per visitor key and UTC day: a new (day, resource, key) row raises
 * `views` and the resource's version and writes the `updated` event (so search's MOST_VIEWED follows), all in one
 * transaction; a repeated key, or a resource at its daily limit, changes nothing. Keys of days before yesterday
 * are deleted first, so the table holds at most two days.
 * @example await recordView(db, resourceId, hmacHex, new Date()) // { counted: true }
 */
export async function recordView(
  db: Database,
  resourceId: string,
  visitorKey: string,
  now: Date,
): Promise<{ counted: boolean }> {
  if (!viewLimits.visitorKey.test(visitorKey)) {
    const message = 'visitorKey must be 64 lower-case hexadecimal characters (an HMAC-SHA256).';
    throw badUserInput(message, [{ field: 'visitorKey', message }]);
  }
  const day = new Date(Math.floor(now.getTime() / DAY_MS) * DAY_MS);
  await db.resourceView.deleteMany({ where: { day: { lt: new Date(day.getTime() - DAY_MS) } } });
  return db.$transaction(async (tx) => {
    const resource = await tx.learningResource.findUnique({ where: { id: resourceId }, select: { published: true } });
    if (!resource?.published) throw notFound('No learning resource has this id.');
    const today = await tx.resourceView.count({ where: { day, resourceId } });
    if (today >= viewLimits.perResourceAndDay) return { counted: false };
    const added = await tx.resourceView.createMany({ data: [{ day, resourceId, visitorKey }], skipDuplicates: true });
    if (added.count === 0) return { counted: false };
    await tx.learningResource.update({
      where: { id: resourceId },
      data: { views: { increment: 1 }, version: { increment: 1 } },
    });
    const snapshots = await storedSnapshots(tx, [resourceId]);
    await appendToOutbox(
      tx,
      snapshots.map(({ snapshot, version }) => resourceEvent('updated', snapshot, version)),
    );
    return { counted: true };
  });
}
