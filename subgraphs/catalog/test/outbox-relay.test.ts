import { randomUUID } from 'node:crypto';
import { createLogger, createOutboxStore, createRedis, parseEnvelope, startOutboxRelay } from '@learngraph/service-kit';
import { testRedisUrl, waitFor } from '@learngraph/service-kit/testing';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runImport } from '../src/etl/run-import.js';
import { ocwToGo } from '../src/etl/sources/ocw-to-go.js';
import { ocwToGoCourses } from './support/bundled-data.js';
import { type CatalogUnderTest, startCatalog } from './support/catalog-under-test.js';

const redisUrl = testRedisUrl();
const logger = createLogger('relay-test', 'silent');

describe('the catalog outbox relay', () => {
  let catalog: CatalogUnderTest;
  const redis = createRedis(redisUrl, logger, 'relay-test');
  const stream = `test:catalog:events:${randomUUID()}`;

  beforeAll(async () => {
    catalog = await startCatalog();
  });
  afterAll(async () => {
    await redis.del(stream);
    await redis.quit();
    await catalog.close();
  });

  it('publishes every committed change to the stream in order, then marks it published', async () => {
    await runImport(catalog.db, ocwToGo, [ocwToGoCourses]);
    const relay = startOutboxRelay({ store: createOutboxStore(catalog.db), redis, stream, logger, batchSize: 20 });
    try {
      await waitFor(async () => (await catalog.db.outboxEvent.count({ where: { publishedAt: null } })) === 0);
    } finally {
      await relay.stop();
    }
    const entries = await redis.xrange(stream, '-', '+');
    expect(entries).toHaveLength(59);
    const events = entries.map(([, fields]) => parseEnvelope(fields));
    const outbox = await catalog.db.outboxEvent.findMany({ orderBy: { sequence: 'asc' } });
    expect(events.map((event) => event.id)).toEqual(outbox.map((row) => row.id));
    expect(events[0]).toMatchObject({
      type: 'catalog.learning-resource.created',
      version: 1,
      payload: { platform: 'ocw', resourceType: 'COURSE', published: true },
    });
  });

  it('keeps events in the outbox while Redis is unreachable', async () => {
    await catalog.db.outboxEvent.updateMany({ data: { publishedAt: null } });
    const unreachable = createRedis('redis://127.0.0.1:1', logger, 'relay-test-unreachable');
    const lines: string[] = [];
    const relay = startOutboxRelay({
      store: createOutboxStore(catalog.db),
      redis: unreachable,
      stream,
      logger: pino({ level: 'warn' }, { write: (line: string) => lines.push(line) }),
      idleDelayMs: 20,
    });
    // The relay has tried to publish and failed: that attempt must have left every event where it was.
    await waitFor(() => lines.some((line) => line.includes('outbox relay failed; retrying')));
    await relay.stop();
    unreachable.disconnect();
    expect(await catalog.db.outboxEvent.count({ where: { publishedAt: null } })).toBe(59);
  });
});
