import type { KeyValueCache, KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';
import type { Redis } from '@learngraph/service-kit';

/**
 * Apollo's key-value cache over Redis, under `prefix`. While Redis is not connected every read is a miss and
 * every write is skipped at once, instead of waiting in the client's queue: a cache must never slow an answer.
 *
 * @example
 * const cache = redisKeyValueCache(redis, 'router:response:');
 */
export function redisKeyValueCache(redis: Redis, prefix: string): KeyValueCache<string> {
  const ready = () => redis.status === 'ready';
  return {
    async get(key) {
      if (!ready()) return undefined;
      return (await redis.get(prefix + key)) ?? undefined;
    },
    async set(key, value, options?: KeyValueCacheSetOptions) {
      if (!ready()) return;
      const ttl = options?.ttl;
      if (ttl) await redis.set(prefix + key, value, 'EX', Math.max(1, Math.ceil(ttl)));
    },
    async delete(key) {
      if (ready()) await redis.del(prefix + key);
    },
  };
}
