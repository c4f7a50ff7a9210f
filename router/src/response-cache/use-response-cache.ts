import type { ApolloServerPlugin } from '@apollo/server';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { ErrorsAreMissesCache, type KeyValueCache } from '@apollo/utils.keyvaluecache';
import type { Logger } from '@learngraph/service-kit';
import type { RouterContext } from '../context.js';
import type { CacheMetrics } from '../metrics/router-metrics.js';

/** Only what anyone may see is cached: a request with a token or an API key is neither served from nor written to it. */
const isAnonymous = async ({ contextValue }: { contextValue: RouterContext }) =>
  !contextValue.authorization && !contextValue.partner;

/**
 * The response cache for public data: a query's whole answer is kept in `cache` (Redis) for as long as the
 * subgraphs' `Cache-Control` allows (the shortest `max-age` of every subgraph fetch, public only; Apollo Server
 * sends the client the same `Cache-Control`, so the edge may keep it too). Per-user data is never cached,
 * answers with errors are never cached, and a cache that fails (Redis down or refusing)
 * is a miss: the query is answered by the subgraphs as without the cache. Each lookup is told to `metrics` as a
 * hit or a miss of the `response` cache.
 *
 * @example
 * new ApolloServer({ gateway, plugins: [useResponseCache(redisKeyValueCache(redis, 'router:response:'), logger, metrics)] });
 */
export function useResponseCache(
  cache: KeyValueCache<string>,
  logger: Logger,
  metrics: CacheMetrics,
): ApolloServerPlugin<RouterContext> {
  const errorsAreMisses = new ErrorsAreMissesCache(cache, {
    debug: () => {},
    info: () => {},
    warn: (message: unknown) => logger.warn({ err: message }, 'response cache unavailable; answering without it'),
    error: (message: unknown) => logger.warn({ err: message }, 'response cache unavailable; answering without it'),
  });
  return responseCachePlugin<RouterContext>({
    cache: {
      async get(key) {
        const value = await errorsAreMisses.get(key);
        metrics.recordCacheLookup('response', value !== undefined);
        return value;
      },
      set: (key, value, options) => errorsAreMisses.set(key, value, options),
      delete: (key) => errorsAreMisses.delete(key),
    },
    sessionId: async () => null,
    shouldReadFromCache: isAnonymous,
    shouldWriteToCache: isAnonymous,
  });
}
