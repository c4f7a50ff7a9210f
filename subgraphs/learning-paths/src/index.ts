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
import { createUserEventHandler } from './modules/account-erasure/index.js';
import { createCatalogEventHandler } from './modules/known-resources/index.js';
import { createLearningPathsServer } from './server.js';

const config = configOrExit(() => readConfig());
const logger = createLogger('learning-paths', config.LOG_LEVEL);
guardProcess(logger);
const tracing = configOrExit(() => startTracing('learning-paths'));
const db = createDatabase(config.DATABASE_URL);
const redis = createRedis(config.REDIS_URL, logger, 'learning-paths-catalog-consumer');
// Each consumer holds its own connection: a blocking read keeps it busy.
const usersRedis = createRedis(config.REDIS_URL, logger, 'learning-paths-users-consumer');

const { server, start, stop } = await createLearningPathsServer({
  db,
  tokenKeys: remoteKeySet(new URL(config.JWKS_URL)),
  logger,
  routerKeys: routerKeys(config),
});
await start();
const consumer = startStreamConsumer({
  redis,
  stream: config.CATALOG_EVENTS_STREAM,
  group: 'learning-paths',
  consumer: config.CONSUMER_NAME,
  handle: createCatalogEventHandler(db),
  retry: retryScheduleOf(config),
  deadLetterStream: `${config.CATALOG_EVENTS_STREAM}:dead-letter`,
  logger,
});
const usersConsumer = startStreamConsumer({
  redis: usersRedis,
  stream: config.USERS_EVENTS_STREAM,
  group: 'learning-paths',
  consumer: config.CONSUMER_NAME,
  handle: createUserEventHandler(db),
  retry: retryScheduleOf(config),
  deadLetterStream: `${config.USERS_EVENTS_STREAM}:dead-letter`,
  logger,
});

server.listen(config.PORT, config.HOST, () => {
  logger.info({ url: `http://${config.HOST}:${config.PORT}/graphql` }, 'learning-paths subgraph ready');
});
handleShutdown({
  server,
  logger,
  closers: [
    stop,
    () => consumer.stop(),
    () => usersConsumer.stop(),
    () => redis.quit(),
    () => usersRedis.quit(),
    () => db.$disconnect(),
    () => tracing.shutdown(),
  ],
});
