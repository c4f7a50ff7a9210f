import { configOrExit, createLogger, guardProcess, handleShutdown, routerKeys } from '@learngraph/service-kit';
import { readConfig } from './config.js';
import { createDatabase } from './db.js';
import { createUsersServer } from './server.js';

const config = configOrExit(() => readConfig());
const logger = createLogger('users', config.LOG_LEVEL);
guardProcess(logger);
const db = createDatabase(config.DATABASE_URL);

const { server, start, stop } = await createUsersServer({
  db,
  jwtPrivateKey: config.JWT_PRIVATE_KEY,
  accessTokenTtlSeconds: config.ACCESS_TOKEN_TTL_SECONDS,
  logger,
  routerKeys: routerKeys(config),
});
await start();
server.listen(config.PORT, config.HOST, () => {
  logger.info({ url: `http://${config.HOST}:${config.PORT}/graphql` }, 'users subgraph ready');
});
handleShutdown({ server, logger, closers: [stop, () => db.$disconnect()] });
