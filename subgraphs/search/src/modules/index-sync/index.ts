export { createCatalogEventHandler } from './catalog-event-handler.js';
export { createIndexMetrics } from './index-metrics.js';
export type { ResourceSnapshot } from './resource-snapshot.js';
