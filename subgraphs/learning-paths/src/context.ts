import type { IncomingMessage } from 'node:http';
import { type TokenVerifier, type Viewer, viewerFromAuthorization } from '@learngraph/service-kit';
import type { Database } from './db.js';
import {
  createFavoriteLoaders,
  createFavoriteRepository,
  type FavoriteLoaders,
  type FavoriteRepository,
} from './modules/favorites/index.js';
import {
  createLearnerLoaders,
  createLearnerRepository,
  type LearnerLoaders,
  type LearnerRepository,
} from './modules/learners/index.js';
import {
  createLearningPathLoaders,
  createLearningPathRepository,
  type LearningPathLoaders,
  type LearningPathRepository,
} from './modules/learning-paths/index.js';

/** What every resolver receives: who is asking, the database for transactions, and per-request data access. */
export interface LearningPathsContext {
  viewer: Viewer | null;
  db: Database;
  paths: LearningPathRepository;
  loaders: LearningPathLoaders;
  learners: LearnerRepository;
  learnerLoaders: LearnerLoaders;
  favorites: FavoriteRepository;
  favoriteLoaders: FavoriteLoaders;
}

/** Builds a fresh context per request, so that loaders never cache across requests or viewers. */
export function createContextFactory(db: Database, verifier: TokenVerifier) {
  const paths = createLearningPathRepository(db);
  const learners = createLearnerRepository(db);
  const favorites = createFavoriteRepository(db);
  return async (req: IncomingMessage): Promise<LearningPathsContext> => {
    const viewer = await viewerFromAuthorization(req.headers.authorization, verifier);
    return {
      viewer,
      db,
      paths,
      loaders: createLearningPathLoaders(paths, viewer),
      learners,
      learnerLoaders: createLearnerLoaders(learners, viewer),
      favorites,
      favoriteLoaders: createFavoriteLoaders(favorites, viewer),
    };
  };
}
