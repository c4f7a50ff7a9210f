import { applyOnce } from '@learngraph/service-kit';
import { z } from 'zod';
import type { Database } from '../../db.js';

/** The part of a catalog resource event that search indexes. */
const snapshotSchema = z.object({
  id: z.uuid(),
  resourceType: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  published: z.boolean(),
});

/**
 * Applies a catalog event to the search documents, once per event id (see `applyOnce`). Only a newer
 * version overwrites what is indexed, so an event that arrives after a newer one changes nothing either.
 */
export function createCatalogEventHandler(db: Database) {
  return applyOnce(db, async (tx, event) => {
    if (!event.type.startsWith('catalog.learning-resource.')) return;
    const resource = snapshotSchema.parse(event.payload);
    await tx.$executeRaw`
      INSERT INTO search_document (id, resource_type, title, description, published, version, synced_at)
      VALUES (${resource.id}::uuid, ${resource.resourceType}, ${resource.title}, ${resource.description},
              ${resource.published}, ${event.version}, now())
      ON CONFLICT (id) DO UPDATE SET
        resource_type = EXCLUDED.resource_type,
        title = EXCLUDED.title,
        description = EXCLUDED.description,
        published = EXCLUDED.published,
        version = EXCLUDED.version,
        synced_at = now()
      WHERE search_document.version < EXCLUDED.version`;
  });
}
