import type { IncomingMessage } from 'node:http';
import { type TokenVerifier, type Viewer, viewerFromAuthorization } from '@learngraph/service-kit';
import { createSimilarLoader, type SearchEngine } from './modules/search/index.js';

/** What every resolver receives: who is asking, the search engine, and this request's batching of `similar`. */
export interface SearchContext {
  viewer: Viewer | null;
  engine: SearchEngine;
  similar: ReturnType<typeof createSimilarLoader>;
}

export function createContextFactory(engine: SearchEngine, verifier: TokenVerifier) {
  return async (req: IncomingMessage): Promise<SearchContext> => ({
    viewer: await viewerFromAuthorization(req.headers.authorization, verifier),
    engine,
    similar: createSimilarLoader(engine),
  });
}
