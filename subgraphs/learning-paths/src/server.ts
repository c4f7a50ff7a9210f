import { createSubgraphServer, createTokenVerifier, type Logger } from '@learngraph/service-kit';
import { createContextFactory } from './context.js';
import type { Database } from './db.js';
import { buildLearningPathsSchema } from './schema.js';

export interface LearningPathsServerDeps {
  db: Database;
  jwtPublicKey: string;
  logger: Logger;
  /** Keys the router signs requests with; nothing else is answered. */
  routerKeys: readonly string[];
}

/** The learning-paths subgraph's HTTP server, not yet listening; `start()` readies GraphQL. */
export async function createLearningPathsServer(deps: LearningPathsServerDeps) {
  const { db, jwtPublicKey, logger, routerKeys } = deps;
  return createSubgraphServer({
    schema: await buildLearningPathsSchema(),
    context: createContextFactory(db, await createTokenVerifier(jwtPublicKey)),
    readiness: { database: () => db.$queryRaw`SELECT 1` },
    logger,
    routerKeys,
  });
}
