import { Redis } from 'ioredis';
import type { Logger } from 'pino';

export { Redis } from 'ioredis';

/**
 * A Redis client that reconnects forever with capped back-off and reports connection loss once rather
 * than on every retry. Commands fail fast (two retries) instead of queueing without bound while Redis
 * is away, because every use of Redis here is an optimisation or a retried background job.
 *
 * @example
 * const redis = createRedis(config.REDIS_URL, logger, 'catalog-relay');
 */
export function createRedis(url: string, logger: Logger, connectionName: string): Redis {
  const redis = new Redis(url, {
    connectionName,
    maxRetriesPerRequest: 2,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  });
  let healthy = true;
  redis.on('error', (error: Error) => {
    if (healthy) logger.warn({ err: error.message, connectionName }, 'redis unavailable; retrying');
    healthy = false;
  });
  redis.on('ready', () => {
    if (!healthy) logger.info({ connectionName }, 'redis reconnected');
    healthy = true;
  });
  return redis;
}
