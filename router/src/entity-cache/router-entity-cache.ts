import { createRedis, type Logger, type Redis } from '@learngraph/service-kit';
import { followCatalogChanges } from './catalog-invalidation.js';
import { type EntityStore, redisEntityStore } from './entity-store.js';

/** The router's entity cache: where entities are kept, and how to start forgetting the ones the catalog changes. */
export interface EntityCache {
  store: EntityStore;
  /** Starts reading the catalog's changes on a connection of its own; `stop` ends it. */
  followChanges(): { stop(): Promise<void> };
}

export interface EntityCacheOptions {
  /** The router's Redis connection, for the cache itself. */
  redis: Redis;
  /** The same Redis, for the blocking reads of the catalog stream on a connection of their own. */
  redisUrl: string;
  stream: string;
  logger: Logger;
}

/**
 * The entity cache under `router:entity:` in Redis, following the catalog stream.
 *
 * @example
 * const entityCache = createEntityCache({ redis, redisUrl, stream: 'learngraph:catalog:events', logger });
 */
export function createEntityCache(options: EntityCacheOptions): EntityCache {
  const { redis, redisUrl, stream, logger } = options;
  const store = redisEntityStore(redis, 'router:entity:');
  return {
    store,
    followChanges: () =>
      followCatalogChanges({
        redis: createRedis(redisUrl, logger, 'router-entity-invalidation'),
        stream,
        store,
        logger,
      }),
  };
}
