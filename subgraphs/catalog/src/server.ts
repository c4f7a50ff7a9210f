import { createSubgraphServer, createTokenVerifier, type Logger, type TokenKeys } from '@learngraph/service-kit';
import { createContextFactory } from './context.js';
import type { Database } from './db.js';
import { buildCatalogSchema } from './schema.js';

export interface CatalogServerDeps {
  db: Database;
  /** Where the keys that sign access tokens come from: `remoteKeySet(JWKS_URL)`, or fixed keys in tests. */
  tokenKeys: TokenKeys;
  logger: Logger;
  /** Keys the router signs requests with; nothing else is answered. */
  routerKeys: readonly string[];
  /** Extra readiness checks, e.g. Redis for the relay. */
  readiness?: Record<string, () => Promise<unknown>>;
}

/**
 * The catalog subgraph's HTTP server, not yet listening. Building it has no side effects beyond
 * compiling the schema; `start()` readies GraphQL.
 */
export async function createCatalogServer(deps: CatalogServerDeps) {
  const { db, tokenKeys, logger, routerKeys, readiness = {} } = deps;
  return createSubgraphServer({
    schema: await buildCatalogSchema(),
    context: createContextFactory(db, createTokenVerifier(tokenKeys)),
    readiness: { database: () => db.$queryRaw`SELECT 1`, ...readiness },
    logger,
    routerKeys,
  });
}
