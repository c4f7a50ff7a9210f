import { applyOnce, type EventEnvelope } from '@learngraph/service-kit';
import type { Database } from '../../db.js';
import { type Embedder, embeddingText } from '../embeddings/index.js';
import { type ResourceSnapshot, resourceSnapshotSchema } from './resource-snapshot.js';
import { recordVocabulary } from './search-vocabulary.js';
import { writeDocument } from './write-document.js';

const isResourceEvent = (event: EventEnvelope) => event.type.startsWith('catalog.learning-resource.');

/** The embedding of a resource, computed before the transaction so that a slow endpoint holds no locks. */
async function embed(embedder: Embedder, resource: ResourceSnapshot): Promise<Float32Array> {
  const text = embeddingText({
    title: resource.title,
    description: resource.description,
    topicNames: resource.topicTree.map((topic) => topic.name),
  });
  const [vector] = await embedder.embed([text]);
  return vector ?? new Float32Array();
}

/**
 * Applies a catalog event to the search documents, once per event id (see `applyOnce`). Only a newer
 * version overwrites what is indexed, so an event that arrives after a newer one changes nothing either.
 */
export function createCatalogEventHandler(db: Database, embedder: Embedder) {
  return async (event: EventEnvelope): Promise<void> => {
    if (!isResourceEvent(event)) return;
    const resource = resourceSnapshotSchema.parse(event.payload);
    const embedding = await embed(embedder, resource);
    await applyOnce(db, async (tx) => {
      await writeDocument(tx, resource, event.version, embedding);
      await recordVocabulary(tx, resource);
    })(event);
  };
}
