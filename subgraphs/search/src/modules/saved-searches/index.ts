export { createNewMatchesLoader } from './new-matches-loader.js';
export { SavedSearchResolver } from './saved-search.resolver.js';
export type { SavedSearchStore } from './saved-search-store.js';
export { createSavedSearchStore } from './saved-search-store.js';
