import type { IncomingMessage } from 'node:http';
import {
  type ByIdLoader,
  createByIdLoader,
  type TokenVerifier,
  type Viewer,
  viewerFromAuthorization,
} from '@learngraph/service-kit';
import type { Database } from './db.js';
import { createResourceRepository, type ResourceRow } from './modules/learning-resources/index.js';

/** What every resolver receives: who is asking, and per-request data access. */
export interface CatalogContext {
  viewer: Viewer | null;
  resources: ReturnType<typeof createResourceRepository>;
  loaders: { resource: ByIdLoader<ResourceRow> };
}

/** Builds a fresh context per request, so that loaders never cache across requests or viewers. */
export function createContextFactory(db: Database, verifier: TokenVerifier) {
  const resources = createResourceRepository(db);
  return async (req: IncomingMessage): Promise<CatalogContext> => ({
    viewer: await viewerFromAuthorization(req.headers.authorization, verifier),
    resources,
    loaders: { resource: createByIdLoader(resources.findByIds) },
  });
}
