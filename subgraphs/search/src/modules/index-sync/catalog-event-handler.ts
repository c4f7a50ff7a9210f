import { applyOnce, type EventEnvelope } from '@learngraph/service-kit';
import type { Database } from '../../db.js';
import { type Embedder, embeddingText } from '../embeddings/index.js';
import { type ResourceSnapshot, resourceSnapshotSchema } from './resource-snapshot.js';
import { countTerms, recordLabels, termsOf } from './search-vocabulary.js';
import { lockDocument, writeDocument } from './write-document.js';

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
 * version overwrites what is indexed, so an event that arrives after a newer one changes nothing either;
 * facet names it carries replace only names from earlier catalog changes (see `recordLabels`).
 * The vocabulary's word counts change in the same transaction as the document.
 */
export function createCatalogEventHandler(db: Database, embedder: Embedder) {
  return async (event: EventEnvelope): Promise<void> => {
    if (!isResourceEvent(event)) return;
    const resource = resourceSnapshotSchema.parse(event.payload);
    const embedding = await embed(embedder, resource);
    await applyOnce(db, async (tx) => {
      const stored = await lockDocument(tx, resource.id);
      if (stored && stored.version >= event.version) return;
      // Only published resources give words: suggestions and corrections should lead to something.
      const terms = resource.published ? termsOf(resource) : [];
      await writeDocument(tx, resource, event.version, embedding, terms);
      await countTerms(tx, stored?.terms ?? [], terms);
      await recordLabels(tx, resource, event.occurredAt);
    })(event);
  };
}
