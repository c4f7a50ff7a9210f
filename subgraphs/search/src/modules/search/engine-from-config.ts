import { type EventEnvelope } from '@learngraph/service-kit';
import { Client } from '@opensearch-project/opensearch';
import { QdrantClient } from '@qdrant/js-client-rest';
import type { EngineConfig } from '../../config.js';
import type { Database } from '../../db.js';
import { type Embedder, embeddingText } from '../embeddings/index.js';
import { resourceSnapshotSchema } from '../index-sync/resource-snapshot.js';
import { facetLabelsFrom } from './facet-labels.js';
import { createDocumentWriter } from './opensearch/document-writer.js';
import { ensureSearchIndex } from './opensearch/initial-index.js';
import { createOpenSearchEngine } from './opensearch/opensearch-search-engine.js';
import { createPostgresSearchEngine } from './postgres-search-engine.js';
import { createQdrantVectorStore } from './qdrant/vector-store.js';
import type { SearchEngine } from './search-engine.js';

/**
 * The configured engine, and for OpenSearch the extra indexing step run after each catalog event is stored
 * in PostgreSQL (which stays the copy that reindexing reads). On OpenSearch, the index and the collection
 * are created on the first start, before any event is indexed.
 */
export async function engineFromConfig(
  config: EngineConfig,
  db: Database,
  embedder: Embedder,
): Promise<{ engine: SearchEngine; indexEvent?: (event: EventEnvelope) => Promise<void> }> {
  if (config.kind === 'postgres') return { engine: createPostgresSearchEngine(db, embedder) };
  const client = new Client({ node: config.OPENSEARCH_URL });
  const vectors = createQdrantVectorStore(new QdrantClient({ url: config.QDRANT_URL }), config.QDRANT_COLLECTION);
  const [probe] = await embedder.embed(['dimensions']);
  await Promise.all([ensureSearchIndex(client, config.OPENSEARCH_INDEX), vectors.ensureCollection(probe?.length ?? 0)]);
  const writer = createDocumentWriter(client, config.OPENSEARCH_INDEX, vectors);
  return {
    engine: createOpenSearchEngine(client, config.OPENSEARCH_INDEX, vectors, embedder, facetLabelsFrom(db)),
    async indexEvent(event) {
      if (!event.type.startsWith('catalog.learning-resource.')) return;
      const resource = resourceSnapshotSchema.parse(event.payload);
      const topicNames = resource.topicTree.map((topic) => topic.name);
      const [vector] = await embedder.embed([embeddingText({ ...resource, topicNames })]);
      await writer.write(resource, event.version, vector ?? new Float32Array());
    },
  };
}
