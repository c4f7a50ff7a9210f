import { createSubgraphServer, createTokenVerifier, type Logger, type TokenKeys } from '@learngraph/service-kit';
import { createContextFactory } from './context.js';
import type { Database } from './db.js';
import type { Embedder } from './modules/embeddings/index.js';
import { createSavedSearchStore } from './modules/saved-searches/index.js';
import { createPostgresSearchEngine, type SearchEngine } from './modules/search/index.js';
import { buildSearchSchema } from './schema.js';

export interface SearchServerDeps {
  db: Database;
  /** Embeds queries for SEMANTIC and HYBRID search; the same one the indexer embeds resources with. */
  embedder: Embedder;
  /** Where the keys that sign access tokens come from: `remoteKeySet(JWKS_URL)`, or fixed keys in tests. */
  tokenKeys: TokenKeys;
  logger: Logger;
  /** Keys the router signs requests with; nothing else is answered. */
  routerKeys: readonly string[];
  /** Prometheus text for `GET /metrics` (the indexer's lag and counts). */
  metrics?: () => Promise<string>;
  /** The engine answering searches; PostgreSQL on `db` unless configured otherwise (see `engineFromConfig`). */
  engine?: SearchEngine;
}

/**
 * The search subgraph's HTTP server, not yet listening; `start()` readies GraphQL and starts loading the
 * engine's in-memory copies in the background. Until they are loaded, `/health/ready` answers 503 naming
 * `searchIndex` (`/health/live` answers 200 throughout).
 */
export async function createSearchServer(deps: SearchServerDeps) {
  const { db, embedder, tokenKeys, logger, routerKeys, metrics } = deps;
  const engine = deps.engine ?? createPostgresSearchEngine(db, embedder);
  const subgraph = createSubgraphServer({
    schema: await buildSearchSchema(),
    context: createContextFactory(engine, createSavedSearchStore(db), createTokenVerifier(tokenKeys)),
    readiness: { database: () => db.$queryRaw`SELECT 1`, searchIndex: () => engine.ready() },
    logger,
    routerKeys,
    ...(metrics ? { metrics } : {}),
  });
  return {
    ...subgraph,
    async start() {
      await subgraph.start();
      engine.ready().catch(() => undefined);
    },
  };
}
