import type { IncomingMessage } from 'node:http';
import { type TokenVerifier, type Viewer, viewerFromAuthorization } from '@learngraph/service-kit';
import type { Database } from './db.js';
import {
  createLearningPathLoaders,
  createLearningPathRepository,
  type LearningPathLoaders,
  type LearningPathRepository,
} from './modules/learning-paths/index.js';

/** What every resolver receives: who is asking, and per-request data access. */
export interface LearningPathsContext {
  viewer: Viewer | null;
  paths: LearningPathRepository;
  loaders: LearningPathLoaders;
}

/** Builds a fresh context per request, so that loaders never cache across requests or viewers. */
export function createContextFactory(db: Database, verifier: TokenVerifier) {
  const paths = createLearningPathRepository(db);
  return async (req: IncomingMessage): Promise<LearningPathsContext> => ({
    viewer: await viewerFromAuthorization(req.headers.authorization, verifier),
    paths,
    loaders: createLearningPathLoaders(paths),
  });
}
