export { createCatalogEventHandler } from './catalog-event-handler.js';
export { createCatalogIndexer } from './catalog-indexer.js';
export { createIndexMetrics } from './index-metrics.js';
export type { ResourceSnapshot } from './resource-snapshot.js';
