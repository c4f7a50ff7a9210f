import {
  configOrExit,
  createLogger,
  createRedis,
  guardProcess,
  handleShutdown,
  remoteKeySet,
  retryScheduleOf,
  routerKeys,
  startStreamConsumer,
  startTracing,
} from '@learngraph/service-kit';
import { readConfig } from './config.js';
import { createDatabase } from './db.js';
import { embedderFromConfig } from './modules/embeddings/index.js';
import { createCatalogIndexer, createIndexMetrics } from './modules/index-sync/index.js';
import { engineFromConfig } from './modules/search/engine-from-config.js';
import { createSearchServer } from './server.js';

const config = configOrExit(() => readConfig());
const logger = createLogger('search', config.LOG_LEVEL);
guardProcess(logger);
const tracing = configOrExit(() => startTracing('search'));
const db = createDatabase(config.DATABASE_URL);
const redis = createRedis(config.REDIS_URL, logger, 'search-catalog-consumer');
const embedder = embedderFromConfig(config);
const indexMetrics = createIndexMetrics(db);
const { engine, indexEvent } = await engineFromConfig(config.engine, db, embedder);

const { server, start, stop } = await createSearchServer({
  db,
  embedder,
  tokenKeys: remoteKeySet(new URL(config.JWKS_URL)),
  logger,
  routerKeys: routerKeys(config),
  metrics: () => indexMetrics.registry.metrics(),
  engine,
});
await start();
const consumer = startStreamConsumer({
  redis,
  stream: config.CATALOG_EVENTS_STREAM,
  group: 'search',
  consumer: config.CONSUMER_NAME,
  handle: createCatalogIndexer(db, embedder, indexMetrics, indexEvent),
  retry: retryScheduleOf(config),
  deadLetterStream: `${config.CATALOG_EVENTS_STREAM}:dead-letter`,
  logger,
});

server.listen(config.PORT, config.HOST, () => {
  logger.info({ url: `http://${config.HOST}:${config.PORT}/graphql` }, 'search subgraph ready');
});
handleShutdown({
  server,
  logger,
  closers: [stop, () => consumer.stop(), () => redis.quit(), () => db.$disconnect(), () => tracing.shutdown()],
});
