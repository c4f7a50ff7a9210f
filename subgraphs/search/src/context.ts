import type { IncomingMessage } from 'node:http';
import { type TokenVerifier, type Viewer, viewerFromAuthorization } from '@learngraph/service-kit';
import type { SearchEngine } from './modules/search/index.js';

/** What every resolver receives: who is asking, and the search engine. */
export interface SearchContext {
  viewer: Viewer | null;
  engine: SearchEngine;
}

export function createContextFactory(engine: SearchEngine, verifier: TokenVerifier) {
  return async (req: IncomingMessage): Promise<SearchContext> => ({
    viewer: await viewerFromAuthorization(req.headers.authorization, verifier),
    engine,
  });
}
