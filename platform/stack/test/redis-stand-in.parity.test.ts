import { Redis } from 'ioredis';
import { describe, expect, test } from 'vitest';
import { failure, paritySuite, waitFor } from './redis-stand-in-harness.js';

// The commands Learngraph sends to Redis, besides streams (see redis-stand-in.parity-streams.test.ts):
// what ioredis sends on connect, keys and their expiry, sorted sets and transactions as the sign-in
// throttle uses them. Run once against a real Redis 7 server and once against the stand-in: every
// expectation holds for both.

await paritySuite('parity', (server) => {
  const { connect, key, clientLine } = server;

  describe('connecting', () => {
    test('ioredis connects with a connection name and the database of its URL, and PING answers', async () => {
      const name = key('named-connection').replaceAll(':', '-');
      // ioredis's own handshake: CLIENT SETNAME, CLIENT SETINFO (which Redis 7.0 does not know), SELECT, INFO.
      const named = new Redis(`${server.url}/5`, { connectionName: name, lazyConnect: true, maxRetriesPerRequest: 0 });
      try {
        await named.connect();
        expect(await named.call('PING')).toBe('PONG');
        expect(await named.call('PING', 'hello')).toBe('hello');
        expect(await clientLine(name)).toMatch(/ db=5( |$)/);
      } finally {
        named.disconnect();
      }
    });

    test('SELECT switches between sixteen separate databases and refuses any other index', async () => {
      const redis = await connect();
      const [inZero, inFifteen] = [key('shared'), key('shared', 15)];
      expect(inZero).toBe(inFifteen);
      await redis.call('ZADD', inZero, '1', 'zero');
      expect(await redis.call('SELECT', '15')).toBe('OK');
      expect(await redis.call('ZCARD', inFifteen)).toBe(0);
      await redis.call('ZADD', inFifteen, '1', 'a', '2', 'b');
      await redis.call('SELECT', '0');
      expect(await redis.call('ZCARD', inZero)).toBe(1);
      expect(await failure(redis.call('SELECT', '16'))).toBe('ERR DB index is out of range');
      expect(await failure(redis.call('SELECT', '-1'))).toBe('ERR DB index is out of range');
      expect(await failure(redis.call('SELECT', 'one'))).toBe('ERR value is not an integer or out of range');
    });

    test('INFO carries the version and the loading flag that the ioredis ready check reads', async () => {
      const redis = await connect();
      const info = String(await redis.call('INFO'));
      expect(info).toMatch(/^# Server\r\n/);
      expect(info).toMatch(/\r\nredis_version:7\.\d+\.\d+\r\n/);
      expect(info).toMatch(/\r\nloading:0\r\n/);
      expect(String(await redis.call('INFO', 'server'))).toMatch(/^# Server\r\n(.+\r\n)+$/);
    });

    test('CLIENT SETNAME names the connection, as CLIENT LIST shows, and refuses names with spaces', async () => {
      const redis = await connect();
      const name = key('client').replaceAll(':', '-');
      expect(await redis.call('CLIENT', 'SETNAME', name)).toBe('OK');
      expect(await clientLine(name)).toMatch(/^id=\d+ addr=\S+ .*flags=N /);
      expect(await failure(redis.call('CLIENT', 'SETNAME', 'two words'))).toBe(
        'ERR Client names cannot contain spaces, newlines or special characters.',
      );
    });

    test('QUIT is answered with OK, then the server closes the connection', async () => {
      const redis = await connect();
      const closed = new Promise((resolve) => redis.once('end', resolve));
      expect(await redis.quit()).toBe('OK');
      await closed;
    });

    test('unknown commands, unknown subcommands and wrong arities get Redis’s errors', async () => {
      const redis = await connect();
      expect(await failure(redis.call('FOOBAR', 'a', 'b c'))).toBe(
        "ERR unknown command 'FOOBAR', with args beginning with: 'a' 'b c' ",
      );
      expect(await failure(redis.call('NOPE'))).toBe("ERR unknown command 'NOPE', with args beginning with: ");
      expect(await failure(redis.call('NOPE', 'x'.repeat(200), 'y'))).toBe(
        `ERR unknown command 'NOPE', with args beginning with: '${'x'.repeat(128)}' `,
      );
      expect(await failure(redis.call('XGROUP', 'FROB', 'k'))).toBe("ERR unknown subcommand 'FROB'. Try XGROUP HELP.");
      expect(await failure(redis.call('CLIENT', 'frob'))).toBe("ERR unknown subcommand 'frob'. Try CLIENT HELP.");
      expect(await failure(redis.call('ZCARD'))).toBe("ERR wrong number of arguments for 'zcard' command");
      expect(await failure(redis.call('XGROUP'))).toBe("ERR wrong number of arguments for 'xgroup' command");
      expect(await failure(redis.call('XGROUP', 'CREATE', 'k'))).toBe(
        "ERR wrong number of arguments for 'xgroup|create' command",
      );
      expect(await failure(redis.call('PING', 'a', 'b'))).toBe("ERR wrong number of arguments for 'ping' command");
    });

    test('pipelined commands are answered in order', async () => {
      const redis = await connect();
      const k = key('k');
      const pipeline = redis.pipeline();
      for (let i = 1; i <= 500; i++) pipeline.zadd(k, i, `member-${i}`).zcard(k);
      const results = (await pipeline.exec()) ?? [];
      expect(results).toHaveLength(1000);
      expect(results.filter((_, i) => i % 2 === 1).map(([, count]) => count)).toEqual(
        Array.from({ length: 500 }, (_, i) => i + 1),
      );
    });
  });

  describe('keys and their expiry', () => {
    test('DEL deletes keys of any type and counts those that existed', async () => {
      const redis = await connect();
      const [set, stream, missing] = [key('set'), key('stream'), key('missing')];
      await redis.call('ZADD', set, '1', 'a');
      await redis.call('XADD', stream, '*', 'f', 'v');
      expect(await redis.call('DEL', set, stream, missing, set)).toBe(2);
      expect(await redis.call('ZCARD', set)).toBe(0);
      expect(await redis.call('XLEN', stream)).toBe(0);
      expect(await redis.call('DEL', set)).toBe(0);
    });

    test('PEXPIRE deletes a key once its time is up, and at once for a time not in the future', async () => {
      const redis = await connect();
      const [soon, later, now, stream] = [key('soon'), key('later'), key('now'), key('stream')];
      for (const k of [soon, later, now]) await redis.call('ZADD', k, '1', 'a');
      await redis.call('XADD', stream, '*', 'f', 'v');
      expect(await redis.call('PEXPIRE', soon, '30')).toBe(1);
      expect(await redis.call('PEXPIRE', later, '3600000')).toBe(1);
      expect(await redis.call('PEXPIRE', stream, '30')).toBe(1);
      await waitFor('the key expired', async () => (await redis.call('ZCARD', soon)) === 0);
      await waitFor('the stream expired', async () => (await redis.call('XLEN', stream)) === 0);
      expect(await redis.call('DEL', soon)).toBe(0);
      expect(await redis.call('ZCARD', later)).toBe(1);
      expect(await redis.call('PEXPIRE', now, '0')).toBe(1);
      expect(await redis.call('DEL', now)).toBe(0);
      await redis.call('ZADD', now, '1', 'a');
      expect(await redis.call('PEXPIRE', now, '-5')).toBe(1);
      expect(await redis.call('ZCARD', now)).toBe(0);
    });

    test('PEXPIRE answers 0 for a missing key and refuses times that are not integers or overflow', async () => {
      const redis = await connect();
      const k = key('k');
      expect(await redis.call('PEXPIRE', k, '100')).toBe(0);
      await redis.call('ZADD', k, '1', 'a');
      expect(await failure(redis.call('PEXPIRE', k, 'soon'))).toBe('ERR value is not an integer or out of range');
      expect(await failure(redis.call('PEXPIRE', k, '1.5'))).toBe('ERR value is not an integer or out of range');
      expect(await failure(redis.call('PEXPIRE', k, '9223372036854775807'))).toBe(
        "ERR invalid expire time in 'pexpire' command",
      );
      expect(await redis.call('ZCARD', k)).toBe(1);
    });

    test('WRONGTYPE answers a sorted-set command on a stream and a stream command on a sorted set', async () => {
      const redis = await connect();
      const [set, stream] = [key('set'), key('stream')];
      await redis.call('ZADD', set, '1', 'a');
      await redis.call('XADD', stream, '1-1', 'f', 'v');
      const wrongType = 'WRONGTYPE Operation against a key holding the wrong kind of value';
      for (const command of [
        ['ZADD', stream, '1', 'm'],
        ['ZCARD', stream],
        ['ZRANGE', stream, '0', '-1'],
        ['ZREMRANGEBYSCORE', stream, '-inf', '+inf'],
        ['XADD', set, '*', 'f', 'v'],
        ['XLEN', set],
        ['XRANGE', set, '-', '+'],
        ['XGROUP', 'CREATE', set, 'g', '$'],
      ]) {
        expect(await failure(redis.call(...(command as [string, ...string[]])))).toBe(wrongType);
      }
    });
  });

  describe('sorted sets', () => {
    test('ZADD adds members and updates scores, and with XX only updates', async () => {
      const redis = await connect();
      const k = key('k');
      expect(await redis.call('ZADD', k, '1', 'a', '2', 'b')).toBe(2);
      expect(await redis.call('ZADD', k, '3', 'a', '4', 'c')).toBe(1);
      expect(await redis.call('ZADD', k, 'XX', '5', 'd')).toBe(0);
      expect(await redis.call('ZADD', k, 'xx', '0', 'c')).toBe(0);
      expect(await redis.call('ZRANGE', k, '0', '-1', 'WITHSCORES')).toEqual(['c', '0', 'b', '2', 'a', '3']);
      expect(await redis.call('ZADD', key('missing'), 'XX', '1', 'a')).toBe(0);
      expect(await redis.call('ZCARD', key('missing'))).toBe(0);
    });

    test('ZADD refuses scores that are not floats and members without a score', async () => {
      const redis = await connect();
      const k = key('k');
      const notFloat = 'ERR value is not a valid float';
      for (const score of ['x', '', ' 1', '1x', 'nan', '1e999', '1e-999']) {
        expect(await failure(redis.call('ZADD', k, score, 'a'))).toBe(notFloat);
      }
      expect(await failure(redis.call('ZADD', k, '1', 'a', '2'))).toBe('ERR syntax error');
      expect(await failure(redis.call('ZADD', k, '1'))).toBe("ERR wrong number of arguments for 'zadd' command");
      expect(await redis.call('ZCARD', k)).toBe(0);
      expect(await redis.call('ZADD', k, '-inf', 'low', '+inf', 'high', 'inf', 'top', '.5', 'half', '1E3', 'k')).toBe(
        5,
      );
    });

    test('ZRANGE by rank, counting negative ranks from the end, WITHSCORES as Redis formats them', async () => {
      const redis = await connect();
      const k = key('k');
      await redis.call(
        ...(['ZADD', k, '1.5', 'a', '2.5', 'bb', '2.5', 'ba', '1700000000123', 'e', '0.25', 'd', 'inf', 'f'] as const),
        ...(['-inf', 'g', '1e20', 'c', '123456789012345678', 'h', '-0.5', 'n'] as const),
      );
      expect(await redis.call('ZRANGE', k, '0', '-1', 'WITHSCORES')).toEqual([
        ...['g', '-inf', 'n', '-0.5', 'd', '0.25', 'a', '1.5', 'ba', '2.5'],
        ...['bb', '2.5', 'e', '1700000000123', 'h', '1.2345678901234568e+17', 'c', '1e+20', 'f', 'inf'],
      ]);
      expect(await redis.call('ZRANGE', k, '0', '2')).toEqual(['g', 'n', 'd']);
      expect(await redis.call('ZRANGE', k, '-2', '-2', 'withscores')).toEqual(['c', '1e+20']);
      expect(await redis.call('ZRANGE', k, '-100', '0')).toEqual(['g']);
      expect(await redis.call('ZRANGE', k, '8', '100')).toEqual(['c', 'f']);
      expect(await redis.call('ZRANGE', k, '5', '2')).toEqual([]);
      expect(await redis.call('ZRANGE', k, '-11', '-11', 'WITHSCORES')).toEqual([]);
      expect(await redis.call('ZRANGE', key('missing'), '0', '-1')).toEqual([]);
      expect(await failure(redis.call('ZRANGE', k, 'first', '1'))).toBe('ERR value is not an integer or out of range');
      expect(await failure(redis.call('ZRANGE', k, '0', '1', 'SIDEWAYS'))).toBe('ERR syntax error');
    });

    test('ZREMRANGEBYSCORE removes an inclusive or exclusive score range, and ZCARD counts what is left', async () => {
      const redis = await connect();
      const k = key('k');
      await redis.call('ZADD', k, '1', 'a', '2', 'b', '3', 'c', '4', 'd', '5', 'e');
      expect(await redis.call('ZREMRANGEBYSCORE', k, '-inf', '2')).toBe(2);
      expect(await redis.call('ZREMRANGEBYSCORE', k, '(3', '(5')).toBe(1);
      expect(await redis.call('ZREMRANGEBYSCORE', k, '5', '1')).toBe(0);
      expect(await redis.call('ZRANGE', k, '0', '-1')).toEqual(['c', 'e']);
      expect(await redis.call('ZCARD', k)).toBe(2);
      expect(await failure(redis.call('ZREMRANGEBYSCORE', k, 'low', '1'))).toBe('ERR min or max is not a float');
      expect(await redis.call('ZREMRANGEBYSCORE', k, '-inf', '+inf')).toBe(2);
      expect(await redis.call('DEL', k)).toBe(0);
      expect(await redis.call('ZREMRANGEBYSCORE', key('missing'), '-inf', '+inf')).toBe(0);
    });
  });

  describe('transactions', () => {
    test('MULTI queues commands and EXEC answers each in place, a wrong-type error among them', async () => {
      const redis = await connect();
      const [set, stream] = [key('set'), key('stream')];
      await redis.call('XADD', stream, '*', 'f', 'v');
      expect(await redis.call('MULTI')).toBe('OK');
      expect(await redis.call('ZADD', set, '1', 'a')).toBe('QUEUED');
      expect(await redis.call('ZADD', stream, '1', 'a')).toBe('QUEUED');
      expect(await redis.call('ZCARD', set)).toBe('QUEUED');
      const replies = (await redis.call('EXEC')) as unknown[];
      expect(replies[0]).toBe(1);
      expect((replies[1] as Error).message).toBe('WRONGTYPE Operation against a key holding the wrong kind of value');
      expect(replies[2]).toBe(1);
      const results = await redis.multi().zadd(set, 2, 'b').zadd(stream, 1, 'a').zcard(set).exec();
      expect(results?.map(([error, value]) => error?.message ?? value)).toEqual([
        1,
        'WRONGTYPE Operation against a key holding the wrong kind of value',
        2,
      ]);
    });

    test('a command refused while queueing aborts the transaction; MULTI does not nest; EXEC needs MULTI', async () => {
      const redis = await connect();
      const k = key('k');
      await redis.call('MULTI');
      expect(await failure(redis.call('MULTI'))).toBe('ERR MULTI calls can not be nested');
      await redis.call('ZADD', k, '1', 'a');
      expect(await failure(redis.call('NOPE'))).toBe("ERR unknown command 'NOPE', with args beginning with: ");
      expect(await failure(redis.call('ZCARD'))).toBe("ERR wrong number of arguments for 'zcard' command");
      expect(await failure(redis.call('EXEC'))).toBe('EXECABORT Transaction discarded because of previous errors.');
      expect(await redis.call('ZCARD', k)).toBe(0);
      expect(await failure(redis.call('EXEC'))).toBe('ERR EXEC without MULTI');
      // A refused nested MULTI is answered on the spot and does not doom the transaction.
      await redis.call('MULTI');
      expect(await failure(redis.call('MULTI'))).toBe('ERR MULTI calls can not be nested');
      await redis.call('ZADD', k, '1', 'a');
      expect(await redis.call('EXEC')).toEqual([1]);
    });

    test('the sign-in throttle’s sliding window: trim, add, count, find the blocking entry, expire', async () => {
      const redis = await connect();
      const window = key('window');
      const [limit, windowMs] = [2, 200];
      const takeSlot = async (now: number) => {
        const results = await redis
          .multi()
          .zremrangebyscore(window, '-inf', now - windowMs)
          .zadd(window, now, `attempt-${now}`)
          .zcard(window)
          .zrange(window, -(limit + 1), -(limit + 1), 'WITHSCORES')
          .pexpire(window, windowMs)
          .exec();
        return results?.map(([error, value]) => error ?? value);
      };
      expect(await takeSlot(1000)).toEqual([0, 1, 1, [], 1]);
      expect(await takeSlot(1100)).toEqual([0, 1, 2, [], 1]);
      expect(await takeSlot(1150)).toEqual([0, 1, 3, ['attempt-1000', '1000'], 1]);
      // A refused attempt gives its slot back by moving out of every window.
      expect(await redis.multi().zadd(window, 'XX', 0, 'attempt-1150').exec()).toEqual([[null, 0]]);
      expect(await takeSlot(1210)).toEqual([2, 1, 2, [], 1]);
      await waitFor('the window expired', async () => (await redis.call('ZCARD', window)) === 0);
    });

    test('a blocking read inside MULTI answers at once, as on a timeout', async () => {
      const redis = await connect();
      const stream = key('stream');
      await redis.call('XGROUP', 'CREATE', stream, 'g', '$', 'MKSTREAM');
      await redis.call('MULTI');
      await redis.call('XREADGROUP', 'GROUP', 'g', 'c', 'BLOCK', '0', 'STREAMS', stream, '>');
      await redis.call('ZCARD', stream);
      const replies = (await redis.call('EXEC')) as unknown[];
      expect(replies[0]).toBeNull();
      expect((replies[1] as Error).message).toMatch(/^WRONGTYPE /);
    });
  });
});
