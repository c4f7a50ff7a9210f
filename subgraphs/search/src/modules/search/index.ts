export { createPostgresSearchEngine } from './postgres-search-engine.js';
export { readSearchInput, searchLimits } from './read-search-input.js';
export { SearchInput, SearchMode, SearchSort } from './search.input.js';
export { SearchResolver } from './search.resolver.js';
export type { SearchEngine, SearchHit, SearchRequest } from './search-engine.js';
export { SearchResultConnectionResolver, SearchResultEdgeResolver } from './search-result.resolver.js';
export { SearchSuggestionsResolver } from './search-suggestions.resolver.js';
export { createSimilarLoader } from './similar-loader.js';
export { SimilarResourcesResolver } from './similar-resources.resolver.js';
