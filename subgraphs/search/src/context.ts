import type { IncomingMessage } from 'node:http';
import { type TokenVerifier, type Viewer, viewerFromAuthorization } from '@learngraph/service-kit';
import { createNewMatchesLoader, type SavedSearchStore } from './modules/saved-searches/index.js';
import { createSimilarLoader, type SearchEngine } from './modules/search/index.js';

/**
 * What every resolver receives: who is asking, the search engine, saved searches, and this request's
 * batching of `similar` and of saved searches' new matches.
 */
export interface SearchContext {
  viewer: Viewer | null;
  engine: SearchEngine;
  savedSearches: SavedSearchStore;
  similar: ReturnType<typeof createSimilarLoader>;
  newMatches: ReturnType<typeof createNewMatchesLoader>;
}

export function createContextFactory(engine: SearchEngine, savedSearches: SavedSearchStore, verifier: TokenVerifier) {
  return async (req: IncomingMessage): Promise<SearchContext> => ({
    viewer: await viewerFromAuthorization(req.headers.authorization, verifier),
    engine,
    savedSearches,
    similar: createSimilarLoader(engine),
    newMatches: createNewMatchesLoader(engine),
  });
}
