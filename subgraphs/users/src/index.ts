import {
  configOrExit,
  createLogger,
  createOutboxStore,
  createRedis,
  guardProcess,
  handleShutdown,
  routerKeys,
  startOutboxRelay,
  startTracing,
} from '@learngraph/service-kit';
import { readConfig } from './config.js';
import { createDatabase } from './db.js';
import { createUsersServer } from './server.js';

const config = configOrExit(() => readConfig());
const logger = createLogger('users', config.LOG_LEVEL);
guardProcess(logger);
const tracing = configOrExit(() => startTracing('users'));
const db = createDatabase(config.DATABASE_URL);
const redis = createRedis(config.REDIS_URL, logger, 'users');

const { server, start, stop } = await createUsersServer({
  db,
  redis,
  signingKeySecret: config.SIGNING_KEY_SECRET,
  initialSigningKey: config.JWT_PRIVATE_KEY,
  accessTokenTtlSeconds: config.ACCESS_TOKEN_TTL_SECONDS,
  refreshTokenTtlSeconds: config.REFRESH_TOKEN_TTL_SECONDS,
  verificationTtlSeconds: config.EMAIL_VERIFICATION_TTL_SECONDS,
  argon2: {
    memoryCost: config.ARGON2_MEMORY_KIB,
    timeCost: config.ARGON2_TIME_COST,
    parallelism: config.ARGON2_PARALLELISM,
  },
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
const relay = startOutboxRelay({ store: createOutboxStore(db), redis, stream: config.USERS_EVENTS_STREAM, logger });
server.listen(config.PORT, config.HOST, () => {
  logger.info({ url: `http://${config.HOST}:${config.PORT}/graphql` }, 'users subgraph ready');
});
handleShutdown({
  server,
  logger,
  closers: [stop, () => relay.stop(), () => redis.quit(), () => db.$disconnect(), () => tracing.shutdown()],
});
