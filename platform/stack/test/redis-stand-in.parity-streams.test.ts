import { describe, expect, test } from 'vitest';
import { failure, paritySuite, waitFor } from './redis-stand-in-harness.js';

// The stream commands of Learngraph's event pipeline — the outbox relay's pipelined XADD MAXLEN ~, the
// consumers' group reads, claims, acknowledgements and dead letters — run once against a real Redis 7
// server and once against the stand-in. Every expectation holds for both.

/** An extended XPENDING row: ID, consumer, idle milliseconds, deliveries. */
type PendingRow = [id: string, consumer: string, idle: number, deliveries: number];

const entry = (id: string) => [id, ['id', id]];

await paritySuite('parity-streams', ({ connect, key, clientLine, blockedCall }) => {
  /** A stream with one entry per ID, each with the field `id`. */
  const streamOf = async (ids: readonly string[], name = 's') => {
    const redis = await connect();
    const s = key(name);
    for (const id of ids) await redis.call('XADD', s, id, 'id', id);
    return { redis, s };
  };

  describe('adding and reading', () => {
    test('XADD makes increasing IDs, takes explicit IDs, and refuses IDs not above the top item', async () => {
      const redis = await connect();
      const s = key('s');
      const first = String(await redis.call('XADD', s, '*', 'n', '1'));
      const second = String(await redis.call('XADD', s, '*', 'n', '2'));
      const parts = (id: string) => id.split('-').map(BigInt) as [ms: bigint, seq: bigint];
      const [[firstMs, firstSeq], [secondMs, secondSeq]] = [parts(first), parts(second)];
      expect(secondMs > firstMs || (secondMs === firstMs && secondSeq > firstSeq)).toBe(true);
      const t = key('t');
      expect(await redis.call('XADD', t, '5-1', 'a', '1')).toBe('5-1');
      expect(await redis.call('XADD', t, '5-2', 'a', '2')).toBe('5-2');
      expect(await redis.call('XADD', t, '6', 'a', '3')).toBe('6-0');
      expect(await redis.call('XADD', t, '18446744073709551615-0', 'a', '4')).toBe('18446744073709551615-0');
      const notAbove = 'ERR The ID specified in XADD is equal or smaller than the target stream top item';
      expect(await failure(redis.call('XADD', t, '18446744073709551615-0', 'a', '1'))).toBe(notAbove);
      expect(await failure(redis.call('XADD', t, '7-0', 'a', '1'))).toBe(notAbove);
      expect(await failure(redis.call('XADD', key('u'), '0-0', 'a', '1'))).toBe(
        'ERR The ID specified in XADD must be greater than 0-0',
      );
      expect(await failure(redis.call('XADD', t, '8-x', 'a', '1'))).toBe(
        'ERR Invalid stream ID specified as stream command argument',
      );
      expect(await failure(redis.call('XADD', t, '*', 'a'))).toBe("ERR wrong number of arguments for 'xadd' command");
      expect(await failure(redis.call('XADD', t, '*', 'a', '1', 'b'))).toBe(
        "ERR wrong number of arguments for 'xadd' command",
      );
      expect(await redis.call('XLEN', t)).toBe(4);
    });

    test('XADD with MAXLEN ~ trims whole nodes only, of 100 entries or 4 KB each, as the relay’s pipeline adds', async () => {
      const redis = await connect();
      const small = key('small');
      const smallAdds = redis.pipeline();
      for (let i = 0; i < 250; i++) smallAdds.xadd(small, 'MAXLEN', '~', '100', '*', 'f', String(i));
      expect((await smallAdds.exec())?.every(([error]) => error === null)).toBe(true);
      expect(await redis.call('XLEN', small)).toBe(150);
      expect(await redis.call('XRANGE', small, '-', '+', 'COUNT', '1')).toEqual([[expect.any(String), ['f', '100']]]);
      const large = key('large');
      const largeAdds = redis.pipeline();
      // Explicit IDs: with `*` the IDs, and so the node sizes, would depend on timing, on Redis as well.
      for (let i = 1; i <= 60; i++) largeAdds.xadd(large, 'MAXLEN', '~', '10', `${i}-1`, 'field', 'x'.repeat(200) + i);
      await largeAdds.exec();
      expect(await redis.call('XLEN', large)).toBe(22);
      const envelope = JSON.stringify({ id: 'e1', type: 'catalog.learning-resource.created', payload: {} });
      expect(await redis.call('XADD', large, 'MAXLEN', '~', '1000000', '*', 'event', envelope)).toMatch(/^\d+-\d+$/);
      expect(await redis.call('XLEN', large)).toBe(23);
      expect(await failure(redis.call('XADD', large, 'MAXLEN', '~', '-1', '*', 'a', '1'))).toBe(
        'ERR The MAXLEN argument must be >= 0.',
      );
      expect(await failure(redis.call('XADD', large, 'MAXLEN', '~', 'many', '*', 'a', '1'))).toBe(
        'ERR value is not an integer or out of range',
      );
    });

    test('XRANGE lists entries from - to +, between IDs and with COUNT; XLEN counts them', async () => {
      const { redis, s } = await streamOf(['1-1', '1-2', '2-0', '3-5']);
      expect(await redis.call('XRANGE', s, '-', '+')).toEqual(['1-1', '1-2', '2-0', '3-5'].map(entry));
      expect(await redis.call('XRANGE', s, '1', '2')).toEqual(['1-1', '1-2', '2-0'].map(entry));
      expect(await redis.call('XRANGE', s, '1-2', '3-4')).toEqual(['1-2', '2-0'].map(entry));
      expect(await redis.call('XRANGE', s, '-', '+', 'COUNT', '2')).toEqual(['1-1', '1-2'].map(entry));
      expect(await redis.call('XRANGE', s, '-', '+', 'COUNT', '0')).toBeNull();
      expect(await redis.call('XRANGE', s, '5', '+')).toEqual([]);
      expect(await redis.call('XRANGE', s, '3', '1')).toEqual([]);
      expect(await redis.call('XRANGE', key('missing'), '-', '+')).toEqual([]);
      expect(await redis.call('XLEN', s)).toBe(4);
      expect(await redis.call('XLEN', key('missing'))).toBe(0);
      expect(await failure(redis.call('XRANGE', s, 'first', '+'))).toBe(
        'ERR Invalid stream ID specified as stream command argument',
      );
      expect(await failure(redis.call('XRANGE', s, '-', '+', 'LIMIT', '1'))).toBe('ERR syntax error');
      expect(await failure(redis.call('XRANGE', s, '-', '+', 'COUNT', 'x'))).toBe(
        'ERR value is not an integer or out of range',
      );
    });
  });

  describe('consumer groups', () => {
    test('XGROUP CREATE starts at $ or an ID, makes the stream with MKSTREAM, and answers BUSYGROUP', async () => {
      const redis = await connect();
      const s = key('s');
      expect(await failure(redis.call('XGROUP', 'CREATE', s, 'g', '$'))).toBe(
        'ERR The XGROUP subcommand requires the key to exist. Note that for CREATE you may want to use the MKSTREAM option to create an empty stream automatically.',
      );
      expect(await redis.call('XGROUP', 'CREATE', s, 'g', '$', 'MKSTREAM')).toBe('OK');
      expect(await redis.call('XLEN', s)).toBe(0);
      expect(await failure(redis.call('XGROUP', 'CREATE', s, 'g', '0'))).toBe(
        'BUSYGROUP Consumer Group name already exists',
      );
      expect(await failure(redis.call('XGROUP', 'CREATE', s, 'g', '0', 'MKSTREAM'))).toBe(
        'BUSYGROUP Consumer Group name already exists',
      );
      await redis.call('XADD', s, '1-1', 'id', '1-1');
      await redis.call('XADD', s, '2-1', 'id', '2-1');
      expect(await redis.call('XGROUP', 'CREATE', s, 'from-start', '0')).toBe('OK');
      expect(await redis.call('XGROUP', 'CREATE', s, 'after-first', '1-1')).toBe('OK');
      expect(await redis.call('XGROUP', 'CREATE', s, 'latest', '$')).toBe('OK');
      const read = (group: string) => redis.call('XREADGROUP', 'GROUP', group, 'c', 'STREAMS', s, '>');
      expect(await read('from-start')).toEqual([[s, ['1-1', '2-1'].map(entry)]]);
      expect(await read('after-first')).toEqual([[s, ['2-1'].map(entry)]]);
      expect(await read('latest')).toBeNull();
      expect(await failure(redis.call('XGROUP', 'CREATE', s, 'bad', 'first'))).toBe(
        'ERR Invalid stream ID specified as stream command argument',
      );
      expect(await failure(redis.call('XGROUP', 'CREATE', s, 'bad', '0', 'SIDEWAYS'))).toBe(
        "ERR unknown subcommand or wrong number of arguments for 'CREATE'. Try XGROUP HELP.",
      );
    });

    test('XREADGROUP > hands each new entry to one consumer, COUNT at a time, and XACK settles it', async () => {
      const { redis, s } = await streamOf(['1-1', '2-1', '3-1']);
      await redis.call('XGROUP', 'CREATE', s, 'g', '0');
      const read = (consumer: string, ...options: string[]) =>
        redis.call('XREADGROUP', 'GROUP', 'g', consumer, ...options, 'STREAMS', s, '>');
      expect(await read('alice', 'COUNT', '2')).toEqual([[s, ['1-1', '2-1'].map(entry)]]);
      expect(await read('bob', 'COUNT', '10', 'BLOCK', '10')).toEqual([[s, ['3-1'].map(entry)]]);
      expect(await read('bob')).toBeNull();
      expect(await redis.call('XACK', s, 'g', '1-1', '3-1', '9-9')).toBe(2);
      expect(await redis.call('XACK', s, 'g', '1-1')).toBe(0);
      expect(await redis.call('XACK', s, 'nope', '2-1')).toBe(0);
      expect(await redis.call('XACK', key('missing'), 'g', '2-1')).toBe(0);
      expect(await failure(redis.call('XACK', s, 'g', '2-1', 'x'))).toBe(
        'ERR Invalid stream ID specified as stream command argument',
      );
      expect(await redis.call('XPENDING', s, 'g')).toEqual([1, '2-1', '2-1', [['alice', '1']]]);
    });

    test('XREADGROUP refuses what it cannot read, with Redis’s errors', async () => {
      const { redis, s } = await streamOf(['1-1']);
      await redis.call('XGROUP', 'CREATE', s, 'g', '0');
      expect(await failure(redis.call('XREADGROUP', 'GROUP', 'g', 'c', 'STREAMS', s, '$'))).toBe(
        'ERR The $ ID is meaningless in the context of XREADGROUP: you want to read the history of this consumer by specifying a proper ID, or use the > ID to get new messages. The $ ID would just return an empty result set.',
      );
      expect(await failure(redis.call('XREADGROUP', 'GROUP', 'g', 'c', 'STREAMS', s, key('other'), '>'))).toBe(
        // Redis 7.0 words it as for XREAD.
        "ERR Unbalanced XREAD list of streams: for each stream key an ID or '$' must be specified.",
      );
      expect(await failure(redis.call('XREADGROUP', 'COUNT', '1', 'BLOCK', '0', 'STREAMS', s, '>'))).toBe(
        'ERR Missing GROUP option for XREADGROUP',
      );
      expect(await failure(redis.call('XREADGROUP', 'GROUP', 'g', 'c', 'BLOCK', '-1', 'STREAMS', s, '>'))).toBe(
        'ERR timeout is negative',
      );
      expect(await failure(redis.call('XREADGROUP', 'GROUP', 'g', 'c', 'COUNT', 'x', 'STREAMS', s, '>'))).toBe(
        'ERR value is not an integer or out of range',
      );
      expect(await failure(redis.call('XREADGROUP', 'GROUP', 'g', 'c', 'SIDEWAYS', 'STREAMS', s, '>'))).toBe(
        'ERR syntax error',
      );
    });

    test('XREADGROUP answers NOGROUP for a missing stream or group, and after the stream is deleted', async () => {
      const { redis, s } = await streamOf(['1-1']);
      const read = (stream: string, group: string) =>
        failure(redis.call('XREADGROUP', 'GROUP', group, 'c', 'STREAMS', stream, '>'));
      const missing = key('missing');
      expect(await read(missing, 'g')).toBe(
        `NOGROUP No such key '${missing}' or consumer group 'g' in XREADGROUP with GROUP option`,
      );
      expect(await read(s, 'g')).toBe(
        `NOGROUP No such key '${s}' or consumer group 'g' in XREADGROUP with GROUP option`,
      );
      await redis.call('XGROUP', 'CREATE', s, 'g', '0');
      await redis.call('DEL', s);
      expect(await read(s, 'g')).toBe(
        `NOGROUP No such key '${s}' or consumer group 'g' in XREADGROUP with GROUP option`,
      );
      // What the platform's consumer does next: create the group again, with the stream, and read on.
      expect(await redis.call('XGROUP', 'CREATE', s, 'g', '0', 'MKSTREAM')).toBe('OK');
      await redis.call('XADD', s, '2-1', 'id', '2-1');
      expect(await redis.call('XREADGROUP', 'GROUP', 'g', 'c', 'STREAMS', s, '>')).toEqual([[s, ['2-1'].map(entry)]]);
    });
  });

  describe('pending entries', () => {
    test('XPENDING summarises pending entries per consumer and lists a range with deliveries and idle time', async () => {
      const { redis, s } = await streamOf(['1-1', '2-1', '3-1', '4-1']);
      await redis.call('XGROUP', 'CREATE', s, 'g', '0');
      expect(await redis.call('XPENDING', s, 'g')).toEqual([0, null, null, null]);
      expect(await redis.call('XPENDING', s, 'g', '-', '+', '10')).toEqual([]);
      await redis.call('XREADGROUP', 'GROUP', 'g', 'zoe', 'COUNT', '1', 'STREAMS', s, '>');
      await redis.call('XREADGROUP', 'GROUP', 'g', 'adam', 'COUNT', '2', 'STREAMS', s, '>');
      await redis.call('XREADGROUP', 'GROUP', 'g', 'zoe', 'STREAMS', s, '>');
      expect(await redis.call('XPENDING', s, 'g')).toEqual([
        4,
        '1-1',
        '4-1',
        [
          ['adam', '2'],
          ['zoe', '2'],
        ],
      ]);
      const rows = (await redis.call('XPENDING', s, 'g', '-', '+', '10')) as PendingRow[];
      expect(rows.map(([id, consumer, , deliveries]) => [id, consumer, deliveries])).toEqual([
        ['1-1', 'zoe', 1],
        ['2-1', 'adam', 1],
        ['3-1', 'adam', 1],
        ['4-1', 'zoe', 1],
      ]);
      for (const [, , idle] of rows) expect(idle).toBeGreaterThanOrEqual(0);
      const ids = async (start: string, end: string, count: string) =>
        ((await redis.call('XPENDING', s, 'g', start, end, count)) as PendingRow[]).map(([id]) => id);
      expect(await ids('2-1', '2-1', '1')).toEqual(['2-1']);
      expect(await ids('2', '3', '10')).toEqual(['2-1', '3-1']);
      expect(await ids('-', '+', '2')).toEqual(['1-1', '2-1']);
      expect(await ids('5', '+', '10')).toEqual([]);
      expect(await failure(redis.call('XPENDING', s, 'nope'))).toBe(
        `NOGROUP No such key '${s}' or consumer group 'nope'`,
      );
      expect(await failure(redis.call('XPENDING', s, 'g', '-', '+', 'x'))).toBe(
        'ERR value is not an integer or out of range',
      );
      expect(await failure(redis.call('XPENDING', s, 'g', '-', '+'))).toBe('ERR syntax error');
    });

    test('XCLAIM claims the named entries idle long enough, counts the delivery and leaves the others', async () => {
      const { redis, s } = await streamOf(['1-1', '2-1', '3-1']);
      await redis.call('XGROUP', 'CREATE', s, 'g', '0');
      await redis.call('XREADGROUP', 'GROUP', 'g', 'alice', 'COUNT', '2', 'STREAMS', s, '>');
      const claim = (consumer: string, minIdle: string, ...ids: string[]) =>
        redis.call('XCLAIM', s, 'g', consumer, minIdle, ...ids);
      expect(await claim('bob', '3600000', '1-1', '2-1')).toEqual([]);
      expect(await claim('bob', '0', '1-1', '3-1', '9-9')).toEqual(['1-1'].map(entry));
      expect(await claim('carol', '-5', '1-1', '2-1')).toEqual(['1-1', '2-1'].map(entry));
      const rows = (await redis.call('XPENDING', s, 'g', '-', '+', '10')) as PendingRow[];
      expect(rows.map(([id, consumer, , deliveries]) => [id, consumer, deliveries])).toEqual([
        ['1-1', 'carol', 3],
        ['2-1', 'carol', 2],
      ]);
      await waitFor(
        'an entry is idle for 20 ms',
        async () => ((await claim('dave', '20', '2-1')) as unknown[]).length === 1,
      );
      expect(await failure(claim('bob', 'idle', '1-1'))).toBe('ERR Invalid min-idle-time argument for XCLAIM');
      expect(await failure(claim('bob', '0', '1-1', 'sometime'))).toBe("ERR Unrecognized XCLAIM option 'sometime'");
      expect(await failure(redis.call('XCLAIM', s, 'nope', 'bob', '0', '1-1'))).toBe(
        `NOGROUP No such key '${s}' or consumer group 'nope'`,
      );
    });

    test('XCLAIM drops pending entries that trimming removed from the pending list', async () => {
      const redis = await connect();
      const s = key('s');
      const adds = redis.pipeline();
      // The first node holds 100 entries; the 101st starts the second.
      for (let i = 1; i <= 101; i++) adds.xadd(s, `${i}-1`, 'id', String(i));
      await adds.exec();
      await redis.call('XGROUP', 'CREATE', s, 'g', '0');
      await redis.call('XREADGROUP', 'GROUP', 'g', 'alice', 'COUNT', '2', 'STREAMS', s, '>');
      await redis.call('XADD', s, 'MAXLEN', '~', '2', '102-1', 'id', '102');
      expect(await redis.call('XLEN', s)).toBe(2);
      expect(await redis.call('XCLAIM', s, 'g', 'bob', '0', '1-1', '2-1')).toEqual([]);
      expect(await redis.call('XPENDING', s, 'g')).toEqual([0, null, null, null]);
    });

    test('retries through XPENDING and XCLAIM until a dead-letter stream takes the entry, as the platform’s consumer does', async () => {
      const redis = await connect();
      const [s, deadLetters] = [key('events'), key('dead-letters')];
      const maxDeliveries = 3;
      await redis.call('XGROUP', 'CREATE', s, 'search', '0', 'MKSTREAM');
      const id = String(await redis.call('XADD', s, '*', 'event', '{"poison":true}'));
      await redis.call('XREADGROUP', 'GROUP', 'search', 'worker', 'COUNT', '10', 'BLOCK', '1000', 'STREAMS', s, '>');
      const attempts: number[] = [];
      while (attempts.length < maxDeliveries) {
        const [[, , , deliveries]] = (await redis.call('XPENDING', s, 'search', '-', '+', '10')) as [PendingRow];
        attempts.push(deliveries);
        if (deliveries >= maxDeliveries) break;
        const wait = String(10 * 2 ** (deliveries - 1));
        await waitFor('the entry has waited long enough to be claimed again', async () => {
          const claimed = (await redis.call('XCLAIM', s, 'search', 'worker', wait, id)) as unknown[];
          return claimed.length === 1;
        });
      }
      await redis.call('XADD', deadLetters, '*', 'event', '{"poison":true}', 'sourceId', id, 'error', 'boom');
      expect(await redis.call('XACK', s, 'search', id)).toBe(1);
      expect(attempts).toEqual([1, 2, 3]);
      expect(await redis.call('XPENDING', s, 'search')).toEqual([0, null, null, null]);
      expect(await redis.call('XRANGE', deadLetters, '-', '+')).toEqual([
        [expect.any(String), ['event', '{"poison":true}', 'sourceId', id, 'error', 'boom']],
      ]);
    });
  });

  describe('blocking reads', () => {
    test('a blocked XREADGROUP is woken by an XADD from another connection, one consumer per entry', async () => {
      const [first, second, writer] = [await connect(), await connect(), await connect()];
      const s = key('s');
      await writer.call('XGROUP', 'CREATE', s, 'g', '$', 'MKSTREAM');
      const read = (client: typeof first, consumer: string) =>
        blockedCall(client, ['XREADGROUP', 'GROUP', 'g', consumer, 'COUNT', '10', 'BLOCK', '0', 'STREAMS', s, '>']);
      const firstRead = await read(first, 'first');
      const secondRead = await read(second, 'second');
      await writer.call('XADD', s, '1-1', 'id', '1-1');
      expect(await firstRead.reply).toEqual([[s, ['1-1'].map(entry)]]);
      await writer.call('XADD', s, '2-1', 'id', '2-1');
      expect(await secondRead.reply).toEqual([[s, ['2-1'].map(entry)]]);
      const rows = (await writer.call('XPENDING', s, 'g', '-', '+', '10')) as PendingRow[];
      expect(rows.map(([id, consumer, , deliveries]) => [id, consumer, deliveries])).toEqual([
        ['1-1', 'first', 1],
        ['2-1', 'second', 1],
      ]);
    });

    test('a blocked XREADGROUP is answered UNBLOCKED when its stream is deleted, and the next read NOGROUP', async () => {
      const [deleted, expired, admin] = [await connect(), await connect(), await connect()];
      const s = key('s');
      const read = (client: typeof admin) =>
        blockedCall(client, ['XREADGROUP', 'GROUP', 'g', 'c', 'BLOCK', '0', 'STREAMS', s, '>']);
      await admin.call('XGROUP', 'CREATE', s, 'g', '$', 'MKSTREAM');
      const deletedRead = await read(deleted);
      await admin.call('DEL', s);
      expect(await failure(deletedRead.reply)).toBe('UNBLOCKED the stream key no longer exists');
      expect(await failure(deleted.call('XREADGROUP', 'GROUP', 'g', 'c', 'STREAMS', s, '>'))).toBe(
        `NOGROUP No such key '${s}' or consumer group 'g' in XREADGROUP with GROUP option`,
      );
      await admin.call('XGROUP', 'CREATE', s, 'g', '$', 'MKSTREAM');
      const expiredRead = await read(expired);
      await admin.call('PEXPIRE', s, '0');
      expect(await failure(expiredRead.reply)).toBe('UNBLOCKED the stream key no longer exists');
    });

    test('a blocked XREADGROUP times out with a null reply, and one whose client left takes no entry', async () => {
      const [reader, leaver, writer] = [await connect(), await connect(), await connect()];
      const s = key('s');
      await writer.call('XGROUP', 'CREATE', s, 'g', '$', 'MKSTREAM');
      expect(await reader.call('XREADGROUP', 'GROUP', 'g', 'reader', 'BLOCK', '50', 'STREAMS', s, '>')).toBeNull();
      const left = await blockedCall(leaver, ['XREADGROUP', 'GROUP', 'g', 'leaver', 'BLOCK', '0', 'STREAMS', s, '>']);
      leaver.disconnect();
      await waitFor('the server let go of the client', async () => (await clientLine(left.name)) === undefined);
      await writer.call('XADD', s, '1-1', 'id', '1-1');
      expect(await reader.call('XREADGROUP', 'GROUP', 'g', 'reader', 'STREAMS', s, '>')).toEqual([
        [s, ['1-1'].map(entry)],
      ]);
      expect(await writer.call('XPENDING', s, 'g')).toEqual([1, '1-1', '1-1', [['reader', '1']]]);
    });
  });
});
