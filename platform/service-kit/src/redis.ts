import { Redis } from 'ioredis';
import type { Logger } from 'pino';

export { Redis } from 'ioredis';

/**
 * How long one command may wait for its answer: longer than any blocking read here (the stream consumer
 * blocks for a second), short enough that a stalled Redis (paused, swapping) fails the relay's and the
 * consumers' current step, which they retry, instead of hanging them.
 */
const commandTimeoutMs = 5_000;

/**
 * A Redis client that reconnects forever with capped back-off and reports connection loss once rather
 * than on every retry. Commands fail fast (two retries, and a timeout when Redis stalls) instead of
 * queueing without bound while Redis is away, because every use of Redis here is an optimisation or a
 * retried background job.
 *
 * @example
 * const redis = createRedis(config.REDIS_URL, logger, 'catalog-relay');
 */
export function createRedis(url: string, logger: Logger, connectionName: string): Redis {
  const redis = new Redis(url, {
    connectionName,
    maxRetriesPerRequest: 2,
    commandTimeout: commandTimeoutMs,
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
