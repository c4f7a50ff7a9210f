import { createSubgraphServer, createTokenVerifier, type Logger, type TokenKeys } from '@learngraph/service-kit';
import { createContextFactory } from './context.js';
import type { Database } from './db.js';
import { buildLearningPathsSchema } from './schema.js';

export interface LearningPathsServerDeps {
  db: Database;
  /** Where the keys that sign access tokens come from: `remoteKeySet(JWKS_URL)`, or fixed keys in tests. */
  tokenKeys: TokenKeys;
  logger: Logger;
  /** Keys the router signs requests with; nothing else is answered. */
  routerKeys: readonly string[];
}

/** The learning-paths subgraph's HTTP server, not yet listening; `start()` readies GraphQL. */
export async function createLearningPathsServer(deps: LearningPathsServerDeps) {
  const { db, tokenKeys, logger, routerKeys } = deps;
  return createSubgraphServer({
    schema: await buildLearningPathsSchema(),
    context: createContextFactory(db, createTokenVerifier(tokenKeys)),
    readiness: { database: () => db.$queryRaw`SELECT 1` },
    logger,
    routerKeys,
  });
}
