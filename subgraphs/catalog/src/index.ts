import {
  configOrExit,
  createLogger,
  createOutboxStore,
  createRedis,
  guardProcess,
  handleShutdown,
  remoteKeySet,
  routerKeys,
  startOutboxRelay,
  startTracing,
} from '@learngraph/service-kit';
import { readConfig } from './config.js';
import { createDatabase } from './db.js';
import { createCatalogServer } from './server.js';

const config = configOrExit(() => readConfig());
const logger = createLogger('catalog', config.LOG_LEVEL);
guardProcess(logger);
const tracing = configOrExit(() => startTracing('catalog'));
const db = createDatabase(config.DATABASE_URL);
const redis = createRedis(config.REDIS_URL, logger, 'catalog-outbox-relay');

const { server, start, stop } = await createCatalogServer({
  db,
  tokenKeys: remoteKeySet(new URL(config.JWKS_URL)),
  logger,
  routerKeys: routerKeys(config),
});
await start();
const relay = startOutboxRelay({ store: createOutboxStore(db), redis, stream: config.CATALOG_EVENTS_STREAM, logger });

server.listen(config.PORT, config.HOST, () => {
  logger.info({ url: `http://${config.HOST}:${config.PORT}/graphql` }, 'catalog subgraph ready');
});
handleShutdown({
  server,
  logger,
  closers: [stop, () => relay.stop(), () => redis.quit(), () => db.$disconnect(), () => tracing.shutdown()],
});
