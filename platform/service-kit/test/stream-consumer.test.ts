import { randomUUID } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import { afterAll, describe, expect, it } from 'vitest';
import {
  createLogger,
  createRedis,
  type EventEnvelope,
  type RetrySchedule,
  retryDelay,
  startStreamConsumer,
} from '../src/index.js';
import { freePort, testRedisUrl } from '../src/testing/index.js';

const redisUrl = testRedisUrl();
const logger = createLogger('consumer-test', 'silent');
const keys: string[] = [];
const admin = createRedis(redisUrl, logger, 'consumer-test-admin');

const envelope = (version: number): EventEnvelope => ({
  id: randomUUID(),
  type: 'test.thing.updated',
  aggregateId: randomUUID(),
  version,
  occurredAt: new Date().toISOString(),
  payload: { version },
});

const streams = () => {
  const stream = `test:consumer:${randomUUID()}`;
  keys.push(stream, `${stream}:dead-letter`);
  return { stream, deadLetterStream: `${stream}:dead-letter` };
};

const waitFor = async (condition: () => Promise<boolean> | boolean, timeoutMs = 10_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
};

const consume = (options: {
  stream: string;
  deadLetterStream: string;
  handle: (event: EventEnvelope) => Promise<void>;
  retry?: RetrySchedule;
}) =>
  startStreamConsumer({
    retry: { firstMs: 50, maxMs: 200, maxDeliveries: 3 },
    ...options,
    redis: createRedis(redisUrl, logger, 'consumer-test'),
    group: 'test-group',
    consumer: 'test-consumer',
    logger,
    blockMs: 100,
    pauseMs: 20,
  });

describe('stream consumer', () => {
  afterAll(async () => {
    await admin.del(...keys);
    await admin.quit();
  });

  it('hands every event to the handler once and acknowledges it', async () => {
    const { stream, deadLetterStream } = streams();
    const seen: number[] = [];
    const consumer = consume({ stream, deadLetterStream, handle: async (event) => void seen.push(event.version) });
    for (const version of [1, 2, 3]) await admin.xadd(stream, '*', 'event', JSON.stringify(envelope(version)));
    await waitFor(() => seen.length === 3);
    await consumer.stop();
    expect(seen).toEqual([1, 2, 3]);
    const pending = (await admin.xpending(stream, 'test-group')) as [number, ...unknown[]];
    expect(pending[0]).toBe(0);
  });

  it('retries a failing event until it succeeds', async () => {
    const { stream, deadLetterStream } = streams();
    let attempts = 0;
    const consumer = consume({
      stream,
      deadLetterStream,
      handle: async () => {
        attempts += 1;
        if (attempts < 3) throw new Error('database briefly away');
      },
    });
    await admin.xadd(stream, '*', 'event', JSON.stringify(envelope(1)));
    await waitFor(() => attempts === 3);
    await consumer.stop();
    expect(await admin.xlen(deadLetterStream)).toBe(0);
  });

  it('moves an event that keeps failing to the dead-letter stream with its error, and goes on', async () => {
    const { stream, deadLetterStream } = streams();
    const handled: number[] = [];
    const consumer = consume({
      stream,
      deadLetterStream,
      handle: async (event) => {
        if (event.version === 1) throw new Error('cannot apply version 1');
        handled.push(event.version);
      },
    });
    const poisoned = envelope(1);
    await admin.xadd(stream, '*', 'event', JSON.stringify(poisoned));
    await admin.xadd(stream, '*', 'event', JSON.stringify(envelope(2)));
    await waitFor(async () => (await admin.xlen(deadLetterStream)) === 1);
    await consumer.stop();
    expect(handled).toEqual([2]);
    const [[, fields]] = (await admin.xrange(deadLetterStream, '-', '+')) as [[string, string[]]];
    const record = Object.fromEntries(
      fields.flatMap((_, index) => (index % 2 === 0 ? [[fields[index], fields[index + 1]]] : [])),
    );
    expect(JSON.parse(record.event ?? '{}')).toEqual(poisoned);
    expect(record).toMatchObject({ sourceStream: stream, group: 'test-group', error: 'cannot apply version 1' });
  });

  it('waits longer before each retry, up to the longest wait, and dead-letters after the last delivery', async () => {
    const { stream, deadLetterStream } = streams();
    const retry = { firstMs: 100, maxMs: 300, maxDeliveries: 5 };
    const attemptedAt: number[] = [];
    const consumer = consume({
      stream,
      deadLetterStream,
      retry,
      handle: async () => {
        attemptedAt.push(Date.now());
        throw new Error('rejected by the index');
      },
    });
    await admin.xadd(stream, '*', 'event', JSON.stringify(envelope(1)));
    await waitFor(async () => (await admin.xlen(deadLetterStream)) === 1);
    await consumer.stop();
    expect(attemptedAt).toHaveLength(retry.maxDeliveries);
    const waits = attemptedAt.slice(1).map((at, index) => at - (attemptedAt[index] ?? at));
    const scheduled = waits.map((_, index) => retryDelay(index + 1, retry));
    expect(scheduled).toEqual([100, 200, 300, 300]);
    // Redis measures the wait from the delivery, which comes a moment before the handler runs.
    for (const [index, wait] of waits.entries()) expect(wait).toBeGreaterThanOrEqual((scheduled[index] ?? 0) - 10);
    expect(await admin.xpending(stream, 'test-group', '-', '+', 10)).toEqual([]);
  });

  it('sends an unreadable entry straight to the dead-letter stream', async () => {
    const { stream, deadLetterStream } = streams();
    const consumer = consume({ stream, deadLetterStream, handle: async () => {} });
    await admin.xadd(stream, '*', 'event', '{not json');
    await waitFor(async () => (await admin.xlen(deadLetterStream)) === 1);
    await consumer.stop();
    const [[, fields]] = (await admin.xrange(deadLetterStream, '-', '+')) as [[string, string[]]];
    expect(fields.join(' ')).toContain('unreadable event');
  });

  it('keeps an event whose database is unreachable pending, however often delivered, until it can be applied', async () => {
    const { stream, deadLetterStream } = streams();
    const database = await new PrismaPg({
      connectionString: `postgresql://postgres@127.0.0.1:${await freePort()}/gone`,
    }).connect();
    let databaseUp = false;
    const applied: number[] = [];
    const consumer = consume({
      stream,
      deadLetterStream,
      handle: async (event) => {
        if (!databaseUp) await database.queryRaw({ sql: 'SELECT 1', args: [], argTypes: [] });
        applied.push(event.version);
      },
    });
    await admin.xadd(stream, '*', 'event', JSON.stringify(envelope(1)));
    const deliveries = async () => {
      type Pending = Array<[string, string, number, number]>;
      // until the consumer has made its group, nothing was delivered
      const [entry] = await (admin.xpending(stream, 'test-group', '-', '+', 10) as Promise<Pending>).catch(() => []);
      return entry?.[3] ?? 0;
    };
    // three deliveries are the most: an event that failed for its own sake would have been dead-lettered by now
    await waitFor(async () => (await deliveries()) > 3, 20_000);
    databaseUp = true;
    await waitFor(() => applied.length === 1, 20_000);
    await consumer.stop();
    await database.dispose();
    expect(applied).toEqual([1]);
    expect(await admin.xlen(deadLetterStream)).toBe(0);
    expect(await admin.xpending(stream, 'test-group', '-', '+', 10)).toEqual([]);
  });
});
