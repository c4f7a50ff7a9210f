import { applyOnce } from '@learngraph/service-kit';
import { z } from 'zod';
import type { Database } from '../../db.js';

/** The part of a catalog resource event this subgraph keeps. */
const snapshotSchema = z.object({
  id: z.uuid(),
  title: z.string(),
  resourceType: z.string(),
  published: z.boolean(),
});

/**
 * Applies a catalog event to the known-resources copy, once per event id (see `applyOnce`). Only a newer
 * version overwrites what is stored, so an event that arrives after a newer one changes nothing either.
 */
export function createCatalogEventHandler(db: Database) {
  return applyOnce(db, async (tx, event) => {
    if (!event.type.startsWith('catalog.learning-resource.')) return;
    const resource = snapshotSchema.parse(event.payload);
    await tx.$executeRaw`
      INSERT INTO known_resource (id, title, resource_type, published, version, synced_at)
      VALUES (${resource.id}::uuid, ${resource.title}, ${resource.resourceType}, ${resource.published}, ${event.version}, now())
      ON CONFLICT (id) DO UPDATE SET
        title = EXCLUDED.title,
        resource_type = EXCLUDED.resource_type,
        published = EXCLUDED.published,
        version = EXCLUDED.version,
        synced_at = now()
      WHERE known_resource.version < EXCLUDED.version`;
  });
}
