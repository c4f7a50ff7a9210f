import { createSubgraphServer, createTokenVerifier, type Logger } from '@learngraph/service-kit';
import { createContextFactory } from './context.js';
import type { Database } from './db.js';
import { buildCatalogSchema } from './schema.js';

export interface CatalogServerDeps {
  db: Database;
  jwtPublicKey: string;
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
  const { db, jwtPublicKey, logger, routerKeys, readiness = {} } = deps;
  return createSubgraphServer({
    schema: await buildCatalogSchema(),
    context: createContextFactory(db, await createTokenVerifier(jwtPublicKey)),
    readiness: { database: () => db.$queryRaw`SELECT 1`, ...readiness },
    logger,
    routerKeys,
  });
}
