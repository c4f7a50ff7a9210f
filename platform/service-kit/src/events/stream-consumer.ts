import { setTimeout as delay } from 'node:timers/promises';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { isDatabaseUnavailable } from '../database-errors.js';
import { type EventEnvelope, parseEnvelope } from './envelope.js';
import { defaultRetrySchedule, type RetrySchedule, retryDelay } from './retry-schedule.js';

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
  /** Where entries go after `retry.maxDeliveries` failed attempts, or at once when unreadable. */
  deadLetterStream: string;
  logger: Logger;
  /** When a failed entry is delivered again (1 s, doubling, at most 30 s) and after how many deliveries (5) it is dead-lettered. */
  retry?: RetrySchedule;
  /**
   * Whether a failure of `handle` is an outage (default: its database is unavailable) rather than the
   * event's fault: the entry then stays pending and the consumer pauses, retrying however often it takes,
   * and never dead-letters it.
   */
  isOutage?: (error: unknown) => boolean;
  batchSize?: number;
  blockMs?: number;
  /** The pause after Redis fails or an outage (`isOutage`) stops handling; doubles while it lasts, up to 10 s. */
  pauseMs?: number;
}

type Entry = [id: string, fields: string[]];
type PendingRow = [id: string, consumer: string, idleMs: number, deliveries: number];
type ReadReply = Array<[stream: string, entries: Entry[]]> | null;

/**
 * Reads a Redis stream through a consumer group: each entry is handled, then acknowledged; an entry
 * whose handling fails stays pending and is delivered again (also when this process dies and another claims
 * it) once it has waited `retry.firstMs`, twice that after its second delivery, and so on up to `retry.maxMs`;
 * after `retry.maxDeliveries` attempts it is copied to the dead-letter stream with the last error, then
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
    retry = defaultRetrySchedule,
    isOutage = isDatabaseUnavailable,
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
        if (attempts >= retry.maxDeliveries) await deadLetter(id, fields, reason);
        else logger.warn({ stream, id, attempts, reason }, 'event handling failed; will retry');
      }
    }
  };

  // A page of the pending list per turn, so a long list is walked over several turns, never at once.
  let pendingFrom = '-';
  const claimDue = async () => {
    const rows = (await redis.xpending(stream, group, pendingFrom, '+', batchSize)) as PendingRow[];
    const last = rows.at(-1);
    pendingFrom = rows.length < batchSize || last === undefined ? '-' : idAfter(last[0]);
    const dueByDelay = new Map<number, string[]>();
    for (const [id, , idleMs, deliveries] of rows) {
      const delay = retryDelay(deliveries, retry);
      if (idleMs >= delay) dueByDelay.set(delay, [...(dueByDelay.get(delay) ?? []), id]);
    }
    // XCLAIM rechecks the idle time, so an entry another replica claimed meanwhile is left to it.
    for (const [delay, ids] of dueByDelay) {
      const claimed = (await redis.xclaim(stream, group, consumer, delay, ...ids)) as Entry[];
      await process(claimed.filter((entry): entry is Entry => Array.isArray(entry) && Array.isArray(entry[1])));
    }
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
          await claimDue();
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

/** The smallest stream ID above `id` (`5-1` → `5-2`): where the next page of the pending list starts. */
const idAfter = (id: string) => {
  const [ms, seq] = id.split('-');
  return `${ms}-${BigInt(seq ?? '0') + 1n}`;
};
