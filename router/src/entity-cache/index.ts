export { cachedEntities } from './cached-entities.js';
export type { EntityStore } from './entity-store.js';
export { createEntityCache, type EntityCache } from './router-entity-cache.js';
