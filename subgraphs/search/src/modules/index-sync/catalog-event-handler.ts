import { applyOnce } from '@learngraph/service-kit';
import type { Database } from '../../db.js';
import { resourceSnapshotSchema } from './resource-snapshot.js';
import { recordVocabulary } from './search-vocabulary.js';
import { writeDocument } from './write-document.js';

/**
 * Applies a catalog event to the search documents, once per event id (see `applyOnce`). Only a newer
 * version overwrites what is indexed, so an event that arrives after a newer one changes nothing either.
 */
export function createCatalogEventHandler(db: Database) {
  return applyOnce(db, async (tx, event) => {
    if (!event.type.startsWith('catalog.learning-resource.')) return;
    const resource = resourceSnapshotSchema.parse(event.payload);
    await writeDocument(tx, resource, event.version);
    await recordVocabulary(tx, resource);
  });
}
