import type { EventEnvelope } from '@learngraph/service-kit';
import type { Database } from '../../db.js';
import type { Embedder } from '../embeddings/index.js';
import { createCatalogEventHandler } from './catalog-event-handler.js';
import type { createIndexMetrics } from './index-metrics.js';

/**
 * The catalog consumer's handler: the event is stored in the search database, then, on the OpenSearch
 * engine, written to OpenSearch and Qdrant (`indexEvent`); the index lag and the events applied are counted
 * only once every write is done, so the lag is the configured engine's.
 *
 * @example
 * startStreamConsumer({ ..., handle: createCatalogIndexer(db, embedder, indexMetrics, indexEvent) });
 */
export function createCatalogIndexer(
  db: Database,
  embedder: Embedder,
  metrics: ReturnType<typeof createIndexMetrics>,
  indexEvent?: (event: EventEnvelope) => Promise<void>,
) {
  const store = createCatalogEventHandler(db, embedder);
  return metrics.observe(async (event) => {
    await store(event);
    await indexEvent?.(event);
  });
}
