import { setTimeout as delay } from 'node:timers/promises';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { isDatabaseUnavailable } from '../database-errors.js';
import { type EventEnvelope, parseEnvelope } from './envelope.js';

export interface StreamConsumerOptions {
  /** A connection of the consumer's own: blocking reads hold it. */
  redis: Redis;
  stream: string;
  /** Consumer group, one per consuming service (e.g. `search`). */
  group: string;
  /** This process's name within the group. */
  consumer: string;
  /** Applies one event; must be idempotent. The entry is acknowledged only after it resolves. */
  handle: (event: EventEnvelope) => Promise<void>;
  /** Where entries go after `maxDeliveries` failed attempts, or at once when unreadable. */
  deadLetterStream: string;
  logger: Logger;
  maxDeliveries?: number;
  /**
   * Whether a failure of `handle` is an outage (default: its database is unavailable) rather than the
   * event's fault: the entry then stays pending and the consumer pauses, retrying however often it takes,
   * and never dead-letters it.
   */
  isOutage?: (error: unknown) => boolean;
  /** A failed entry is retried once it has been pending this long. */
  retryAfterMs?: number;
  batchSize?: number;
  blockMs?: number;
  /** The pause after Redis fails or an outage (`isOutage`) stops handling; doubles while it lasts, up to 10 s. */
  pauseMs?: number;
}

type Entry = [id: string, fields: string[]];
type ReadReply = Array<[stream: string, entries: Entry[]]> | null;

/**
 * Reads a Redis stream through a consumer group: each entry is handled, then acknowledged; an entry
 * whose handling fails stays pending and is retried (also when this process dies and another claims it);
 * after `maxDeliveries` attempts it is copied to the dead-letter stream with the last error, then
 * acknowledged, so one poisoned event never blocks the rest and is never lost. A failure that is an outage
 * (see `isOutage`) counts against nothing: the consumer pauses, with growing waits, until it passes.
 *
 * @example
 * const consumer = startStreamConsumer({ redis, stream, group: 'search', consumer: hostname(), handle, deadLetterStream, logger });
 * await consumer.stop();
 */
export function startStreamConsumer(options: StreamConsumerOptions) {
  const {
    redis,
    stream,
    group,
    consumer,
    handle,
    deadLetterStream,
    logger,
    maxDeliveries = 5,
    isOutage = isDatabaseUnavailable,
    retryAfterMs = 1000,
    batchSize = 100,
    blockMs = 1000,
    pauseMs = 500,
  } = options;
  const stopping = new AbortController();
  const stopped = () => stopping.signal.aborted;

  const ensureGroup = async () => {
    try {
      await redis.xgroup('CREATE', stream, group, '0', 'MKSTREAM');
    } catch (error) {
      if (!String(error).includes('BUSYGROUP')) throw error;
    }
  };

  const deadLetter = async (id: string, fields: string[], reason: string) => {
    await redis.xadd(
      deadLetterStream,
      '*',
      ...fields,
      'sourceStream',
      stream,
      'sourceId',
      id,
      'group',
      group,
      'error',
      reason,
    );
    await redis.xack(stream, group, id);
    logger.error({ stream, id, reason }, 'event moved to the dead-letter stream');
  };

  const deliveries = async (id: string): Promise<number> => {
    const pending = (await redis.xpending(stream, group, id, id, 1)) as Array<[string, string, number, number]>;
    return pending[0]?.[3] ?? 1;
  };

  const process = async (entries: Entry[]) => {
    for (const [id, fields] of entries) {
      let event: EventEnvelope;
      try {
        event = parseEnvelope(fields);
      } catch (error) {
        await deadLetter(id, fields, `unreadable event: ${(error as Error).message}`);
        continue;
      }
      try {
        await handle(event);
        await redis.xack(stream, group, id);
      } catch (error) {
        // Not the event's fault: it stays pending while the loop pauses, and is claimed again afterwards.
        if (isOutage(error)) throw error;
        const attempts = await deliveries(id);
        const reason = (error as Error).message ?? String(error);
        if (attempts >= maxDeliveries) await deadLetter(id, fields, reason);
        else logger.warn({ stream, id, attempts, reason }, 'event handling failed; will retry');
      }
    }
  };

  const claimStale = async () => {
    const reply = (await redis.xautoclaim(stream, group, consumer, retryAfterMs, '0-0', 'COUNT', batchSize)) as [
      string,
      Entry[],
    ];
    const entries = reply[1].filter((entry): entry is Entry => Array.isArray(entry) && Array.isArray(entry[1]));
    if (entries.length > 0) await process(entries);
  };

  const readNew = async () => {
    const reply = (await redis.xreadgroup(
      'GROUP',
      group,
      consumer,
      'COUNT',
      batchSize,
      'BLOCK',
      blockMs,
      'STREAMS',
      stream,
      '>',
    )) as ReadReply;
    for (const [, entries] of reply ?? []) await process(entries);
  };

  let failures = 0;
  const loop = async () => {
    while (!stopped()) {
      try {
        await ensureGroup();
        while (!stopped()) {
          await claimStale();
          await readNew();
          failures = 0;
        }
      } catch (error) {
        if (stopped()) break;
        failures += 1;
        if (failures === 1) logger.warn({ err: error, stream, group }, 'stream consumer failed; retrying');
        await delay(Math.min(pauseMs * 2 ** (failures - 1), 10_000), undefined, { signal: stopping.signal }).catch(
          () => undefined,
        );
      }
    }
  };
  const running = loop();

  return {
    /** Stops after the entry in hand; a blocking read ends within `blockMs`. */
    async stop() {
      stopping.abort();
      await running;
    },
  };
}
