import {
  configOrExit,
  createLogger,
  createRedis,
  guardProcess,
  handleShutdown,
  routerKeys,
} from '@learngraph/service-kit';
import { readConfig } from './config.js';
import { createDatabase } from './db.js';
import { createUsersServer } from './server.js';

const config = configOrExit(() => readConfig());
const logger = createLogger('users', config.LOG_LEVEL);
guardProcess(logger);
const db = createDatabase(config.DATABASE_URL);
const redis = createRedis(config.REDIS_URL, logger, 'users-sign-in-throttle');

const { server, start, stop } = await createUsersServer({
  db,
  redis,
  jwtPrivateKey: config.JWT_PRIVATE_KEY,
  accessTokenTtlSeconds: config.ACCESS_TOKEN_TTL_SECONDS,
  signInThrottle: {
    account: {
      limit: config.SIGN_IN_MAX_FAILURES_PER_ACCOUNT,
      windowMs: config.SIGN_IN_ACCOUNT_WINDOW_SECONDS * 1000,
    },
    address: {
      limit: config.SIGN_IN_MAX_ATTEMPTS_PER_ADDRESS,
      windowMs: config.SIGN_IN_ADDRESS_WINDOW_SECONDS * 1000,
    },
    timeoutMs: config.SIGN_IN_THROTTLE_TIMEOUT_MS,
  },
  logger,
  routerKeys: routerKeys(config),
});
await start();
server.listen(config.PORT, config.HOST, () => {
  logger.info({ url: `http://${config.HOST}:${config.PORT}/graphql` }, 'users subgraph ready');
});
handleShutdown({ server, logger, closers: [stop, () => redis.quit(), () => db.$disconnect()] });
