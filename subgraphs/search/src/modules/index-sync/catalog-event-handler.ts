import type { EventEnvelope } from '@learngraph/service-kit';
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
 * Applies a catalog event to the search documents. Only a newer version overwrites what is indexed, in
 * one statement, so a redelivered or out-of-order event changes nothing.
 */
export function createCatalogEventHandler(db: Database) {
  return async (event: EventEnvelope): Promise<void> => {
    if (!event.type.startsWith('catalog.learning-resource.')) return;
    const resource = snapshotSchema.parse(event.payload);
    await db.$executeRaw`
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
  };
}
