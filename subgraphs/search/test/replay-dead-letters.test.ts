import { randomUUID } from 'node:crypto';
import { Redis } from '@learngraph/service-kit';
import { testRedisUrl } from '@learngraph/service-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replayDeadLetters } from '../src/modules/reindex/index.js';

describe('replaying dead letters', () => {
  const stream = `test:catalog:${randomUUID()}`;
  const deadLetters = `${stream}:dead-letter`;
  let redis: Redis;
  beforeAll(() => {
    redis = new Redis(testRedisUrl());
  });
  afterAll(async () => {
    await redis.del(stream, deadLetters);
    await redis.quit();
  });

  it("puts the search group's dead-lettered events back on their stream, as they were published", async () => {
    const event = ['id', randomUUID(), 'type', 'catalog.learning-resource.updated', 'payload', '{}'];
    await redis.xadd(
      deadLetters,
      '*',
      ...event,
      'sourceStream',
      stream,
      'sourceId',
      '1-0',
      'group',
      'search',
      'error',
      'x',
    );
    const other = ['id', randomUUID(), 'type', 'catalog.learning-resource.updated', 'payload', '{}'];
    await redis.xadd(
      deadLetters,
      '*',
      ...other,
      'sourceStream',
      stream,
      'sourceId',
      '2-0',
      'group',
      'paths',
      'error',
      'y',
    );

    expect(await replayDeadLetters(redis, deadLetters, 'search')).toBe(1);
    const replayed = await redis.xrange(stream, '-', '+');
    expect(replayed.map(([, fields]) => fields)).toEqual([event]);
    const left = await redis.xrange(deadLetters, '-', '+');
    expect(left.map(([, fields]) => fields[1])).toEqual([other[1]]);
    expect(await replayDeadLetters(redis, deadLetters, 'search')).toBe(0);
  });
});
