export { createPostgresSearchEngine } from './postgres-search-engine.js';
export { SearchResolver, searchLimits } from './search.resolver.js';
export type { SearchEngine, SearchHit } from './search-engine.js';
