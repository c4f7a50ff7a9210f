import { randomUUID } from 'node:crypto';
import { accessSync, constants } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createTestDatabase, migrateDatabase } from '@learngraph/prisma';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';

// Run by the test launcher as its command: what every package's tests will find in their environment.
describe('the environment pnpm test gives the tests', () => {
  afterAll(async () => {
    const { TEST_POSTGRES_URL, TEST_REDIS_URL, CHROMIUM_PATH, PROBE_REPORT } = process.env;
    if (PROBE_REPORT)
      await writeFile(PROBE_REPORT, JSON.stringify({ TEST_POSTGRES_URL, TEST_REDIS_URL, CHROMIUM_PATH }));
  });

  it('has a PostgreSQL server that takes a migrated test database', async () => {
    expect(process.env.TEST_POSTGRES_URL).toBeTruthy();
    const database = await createTestDatabase('catalog');
    try {
      expect(await migrateDatabase('catalog', database.url)).toEqual([]);
    } finally {
      await database.drop();
    }
  });

  it('has a Redis server that carries a stream through a consumer group', async () => {
    const redis = new Redis(process.env.TEST_REDIS_URL ?? '', { maxRetriesPerRequest: 0 });
    const stream = `launcher-probe:${randomUUID()}`;
    try {
      const id = await redis.xadd(stream, '*', 'event', 'probe');
      await redis.xgroup('CREATE', stream, 'probe', '0');
      const read = await redis.xreadgroup('GROUP', 'probe', 'probe-1', 'COUNT', 1, 'STREAMS', stream, '>');
      expect(read).toEqual([[stream, [[id, ['event', 'probe']]]]]);
      expect(await redis.xack(stream, 'probe', id ?? '')).toBe(1);
    } finally {
      await redis.del(stream);
      redis.disconnect();
    }
  });

  it('names an executable Chrome or Chromium in CHROMIUM_PATH', () => {
    expect(() => accessSync(process.env.CHROMIUM_PATH ?? '', constants.X_OK)).not.toThrow();
  });
});
