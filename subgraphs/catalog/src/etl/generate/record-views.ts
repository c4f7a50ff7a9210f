import type { Database } from '../../db.js';
import type { GeneratedResource } from './generate-resource.js';

/**
 * Writes generated view counts onto the loaded resources, in one statement. Views are the catalog's
 * own count rather than provider data, so the import path (which hashes and versions provider data and
 * emits events) leaves them alone; a generated catalog still needs them for the MOST_VIEWED order.
 *
 * @example
 * await loadResources(db, 'generated', chunk);
 * await recordViews(db, chunk);
 */
export async function recordViews(
  db: Database,
  resources: ReadonlyArray<Pick<GeneratedResource, 'platform' | 'readableId' | 'views'>>,
): Promise<number> {
  if (resources.length === 0) return 0;
  return db.$executeRaw`
    UPDATE learning_resource r SET views = v.views
    FROM unnest(
      ${resources.map((resource) => resource.platform)}::text[],
      ${resources.map((resource) => resource.readableId)}::text[],
      ${resources.map((resource) => resource.views)}::int[]
    ) AS v(platform, readable_id, views)
    WHERE r.platform = v.platform AND r.readable_id = v.readable_id AND r.views IS DISTINCT FROM v.views`;
}
