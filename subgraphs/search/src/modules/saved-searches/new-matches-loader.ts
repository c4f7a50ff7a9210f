import DataLoader from 'dataloader';
import type { SearchEngine } from '../search/index.js';
import type { SavedSearch } from './saved-search.type.js';

/**
 * Counts the new matches of every saved search one request lists in one engine call (one SQL statement).
 *
 * @example
 * const newMatches = createNewMatchesLoader(engine); await newMatches.load(savedSearch);
 */
export function createNewMatchesLoader(engine: SearchEngine) {
  return new DataLoader<SavedSearch, number, string>(
    (searches) =>
      engine.countAddedSince(searches.map((search) => ({ request: search.request, since: search.lastSeenAt }))),
    { cacheKeyFn: (search) => search.id },
  );
}
