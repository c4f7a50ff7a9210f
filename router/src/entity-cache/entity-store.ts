import { type Redis, withTimeout } from '@learngraph/service-kit';

/** Where one cached selection of one entity lives; see `entitySlot`. */
export interface EntitySlot {
  key: string;
  field: string;
}

/** A cached selection of an entity, as the subgraph answered it, and when it stops being fresh (ms since the epoch). */
export interface CachedEntity {
  data: unknown;
  expiresAt: number;
}

export interface EntityStore {
  /** The fresh cached entity of each slot, `undefined` for a miss; all misses when the store cannot answer. */
  read(slots: EntitySlot[]): Promise<Array<CachedEntity | undefined>>;
  /**
   * Keeps each entity for `maxAgeSeconds`, unless it was forgotten since `fetchedSince` (ms since the epoch, when
   * its fetch began: the answer may predate the change); does nothing when the store cannot.
   */
  write(
    entries: Array<{ slot: EntitySlot; data: unknown }>,
    maxAgeSeconds: number,
    fetchedSince: number,
  ): Promise<void>;
  /** Deletes every cached selection of the entity with this key (a catalog change); fails when Redis does. */
  forget(key: string): Promise<void>;
}

/** Longer than Redis takes on loopback under load, much shorter than the subgraph fetch it saves. */
const storeTimeoutMs = 200;

/** How long a change is remembered against answers fetched before it: longer than any subgraph fetch takes. */
const forgottenForMs = 60_000;

const parse = (text: string | null): CachedEntity | undefined => {
  if (text === null) return undefined;
  const entry = JSON.parse(text) as CachedEntity;
  return entry.expiresAt > Date.now() ? entry : undefined;
};

/**
 * The entity cache in Redis: one hash per entity (`<prefix><type>:<id>`), one field per selection of it, each
 * value carrying its own expiry, so that a change to the entity is one `DEL`. The hash expires with the last
 * selection written. While Redis is not connected, or slower than 200 ms, every read is a miss and writes are
 * dropped: the cache may make answers faster, never slower or failed. A change is remembered for a minute, so
 * that an answer fetched before it and arriving after it is not written back.
 *
 * @example
 * const store = redisEntityStore(redis, 'router:entity:');
 */
export function redisEntityStore(redis: Redis, prefix: string): EntityStore {
  const ready = () => redis.status === 'ready';
  const forgotten = new Map<string, number>();
  const remember = (key: string) => {
    const now = Date.now();
    forgotten.delete(key);
    forgotten.set(key, now);
    // Insertion order is time order: the oldest come first.
    for (const [old, at] of forgotten) {
      if (at > now - forgottenForMs) break;
      forgotten.delete(old);
    }
  };
  return {
    async read(slots) {
      if (!ready() || slots.length === 0) return slots.map(() => undefined);
      const pipeline = redis.pipeline();
      for (const { key, field } of slots) pipeline.hget(prefix + key, field);
      try {
        const replies = (await withTimeout(pipeline.exec(), storeTimeoutMs, 'Redis')) ?? [];
        return slots.map((_, index) => {
          const [error, text] = replies[index] ?? [null, null];
          return error ? undefined : parse(text as string | null);
        });
      } catch {
        return slots.map(() => undefined);
      }
    },
    async write(entries, maxAgeSeconds, fetchedSince) {
      const current = entries.filter(({ slot }) => (forgotten.get(slot.key) ?? 0) < fetchedSince);
      if (!ready() || current.length === 0) return;
      const expiresAt = Date.now() + maxAgeSeconds * 1000;
      const pipeline = redis.pipeline();
      for (const { slot, data } of current) {
        pipeline.hset(prefix + slot.key, slot.field, JSON.stringify({ data, expiresAt }));
        pipeline.expire(prefix + slot.key, maxAgeSeconds);
      }
      await withTimeout(pipeline.exec(), storeTimeoutMs, 'Redis').catch(() => undefined);
    },
    async forget(key) {
      remember(key);
      await redis.del(prefix + key);
    },
  };
}
