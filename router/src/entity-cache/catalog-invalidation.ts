import { setTimeout as delay } from 'node:timers/promises';
import { type Logger, parseEnvelope, type Redis } from '@learngraph/service-kit';
import type { EntityStore } from './entity-store.js';

export interface CatalogInvalidationOptions {
  /** A connection of its own: the blocking reads hold it. Closed by `stop`. */
  redis: Redis;
  /** The catalog's event stream (`CATALOG_EVENTS_STREAM`). */
  stream: string;
  store: EntityStore;
  logger: Logger;
  /** How long one read waits for events; below the connection's command timeout. */
  blockMs?: number;
}

type Entry = [id: string, fields: string[]];
type ReadReply = Array<[stream: string, entries: Entry[]]> | null;

/** The events of a change to a resource: `catalog.learning-resource.created`, `.updated`, `.unpublished`. */
const resourceChange = /^catalog\.learning-resource\./;

/**
 * Deletes a resource's cached entities as soon as the catalog announces a change to it. It reads the catalog stream
 * with plain `XREAD`s (no consumer group: every router replica must see every event, and a missed one only lasts
 * until the entity's `max-age`), from the time it starts; while Redis is away it retries, from the
 * last event it handled.
 *
 * @example
 * const following = followCatalogChanges({ redis: createRedis(url, logger, 'router-entity-invalidation'), stream, store, logger });
 * await following.stop();
 */
export function followCatalogChanges(options: CatalogInvalidationOptions) {
  const { redis, stream, store, logger, blockMs = 2_000 } = options;
  const stopping = new AbortController();
  let failing = false;
  // Stream ids begin with the time they were added: every event added after this call is read, even one added
  // before the connection is ready (reading from the stream's last id once connected would skip it).
  let after = `${Date.now()}-0`;

  const apply = async ([, fields]: Entry) => {
    let type: string;
    let aggregateId: string;
    try {
      ({ type, aggregateId } = parseEnvelope(fields));
    } catch (error) {
      logger.warn({ err: error, stream }, 'unreadable catalog event; no entity forgotten');
      return;
    }
    if (resourceChange.test(type)) await store.forget(`LearningResource:${JSON.stringify(aggregateId)}`);
  };

  const pause = () => delay(500, undefined, { signal: stopping.signal }).catch(() => undefined);

  const follow = async () => {
    while (!stopping.signal.aborted) {
      // Commands sent while disconnected would wait out their timeout, holding up `stop`.
      if (redis.status !== 'ready') {
        await pause();
        continue;
      }
      try {
        const reply = (await redis.xread('BLOCK', blockMs, 'STREAMS', stream, after)) as ReadReply;
        for (const [, entries] of reply ?? []) {
          for (const entry of entries) {
            await apply(entry);
            after = entry[0];
          }
        }
        failing = false;
      } catch (error) {
        if (stopping.signal.aborted) return;
        if (!failing) logger.warn({ err: error, stream }, 'cannot follow catalog changes; retrying');
        failing = true;
        await pause();
      }
    }
  };

  const following = follow();
  return {
    async stop() {
      stopping.abort();
      redis.disconnect();
      await following;
    },
  };
}
