import { describe, expect, test } from 'vitest';
import { failure, paritySuite, waitFor } from './redis-stand-in-harness.js';

// Strings and the expiry of keys, as the router uses them: its response cache and API-key cache (GET, SET … EX,
// DEL) and the partner rate limit's per-minute counters (INCR and EXPIRE in MULTI/EXEC). Run once against a
// real Redis 7 server and once against the stand-in: every expectation holds for both.

const wrongType = 'WRONGTYPE Operation against a key holding the wrong kind of value';

await paritySuite('strings', ({ connect, key }) => {
  describe('strings', () => {
    test('SET stores a value whatever the key held, GET reads it, MGET answers nil for what is not a string', async () => {
      const redis = await connect();
      const [text, set, missing] = [key('text'), key('set'), key('missing')];
      expect(await redis.call('GET', missing)).toBeNull();
      expect(await redis.call('SET', text, 'one')).toBe('OK');
      expect(await redis.call('SET', text, 'two')).toBe('OK');
      expect(await redis.call('GET', text)).toBe('two');
      await redis.call('ZADD', set, '1', 'a');
      expect(await failure(redis.call('GET', set))).toBe(wrongType);
      expect(await redis.call('MGET', text, missing, set)).toEqual(['two', null, null]);
      expect(await redis.call('SET', set, 'now a string')).toBe('OK');
      expect(await redis.call('GET', set)).toBe('now a string');
      expect(await failure(redis.call('ZCARD', set))).toBe(wrongType);
    });

    test('values are binary-safe: every byte and several megabytes come back as sent', async () => {
      const redis = await connect();
      const [bytes, large] = [key('bytes'), key('large')];
      const all = Buffer.from(Array.from({ length: 256 }, (_, byte) => byte));
      await redis.set(bytes, all);
      expect(await redis.getBuffer(bytes)).toEqual(all);
      const text = JSON.stringify({ data: 'é'.repeat(1_500_000) });
      await redis.set(large, text, 'EX', 60);
      expect(await redis.get(large)).toBe(text);
    });

    test('SET NX writes only a missing key, XX only an existing one, and answers nil otherwise', async () => {
      const redis = await connect();
      const k = key('k');
      expect(await redis.call('SET', k, 'a', 'XX')).toBeNull();
      expect(await redis.call('GET', k)).toBeNull();
      expect(await redis.call('SET', k, 'a', 'nx')).toBe('OK');
      expect(await redis.call('SET', k, 'b', 'NX')).toBeNull();
      expect(await redis.call('SET', k, 'c', 'XX')).toBe('OK');
      expect(await redis.call('GET', k)).toBe('c');
    });

    test('SET refuses options that contradict each other, lack their value or give a time that is not one', async () => {
      const redis = await connect();
      const k = key('k');
      for (const options of [['NX', 'XX'], ['EX'], ['EX', '10', 'PX', '100'], ['KEEPTTL', 'EX', '10'], ['SOON']])
        expect(await failure(redis.call('SET', k, 'v', ...options))).toBe('ERR syntax error');
      expect(await failure(redis.call('SET', k, 'v', 'EX', 'ten'))).toBe('ERR value is not an integer or out of range');
      for (const options of [
        ['EX', '0'],
        ['PX', '-5'],
        ['EX', '9223372036854775'],
        ['PX', '9223372036854775807'],
      ])
        expect(await failure(redis.call('SET', k, 'v', ...options))).toBe("ERR invalid expire time in 'set' command");
      expect(await redis.call('GET', k)).toBeNull();
    });

    test('INCR and INCRBY count from a missing key, keep the expiry and refuse what is not a 64-bit integer', async () => {
      const redis = await connect();
      const [counter, text, set] = [key('counter'), key('text'), key('set')];
      expect(await redis.call('INCR', counter)).toBe(1);
      expect(await redis.call('INCRBY', counter, '41')).toBe(42);
      expect(await redis.call('INCRBY', counter, '-50')).toBe(-8);
      expect(await redis.call('GET', counter)).toBe('-8');
      await redis.call('EXPIRE', counter, '100');
      expect(await redis.call('INCR', counter)).toBe(-7);
      expect(await redis.call('TTL', counter)).toBe(100);
      await redis.call('SET', counter, '9223372036854775806');
      // ioredis reads integer replies as JavaScript numbers: GET shows the exact value.
      await redis.call('INCR', counter);
      expect(await redis.call('GET', counter)).toBe('9223372036854775807');
      expect(await failure(redis.call('INCR', counter))).toBe('ERR increment or decrement would overflow');
      expect(await redis.call('GET', counter)).toBe('9223372036854775807');
      for (const value of ['1.5', ' 1', '01', 'x']) {
        await redis.call('SET', text, value);
        expect(await failure(redis.call('INCR', text))).toBe('ERR value is not an integer or out of range');
      }
      expect(await failure(redis.call('INCRBY', counter, 'many'))).toBe('ERR value is not an integer or out of range');
      await redis.call('ZADD', set, '1', 'a');
      expect(await failure(redis.call('INCR', set))).toBe(wrongType);
    });
  });

  describe('expiry', () => {
    test('SET EX and PX expire the key, TTL and PTTL tell how long is left, and a plain SET clears it', async () => {
      const redis = await connect();
      const [minute, soon, kept, missing] = [key('minute'), key('soon'), key('kept'), key('missing')];
      await redis.call('SET', minute, 'v', 'EX', '60');
      expect(await redis.call('TTL', minute)).toBe(60);
      const left = Number(await redis.call('PTTL', minute));
      expect(left).toBeGreaterThan(55_000);
      expect(left).toBeLessThanOrEqual(60_000);
      await redis.call('SET', soon, 'v', 'PX', '30');
      await waitFor('the key expired', async () => (await redis.call('GET', soon)) === null);
      expect(await redis.call('TTL', soon)).toBe(-2);
      expect(await redis.call('PTTL', missing)).toBe(-2);
      await redis.call('SET', kept, 'v', 'EX', '60');
      await redis.call('SET', kept, 'w', 'KEEPTTL');
      expect(await redis.call('TTL', kept)).toBe(60);
      await redis.call('SET', kept, 'x');
      expect(await redis.call('TTL', kept)).toBe(-1);
      expect(await redis.call('PTTL', kept)).toBe(-1);
    });

    test('EXPIRE sets an expiry in seconds, deletes at once for a time not in the future, and refuses overflow', async () => {
      const redis = await connect();
      const [k, missing] = [key('k'), key('missing')];
      expect(await redis.call('EXPIRE', missing, '10')).toBe(0);
      await redis.call('SET', k, 'v');
      expect(await redis.call('EXPIRE', k, '30')).toBe(1);
      expect(await redis.call('TTL', k)).toBe(30);
      expect(await failure(redis.call('EXPIRE', k, '9223372036854775'))).toBe(
        "ERR invalid expire time in 'expire' command",
      );
      expect(await failure(redis.call('EXPIRE', k, 'soon'))).toBe('ERR value is not an integer or out of range');
      expect(await redis.call('EXPIRE', k, '0')).toBe(1);
      expect(await redis.call('GET', k)).toBeNull();
    });

    test('the partner rate limit’s window: INCR and EXPIRE in MULTI/EXEC, counting per key until it expires', async () => {
      const redis = await connect();
      const window = key('app-1:minute');
      const count = async () => {
        const results = await redis.multi().incr(window).expire(window, 1).exec();
        return results?.map(([error, value]) => error ?? value);
      };
      expect(await count()).toEqual([1, 1]);
      expect(await count()).toEqual([2, 1]);
      expect(await count()).toEqual([3, 1]);
      await waitFor('the window expired', async () => (await redis.call('GET', window)) === null);
      expect(await count()).toEqual([1, 1]);
    });
  });
});
