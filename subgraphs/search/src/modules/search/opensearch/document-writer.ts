import type { Client } from '@opensearch-project/opensearch';
import type { ResourceSnapshot } from '../../index-sync/resource-snapshot.js';
import type { VectorStore } from '../qdrant/vector-store.js';
import { toOpenSearchDocument, vectorPayloadOf } from './search-document.js';

/** Writes resources to OpenSearch (text and facets) and Qdrant (embedding and facet payload). */
export interface DocumentWriter {
  /** Indexes `resource` at `version`; an older version than the one indexed changes nothing. */
  write(resource: ResourceSnapshot, version: number, embedding: Float32Array): Promise<void>;
  remove(id: string): Promise<void>;
}

const statusOf = (error: unknown) => (error as { meta?: { statusCode?: number } }).meta?.statusCode;

/**
 * OpenSearch's external versioning makes the write idempotent by resource version: a stale event is
 * refused with 409 and ignored here, so replays and out-of-order deliveries are harmless. The same version
 * is written again (`external_gte`): an event whose Qdrant write failed after OpenSearch took it is
 * retried, and must reach Qdrant then rather than stop at OpenSearch's refusal.
 */
export function createDocumentWriter(client: Client, index: string, vectors: VectorStore): DocumentWriter {
  return {
    async write(resource, version, embedding) {
      const document = toOpenSearchDocument(resource, version);
      try {
        await client.index({ index, id: resource.id, body: document, version, version_type: 'external_gte' });
      } catch (error) {
        if (statusOf(error) === 409) return;
        throw error;
      }
      await vectors.upsert(resource.id, embedding, vectorPayloadOf(document));
    },
    async remove(id) {
      try {
        await client.delete({ index, id });
      } catch (error) {
        if (statusOf(error) !== 404) throw error;
      }
      await vectors.remove(id);
    },
  };
}
