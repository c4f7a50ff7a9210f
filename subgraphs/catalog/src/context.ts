import type { IncomingMessage } from 'node:http';
import { type TokenVerifier, type Viewer, viewerFromAuthorization } from '@learngraph/service-kit';
import type { Database } from './db.js';
import {
  createResourceLoaders,
  createResourceRepository,
  type ResourceLoaders,
  type ResourceRepository,
} from './modules/learning-resources/index.js';
import {
  createKeptTaxonomies,
  createTaxonomyCache,
  type KeptTaxonomies,
  type TaxonomyCache,
} from './modules/taxonomy/index.js';

/** What every resolver receives: who is asking, per-request loaders, and the database for writes. */
export interface CatalogContext {
  viewer: Viewer | null;
  db: Database;
  resources: ResourceRepository;
  loaders: ResourceLoaders;
  taxonomy: TaxonomyCache;
  /** Taxonomies kept between requests, for resolving list filters without reading them (see `listResources`). */
  keptTaxonomies: KeptTaxonomies;
}

/**
 * Builds a fresh context per request, so that loaders and caches never outlive a request or a viewer; only the
 * taxonomies kept for list filters, checked against their version by every list, do.
 */
export function createContextFactory(db: Database, verifier: TokenVerifier) {
  const resources = createResourceRepository(db);
  const keptTaxonomies = createKeptTaxonomies(db);
  return async (req: IncomingMessage): Promise<CatalogContext> => ({
    viewer: await viewerFromAuthorization(req.headers.authorization, verifier),
    db,
    resources,
    loaders: createResourceLoaders(resources),
    taxonomy: createTaxonomyCache(db),
    keptTaxonomies,
  });
}
