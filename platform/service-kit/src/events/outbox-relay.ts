import { setTimeout as delay } from 'node:timers/promises';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { type EventEnvelope, envelopeField } from './envelope.js';

/**
 * The producer's side of the outbox: hands a batch of unpublished events to `publish` and marks them
 * published only if `publish` succeeds, all inside one database transaction that keeps other relay
 * instances off the same rows. Returns how many events it published.
 */
export interface OutboxStore {
  publishBatch(limit: number, publish: (events: EventEnvelope[]) => Promise<void>): Promise<number>;
}

export interface OutboxRelayOptions {
  store: OutboxStore;
  redis: Redis;
  /** Stream key the events are appended to. */
  stream: string;
  logger: Logger;
  batchSize?: number;
  /** Pause between polls when the outbox is empty. */
  idleDelayMs?: number;
  /** Approximate cap on the stream's length (XADD MAXLEN ~). */
  maxStreamLength?: number;
}

/** Waits `ms`, or less when the relay is stopped meanwhile. */
const sleep = (ms: number, signal: AbortSignal) => delay(ms, undefined, { signal }).catch(() => undefined);

/**
 * Moves events from a transactional outbox to a Redis stream, at least once and in outbox order.
 * When Redis is down the events stay in the outbox and the relay retries; nothing is lost.
 *
 * @example
 * const relay = startOutboxRelay({ store, redis, stream: 'learngraph:catalog:events', logger });
 * await relay.stop();
 */
export function startOutboxRelay(options: OutboxRelayOptions) {
  const { store, redis, stream, logger, batchSize = 100, idleDelayMs = 250, maxStreamLength = 1_000_000 } = options;
  const controller = new AbortController();
  let failures = 0;

  const publish = async (events: EventEnvelope[]) => {
    const pipeline = redis.pipeline();
    for (const event of events) {
      pipeline.xadd(stream, 'MAXLEN', '~', String(maxStreamLength), '*', envelopeField, JSON.stringify(event));
    }
    const results = (await pipeline.exec()) ?? [];
    const failed = results.find(([error]) => error);
    if (failed?.[0]) throw failed[0];
  };

  const loop = async () => {
    while (!controller.signal.aborted) {
      try {
        const published = await store.publishBatch(batchSize, publish);
        if (failures > 0) logger.info({ stream }, 'outbox relay recovered');
        failures = 0;
        if (published < batchSize) await sleep(idleDelayMs, controller.signal);
      } catch (error) {
        failures += 1;
        if (failures === 1) logger.warn({ err: error, stream }, 'outbox relay failed; retrying');
        await sleep(Math.min(idleDelayMs * 2 ** failures, 10_000), controller.signal);
      }
    }
  };
  const running = loop();

  return {
    async stop() {
      controller.abort();
      await running;
    },
  };
}
