import type { EventEnvelope } from '@learngraph/service-kit';
import { Counter, Gauge, Registry } from 'prom-client';
import type { Database } from '../../db.js';

/**
 * The indexer's metrics, served at `GET /metrics`: the index lag (from a catalog change to its indexing,
 * for the latest event applied), events applied, and published documents (counted when scraped).
 *
 * @example
 * const metrics = createIndexMetrics(db);
 * const handle = metrics.observe(createCatalogEventHandler(db, embedder));
 * await metrics.registry.metrics(); // Prometheus text
 */
export function createIndexMetrics(db: Database) {
  const registry = new Registry();
  const lag = new Gauge({
    name: 'learngraph_search_index_lag_seconds',
    help: 'Seconds from a catalog change to its indexing, for the latest event applied.',
    registers: [registry],
  });
  const applied = new Counter({
    name: 'learngraph_search_events_applied_total',
    help: 'Catalog events applied to the search index by this process.',
    registers: [registry],
  });
  new Gauge({
    name: 'learngraph_search_documents',
    help: 'Published resources in the search index.',
    registers: [registry],
    async collect() {
      const [row] = await db.$queryRaw<Array<{ count: bigint }>>`
        SELECT count(*) AS count FROM search_document WHERE published`;
      this.set(Number(row?.count ?? 0));
    },
  });
  return {
    registry,
    /** Wraps an event handler so that every event it applies updates the lag and the count. */
    observe(handle: (event: EventEnvelope) => Promise<void>) {
      return async (event: EventEnvelope) => {
        await handle(event);
        applied.inc();
        lag.set(Math.max(0, (Date.now() - Date.parse(event.occurredAt)) / 1000));
      };
    },
  };
}
