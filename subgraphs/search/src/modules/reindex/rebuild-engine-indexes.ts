import type { Client } from '@opensearch-project/opensearch';
import type { QdrantClient } from '@qdrant/js-client-rest';
import type { Database } from '../../db.js';
import { type Embedder, embeddingText } from '../embeddings/index.js';
import type { ResourceSnapshot } from '../index-sync/index.js';
import {
  createDocumentWriter,
  createQdrantVectorStore,
  openCollectionRebuild,
  openIndexRebuild,
  toOpenSearchDocument,
  vectorPayloadOf,
} from '../search/index.js';
import type { ReindexReport } from './rebuild-search-table.js';
import { storedResources } from './stored-resources.js';

/** The OpenSearch index alias and the Qdrant collection alias that searches read, with their clients. */
export interface EngineIndexes {
  opensearch: Client;
  index: string;
  qdrant: QdrantClient;
  collection: string;
}

const embed = (embedder: Embedder, resources: ResourceSnapshot[]) =>
  embedder.embed(
    resources.map((resource) =>
      embeddingText({ ...resource, topicNames: resource.topicTree.map((topic) => topic.name) }),
    ),
  );

/**
 * Rebuilds the OpenSearch index and the Qdrant collection from the search database's copy of the
 * catalog, with every embedding computed again: both are built beside the live ones, then swapped in
 * by their aliases. Events go on meanwhile into the live ones; the rows written since the rebuild began
 * are then written again through the aliases (OpenSearch's external versions keep that idempotent).
 *
 * @example
 * const { documents, perSecond } = await rebuildEngineIndexes(db, embedder, { opensearch, index, qdrant, collection });
 */
export async function rebuildEngineIndexes(
  db: Database,
  embedder: Embedder,
  target: EngineIndexes,
  options: { batchSize?: number; onProgress?: (copied: number) => void } = {},
): Promise<ReindexReport> {
  const batchSize = options.batchSize ?? 1000;
  const started = Date.now();
  const [{ now: startedAt } = { now: new Date() }] = await db.$queryRaw<Array<{ now: Date }>>`SELECT now()`;
  const [probe] = await embedder.embed(['dimensions']);
  const index = await openIndexRebuild(target.opensearch, target.index);
  const collection = await openCollectionRebuild(target.qdrant, target.collection, probe?.length ?? 0);
  let copied = 0;
  for await (const batch of storedResources(db, { batchSize })) {
    const vectors = await embed(
      embedder,
      batch.map(({ resource }) => resource),
    );
    await index.write(batch);
    await collection.write(
      batch.map(({ resource, version }, position) => ({
        id: resource.id,
        vector: vectors[position] ?? new Float32Array(),
        payload: vectorPayloadOf(toOpenSearchDocument(resource, version)),
      })),
    );
    copied += batch.length;
    options.onProgress?.(copied);
  }
  await index.swap();
  await collection.swap();
  // synced_at is a transaction's start: reading 10 s back catches writes that committed late.
  const since = new Date(startedAt.getTime() - 10_000);
  const live = createDocumentWriter(
    target.opensearch,
    target.index,
    createQdrantVectorStore(target.qdrant, target.collection),
  );
  for await (const batch of storedResources(db, { batchSize, since })) {
    const vectors = await embed(
      embedder,
      batch.map(({ resource }) => resource),
    );
    for (const [position, { resource, version }] of batch.entries()) {
      await live.write(resource, version, vectors[position] ?? new Float32Array());
    }
  }
  const seconds = (Date.now() - started) / 1000;
  return { documents: copied, seconds, perSecond: copied / seconds };
}
