import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { realRedisSkipReason, type Target, targetServer, targetTitle } from './redis-stand-in-targets.js';

// One behavioural suite, run once against a real Redis 7 server and once against the stand-in. Every
// expectation below holds for both, which is what makes the stand-in a faithful Redis for these commands.
// On the real server nothing is flushed: each test uses keys of its own and deletes them afterwards.
const RUN = `learngraph-stand-in-parity:${process.pid}:${Date.now().toString(36)}`;
const skipReason = await realRedisSkipReason();

/** The error message a command fails with; fails the test if the command succeeds. */
const failure = (reply: Promise<unknown>) =>
  reply.then(
    (value) => {
      throw new Error(`expected an error reply, got ${JSON.stringify(value)}`);
    },
    (error: Error) => error.message,
  );

/** An extended XPENDING row: ID, consumer, idle milliseconds, deliveries. */
type PendingRow = [id: string, consumer: string, idle: number, deliveries: number];

/** Turns a flat `[field, value, ...]` reply into an object. */
const fields = (reply: unknown) => {
  const list = reply as unknown[];
  return Object.fromEntries(list.flatMap((item, i) => (i % 2 === 0 ? [[String(item), list[i + 1]]] : [])));
};

const suite = (target: Target) => {
  const server = targetServer(target);
  let url = '';
  let testNumber = 0;
  let keys: { db: number; key: string }[] = [];
  let clients: Redis[] = [];

  beforeAll(async () => {
    await server.start();
    url = server.url;
  });
  afterAll(async () => {
    await server.stop();
  });
  beforeEach(() => {
    testNumber++;
  });
  afterEach(async () => {
    for (const client of clients) client.disconnect();
    const admin = new Redis(url);
    for (const { db, key } of keys) {
      await admin.select(db);
      await admin.del(key);
    }
    admin.disconnect();
    keys = [];
    clients = [];
  });

  /** A fresh connection, closed after the test. */
  const connect = async (db = 0) => {
    const client = new Redis(url, { db, lazyConnect: true, maxRetriesPerRequest: 0 });
    clients.push(client);
    await client.connect();
    return client;
  };
  /** A key of this test's own (deleted afterwards), so that tests never touch anyone else's data. */
  const key = (name: string, db = 0) => {
    const name_ = `${RUN}:${target}:${testNumber}:${name}`;
    keys.push({ db, key: name_ });
    return name_;
  };
  /**
   * Sends a blocking command and waits until the server reports the client as blocked, so that a
   * write made next is known to arrive after the read started waiting.
   */
  const whenBlocked = async (admin: Redis, client: Redis, command: string[]) => {
    const id = String(await client.call('CLIENT', 'ID'));
    const reply = client.call(...(command as [string, ...string[]]));
    reply.catch(() => {});
    await blocked(admin, id);
    // Wrapped, because an async function returning a promise would wait for it.
    return { reply };
  };
  const blocked = async (admin: Redis, id: string) => {
    for (let attempt = 0; attempt < 500; attempt++) {
      const line = String(await admin.call('CLIENT', 'LIST', 'ID', id));
      if (/ flags=\S*b/.test(line)) return;
      await sleep(5);
    }
    throw new Error('the client never blocked');
  };

  describe('connection and server', () => {
    test('PING, ECHO and TIME answer as Redis does', async () => {
      const redis = await connect();
      expect(await redis.call('PING')).toBe('PONG');
      expect(await redis.call('PING', 'hello')).toBe('hello');
      expect(await redis.call('ECHO', 'a b')).toBe('a b');
      const [seconds, micros] = (await redis.call('TIME')) as string[];
      expect(Number(seconds)).toBeGreaterThan(1_600_000_000);
      expect(Number(micros)).toBeLessThan(1_000_000);
    });

    test('SELECT switches between sixteen separate databases', async () => {
      const redis = await connect();
      const inZero = key('shared');
      const inFifteen = key('shared', 15);
      expect(inZero).toBe(inFifteen);
      await redis.call('SET', inZero, 'zero');
      expect(await redis.call('SELECT', '15')).toBe('OK');
      expect(await redis.call('GET', inFifteen)).toBeNull();
      await redis.call('SET', inFifteen, 'fifteen');
      await redis.call('SELECT', '0');
      expect(await redis.call('GET', inZero)).toBe('zero');
      expect(await failure(redis.call('SELECT', '16'))).toBe('ERR DB index is out of range');
      expect(await failure(redis.call('SELECT', 'one'))).toBe('ERR value is not an integer or out of range');
    });

    test('INFO carries what the ioredis ready check reads, and CLIENT names connections', async () => {
      const redis = await connect();
      const info = String(await redis.call('INFO'));
      expect(info).toMatch(/^# Server\r\n/);
      expect(info).toMatch(/\r\nredis_version:7\.\d+\.\d+\r\n/);
      expect(info).toMatch(/\r\nloading:0\r\n/);
      expect(String(await redis.call('INFO', 'persistence'))).toMatch(/^# Persistence\r\n(.+\r\n)+$/);
      expect(await redis.call('CLIENT', 'GETNAME')).toBeNull();
      expect(await redis.call('CLIENT', 'SETNAME', 'parity-test')).toBe('OK');
      expect(await redis.call('CLIENT', 'GETNAME')).toBe('parity-test');
      const id = await redis.call('CLIENT', 'ID');
      expect(id).toEqual(expect.any(Number));
      expect(String(await redis.call('CLIENT', 'INFO'))).toMatch(
        new RegExp(`^id=${id} addr=\\S+ laddr=\\S+ .*name=parity-test .*db=0 .*cmd=client\\|info .*\\n$`),
      );
      expect(String(await redis.call('CLIENT', 'LIST', 'ID', String(id)))).toMatch(new RegExp(`^id=${id} `));
      expect(await failure(redis.call('CLIENT', 'SETNAME', 'two words'))).toBe(
        'ERR Client names cannot contain spaces, newlines or special characters.',
      );
    });

    test('unknown commands, unknown subcommands and wrong arities get Redis’s errors', async () => {
      const redis = await connect();
      expect(await failure(redis.call('FOOBAR', 'a', 'b c'))).toBe(
        "ERR unknown command 'FOOBAR', with args beginning with: 'a' 'b c' ",
      );
      expect(await failure(redis.call('NOPE'))).toBe("ERR unknown command 'NOPE', with args beginning with: ");
      const long = 'x'.repeat(200);
      expect(await failure(redis.call('NOPE', long, 'y'))).toBe(
        `ERR unknown command 'NOPE', with args beginning with: '${'x'.repeat(128)}' `,
      );
      expect(await failure(redis.call('XGROUP', 'FROB', 'k'))).toBe("ERR unknown subcommand 'FROB'. Try XGROUP HELP.");
      expect(await failure(redis.call('CLIENT', 'frob'))).toBe("ERR unknown subcommand 'frob'. Try CLIENT HELP.");
      expect(await failure(redis.call('GET'))).toBe("ERR wrong number of arguments for 'get' command");
      expect(await failure(redis.call('XGROUP'))).toBe("ERR wrong number of arguments for 'xgroup' command");
      expect(await failure(redis.call('XGROUP', 'CREATE', 'k'))).toBe(
        "ERR wrong number of arguments for 'xgroup|create' command",
      );
      expect(await failure(redis.call('PING', 'a', 'b'))).toBe("ERR wrong number of arguments for 'ping' command");
    });

    test('WRONGTYPE answers every command used on a key of another type', async () => {
      const redis = await connect();
      const text = key('text');
      const hash = key('hash');
      await redis.call('SET', text, 'v');
      await redis.call('HSET', hash, 'f', 'v');
      const wrongType = 'WRONGTYPE Operation against a key holding the wrong kind of value';
      for (const command of [
        ['HGET', text, 'f'],
        ['ZADD', text, '1', 'm'],
        ['ZRANGE', text, '0', '-1'],
        ['XADD', text, '*', 'f', 'v'],
        ['XRANGE', text, '-', '+'],
        ['XREAD', 'STREAMS', text, '0'],
        ['XGROUP', 'CREATE', text, 'g', '$'],
        ['GET', hash],
        ['INCR', hash],
        ['SET', hash, 'v', 'GET'],
      ]) {
        expect(await failure(redis.call(...(command as [string, ...string[]])))).toBe(wrongType);
      }
      expect(await redis.call('TYPE', text)).toBe('string');
      expect(await redis.call('TYPE', hash)).toBe('hash');
      expect(await redis.call('TYPE', key('missing'))).toBe('none');
    });
  });

  describe('strings and keys', () => {
    test('SET honours NX, XX, GET and KEEPTTL', async () => {
      const redis = await connect();
      const k = key('k');
      expect(await redis.call('SET', k, 'a', 'XX')).toBeNull();
      expect(await redis.call('SET', k, 'a', 'NX')).toBe('OK');
      expect(await redis.call('SET', k, 'b', 'NX')).toBeNull();
      expect(await redis.call('SET', k, 'b', 'NX', 'GET')).toBe('a');
      expect(await redis.call('SET', k, 'c', 'XX', 'GET')).toBe('a');
      expect(await redis.call('SET', k, 'd', 'EX', '100')).toBe('OK');
      expect(await redis.call('SET', k, 'e', 'KEEPTTL')).toBe('OK');
      expect(await redis.call('TTL', k)).toBe(100);
      expect(await redis.call('SET', k, 'f')).toBe('OK');
      expect(await redis.call('TTL', k)).toBe(-1);
      expect(await redis.call('SET', key('fresh'), 'x', 'GET')).toBeNull();
      expect(await failure(redis.call('SET', k, 'v', 'NX', 'XX'))).toBe('ERR syntax error');
      expect(await failure(redis.call('SET', k, 'v', 'EX', '10', 'PX', '10'))).toBe('ERR syntax error');
      expect(await failure(redis.call('SET', k, 'v', 'EX', '10', 'KEEPTTL'))).toBe('ERR syntax error');
      expect(await failure(redis.call('SET', k, 'v', 'EX', '0'))).toBe("ERR invalid expire time in 'set' command");
      expect(await failure(redis.call('SET', k, 'v', 'PX', '-5'))).toBe("ERR invalid expire time in 'set' command");
      expect(await failure(redis.call('SET', k, 'v', 'EX', 'soon'))).toBe(
        'ERR value is not an integer or out of range',
      );
    });

    test('INCR, DECR, INCRBY and DECRBY count in 64 bits and refuse what is not an integer', async () => {
      const redis = await connect();
      const counter = key('counter');
      expect(await redis.call('INCR', counter)).toBe(1);
      expect(await redis.call('INCRBY', counter, '41')).toBe(42);
      expect(await redis.call('DECR', counter)).toBe(41);
      expect(await redis.call('DECRBY', counter, '-9')).toBe(50);
      expect(await redis.call('GET', counter)).toBe('50');
      await redis.call('SET', counter, '9223372036854775806');
      await redis.call('INCR', counter);
      // Read back as a string: ioredis turns integer replies into (lossy, beyond 2^53) JavaScript numbers.
      expect(await redis.call('GET', counter)).toBe('9223372036854775807');
      expect(await failure(redis.call('INCR', counter))).toBe('ERR increment or decrement would overflow');
      expect(await failure(redis.call('DECRBY', counter, '-9223372036854775808'))).toBe('ERR decrement would overflow');
      for (const notAnInteger of ['1.5', ' 1', '01', '+1', 'abc', '']) {
        await redis.call('SET', counter, notAnInteger);
        expect(await failure(redis.call('INCR', counter))).toBe('ERR value is not an integer or out of range');
      }
      expect(await failure(redis.call('INCRBY', counter, '1e3'))).toBe('ERR value is not an integer or out of range');
    });

    test('MSET, MGET, GETDEL, DEL, UNLINK and EXISTS', async () => {
      const redis = await connect();
      const [a, b, c, hash] = [key('a'), key('b'), key('c'), key('hash')];
      await redis.call('HSET', hash, 'f', 'v');
      expect(await redis.call('MSET', a, '1', b, '2')).toBe('OK');
      expect(await redis.call('MGET', a, b, c, hash)).toEqual(['1', '2', null, null]);
      expect(await redis.call('EXISTS', a, a, c, hash)).toBe(3);
      expect(await redis.call('GETDEL', a)).toBe('1');
      expect(await redis.call('GETDEL', a)).toBeNull();
      expect(await redis.call('DEL', a, b, hash)).toBe(2);
      await redis.call('SET', c, 'x');
      expect(await redis.call('UNLINK', c, a)).toBe(1);
      expect(await failure(redis.call('MSET', a, '1', b))).toBe("ERR wrong number of arguments for 'mset' command");
    });

    test('keys expire on time, with TTL, PTTL, EXPIRE options and PERSIST', async () => {
      const redis = await connect();
      const k = key('k');
      expect(await redis.call('TTL', k)).toBe(-2);
      await redis.call('SET', k, 'v', 'PX', '100');
      const pttl = Number(await redis.call('PTTL', k));
      expect(pttl).toBeGreaterThan(0);
      expect(pttl).toBeLessThanOrEqual(100);
      await sleep(150);
      expect(await redis.call('GET', k)).toBeNull();
      expect(await redis.call('EXISTS', k)).toBe(0);
      expect(await redis.call('PTTL', k)).toBe(-2);

      await redis.call('SET', k, 'v');
      expect(await redis.call('TTL', k)).toBe(-1);
      expect(await redis.call('EXPIRE', k, '100', 'XX')).toBe(0);
      expect(await redis.call('EXPIRE', k, '100', 'NX')).toBe(1);
      expect(await redis.call('EXPIRE', k, '200', 'NX')).toBe(0);
      expect(await redis.call('EXPIRE', k, '50', 'GT')).toBe(0);
      expect(await redis.call('EXPIRE', k, '50', 'LT')).toBe(1);
      expect(await redis.call('TTL', k)).toBe(50);
      expect(await redis.call('INCR', key('n'))).toBe(1);
      await redis.call('PEXPIRE', key('n'), '60000');
      await redis.call('INCR', key('n'));
      expect(await redis.call('TTL', key('n'))).toBe(60);
      expect(await redis.call('PERSIST', k)).toBe(1);
      expect(await redis.call('PERSIST', k)).toBe(0);
      expect(await redis.call('EXPIRE', key('missing'), '10')).toBe(0);
      expect(await redis.call('EXPIRE', k, '-1')).toBe(1);
      expect(await redis.call('EXISTS', k)).toBe(0);
      await redis.call('SET', k, 'v', 'PXAT', String(Date.now() - 1000));
      expect(await redis.call('GET', k)).toBeNull();
      await redis.call('SET', k, 'v', 'EXAT', String(Math.floor(Date.now() / 1000) + 1000));
      expect(Number(await redis.call('TTL', k))).toBeGreaterThan(990);
      expect(await failure(redis.call('EXPIRE', k, '10', 'NX', 'XX'))).toBe(
        'ERR NX and XX, GT or LT options at the same time are not compatible',
      );
      expect(await failure(redis.call('EXPIRE', k, '10', 'GT', 'LT'))).toBe(
        'ERR GT and LT options at the same time are not compatible',
      );
      expect(await failure(redis.call('EXPIRE', k, '10', 'SOON'))).toBe('ERR Unsupported option SOON');
      expect(await failure(redis.call('EXPIRE', k, '9223372036854775'))).toBe(
        "ERR invalid expire time in 'expire' command",
      );
    });

    test('KEYS and SCAN find keys by pattern and type', async () => {
      const redis = await connect();
      const prefix = key('');
      const names = ['a1', 'a2', 'b1', 'h1', 'z1'].map((name) => key(name));
      await redis.call('MSET', names[0] ?? '', '1', names[1] ?? '', '2', names[2] ?? '', '3');
      await redis.call('HSET', names[3] ?? '', 'f', 'v');
      await redis.call('ZADD', names[4] ?? '', '1', 'm');
      expect(((await redis.call('KEYS', `${prefix}*`)) as string[]).sort()).toEqual([...names].sort());
      expect(((await redis.call('KEYS', `${prefix}a?`)) as string[]).sort()).toEqual(names.slice(0, 2));
      const matching = async (pattern: string) => ((await redis.call('KEYS', prefix + pattern)) as string[]).sort();
      expect(await matching('[ab]1')).toEqual([names[0], names[2]]);
      expect(await matching('[^ab]1')).toEqual([names[3], names[4]]);
      expect(await matching('[a-h]1')).toEqual([names[0], names[2], names[3]]);
      expect(await matching('\\a*')).toEqual(names.slice(0, 2));
      expect(await matching('*[2]')).toEqual([names[1]]);

      const scanAll = async (...options: string[]) => {
        const found: string[] = [];
        let cursor = '0';
        do {
          const [next, page] = (await redis.call('SCAN', cursor, ...options)) as [string, string[]];
          found.push(...page);
          cursor = next;
        } while (cursor !== '0');
        return found.sort();
      };
      expect(await scanAll('MATCH', `${prefix}*`, 'COUNT', '1000')).toEqual([...names].sort());
      expect(await scanAll('MATCH', `${prefix}*`, 'COUNT', '1000', 'TYPE', 'hash')).toEqual([names[3]]);
      expect(await failure(redis.call('SCAN', 'x'))).toBe('ERR invalid cursor');
      expect(await failure(redis.call('SCAN', '0', 'COUNT', '0'))).toBe('ERR syntax error');
      expect(await failure(redis.call('SCAN', '0', 'SIDEWAYS', '1'))).toBe('ERR syntax error');
    });
  });

  describe('hashes', () => {
    test('HSET, HGET, HMGET, HGETALL, HLEN, HEXISTS, HDEL and HINCRBY', async () => {
      const redis = await connect();
      const h = key('h');
      expect(await redis.call('HSET', h, 'b', '1', 'a', '2')).toBe(2);
      expect(await redis.call('HSET', h, 'b', '3', 'c', '4')).toBe(1);
      expect(await redis.call('HGET', h, 'b')).toBe('3');
      expect(await redis.call('HGET', h, 'nope')).toBeNull();
      expect(await redis.call('HMGET', h, 'a', 'nope', 'c')).toEqual(['2', null, '4']);
      expect(await redis.call('HGETALL', h)).toEqual(['b', '3', 'a', '2', 'c', '4']);
      expect(await redis.call('HLEN', h)).toBe(3);
      expect(await redis.call('HEXISTS', h, 'a')).toBe(1);
      expect(await redis.call('HINCRBY', h, 'a', '40')).toBe(42);
      expect(await redis.call('HINCRBY', h, 'new', '-1')).toBe(-1);
      expect(await failure(redis.call('HINCRBY', h, 'a', 'x'))).toBe('ERR value is not an integer or out of range');
      await redis.call('HSET', h, 'text', 'abc');
      expect(await failure(redis.call('HINCRBY', h, 'text', '1'))).toBe('ERR hash value is not an integer');
      expect(await redis.call('HDEL', h, 'a', 'b', 'nope')).toBe(2);
      expect(await redis.call('HDEL', h, 'c', 'new', 'text')).toBe(3);
      expect(await redis.call('EXISTS', h)).toBe(0);
      expect(await redis.call('HGETALL', h)).toEqual([]);
      expect(await failure(redis.call('HSET', h, 'f', 'v', 'g'))).toBe(
        "ERR wrong number of arguments for 'hset' command",
      );
    });
  });

  describe('sorted sets', () => {
    test('ZADD with NX, XX, GT, LT, CH and INCR, and scores formatted as Redis formats them', async () => {
      const redis = await connect();
      const z = key('z');
      expect(await redis.call('ZADD', z, '1.1', 'a', '2', 'b', '1e20', 'c', '-inf', 'd')).toBe(4);
      expect(await redis.call('ZSCORE', z, 'a')).toBe('1.1000000000000001');
      expect(await redis.call('ZSCORE', z, 'c')).toBe('1e+20');
      expect(await redis.call('ZSCORE', z, 'd')).toBe('-inf');
      // 2^-25 lies exactly halfway between two 17-digit decimals: printf rounds such ties to even.
      await redis.call('ZADD', key('tie'), '2.98023223876953125e-08', 'm');
      expect(await redis.call('ZSCORE', key('tie'), 'm')).toBe('2.9802322387695312e-08');
      expect(await redis.call('ZADD', z, 'NX', '5', 'a', '0.5', 'e')).toBe(1);
      expect(await redis.call('ZADD', z, 'XX', 'CH', '5', 'a', '9', 'nope')).toBe(1);
      expect(await redis.call('ZADD', z, 'GT', 'CH', '4', 'a', '3', 'b')).toBe(1);
      expect(await redis.call('ZADD', z, 'LT', 'CH', '4', 'a')).toBe(1);
      expect(await redis.call('ZADD', z, 'INCR', '0.25', 'a')).toBe('4.25');
      expect(await redis.call('ZADD', z, 'INCR', 'NX', '1', 'a')).toBeNull();
      expect(await redis.call('ZADD', z, 'GT', 'INCR', '-1', 'a')).toBeNull();
      expect(await redis.call('ZCARD', z)).toBe(5);
      expect(await redis.call('ZREM', z, 'a', 'nope')).toBe(1);
      expect(await redis.call('ZADD', key('none'), 'XX', '1', 'a')).toBe(0);
      expect(await redis.call('EXISTS', key('none'))).toBe(0);
      await redis.call('ZADD', z, 'inf', 'top');
      expect(await failure(redis.call('ZADD', z, 'INCR', '-inf', 'top'))).toBe(
        'ERR resulting score is not a number (NaN)',
      );
      expect(await failure(redis.call('ZADD', z, 'NX', 'XX', '1', 'a'))).toBe(
        'ERR XX and NX options at the same time are not compatible',
      );
      expect(await failure(redis.call('ZADD', z, 'GT', 'NX', '1', 'a'))).toBe(
        'ERR GT, LT, and/or NX options at the same time are not compatible',
      );
      expect(await failure(redis.call('ZADD', z, 'INCR', '1', 'a', '2', 'b'))).toBe(
        'ERR INCR option supports a single increment-element pair',
      );
      for (const score of ['x', 'nan', '', ' 1', '1e999']) {
        expect(await failure(redis.call('ZADD', z, score, 'a'))).toBe('ERR value is not a valid float');
      }
      expect(await failure(redis.call('ZADD', z, '1', 'a', '2'))).toBe('ERR syntax error');
    });

    test('ZRANGE by rank, by score and by member, reversed, limited and with scores', async () => {
      const redis = await connect();
      const z = key('z');
      await redis.call('ZADD', z, '1', 'a', '2', 'b', '2', 'c', '3', 'd', '4', 'e');
      expect(await redis.call('ZRANGE', z, '0', '-1')).toEqual(['a', 'b', 'c', 'd', 'e']);
      expect(await redis.call('ZRANGE', z, '-2', '100', 'WITHSCORES')).toEqual(['d', '3', 'e', '4']);
      expect(await redis.call('ZRANGE', z, '3', '1')).toEqual([]);
      expect(await redis.call('ZRANGE', z, '0', '1', 'REV')).toEqual(['e', 'd']);
      expect(await redis.call('ZRANGE', z, '(1', '3', 'BYSCORE')).toEqual(['b', 'c', 'd']);
      expect(await redis.call('ZRANGE', z, '+inf', '(2', 'BYSCORE', 'REV', 'WITHSCORES')).toEqual(['e', '4', 'd', '3']);
      expect(await redis.call('ZRANGE', z, '-inf', '+inf', 'BYSCORE', 'LIMIT', '1', '2')).toEqual(['b', 'c']);
      expect(await redis.call('ZRANGE', z, '-inf', '+inf', 'BYSCORE', 'LIMIT', '2', '-1')).toEqual(['c', 'd', 'e']);
      expect(await redis.call('ZRANGE', z, '-inf', '+inf', 'BYSCORE', 'LIMIT', '-1', '2')).toEqual([]);
      expect(await redis.call('ZRANGE', z, '5', '1', 'BYSCORE')).toEqual([]);
      expect(await redis.call('ZRANGE', key('missing'), '0', '-1')).toEqual([]);
      const lex = key('lex');
      await redis.call('ZADD', lex, '0', 'apple', '0', 'banana', '0', 'cherry');
      expect(await redis.call('ZRANGE', lex, '[b', '+', 'BYLEX')).toEqual(['banana', 'cherry']);
      expect(await redis.call('ZRANGE', lex, '(cherry', '-', 'BYLEX', 'REV')).toEqual(['banana', 'apple']);
      expect(await failure(redis.call('ZRANGE', z, '0', '1', 'LIMIT', '0', '1'))).toBe(
        'ERR syntax error, LIMIT is only supported in combination with either BYSCORE or BYLEX',
      );
      expect(await failure(redis.call('ZRANGE', lex, '[a', '[b', 'BYLEX', 'WITHSCORES'))).toBe(
        'ERR syntax error, WITHSCORES not supported in combination with BYLEX',
      );
      expect(await failure(redis.call('ZRANGE', lex, 'a', 'b', 'BYLEX'))).toBe(
        'ERR min or max not valid string range item',
      );
      expect(await failure(redis.call('ZRANGE', z, 'low', '1', 'BYSCORE'))).toBe('ERR min or max is not a float');
      expect(await failure(redis.call('ZRANGE', z, '0', '1', 'SIDEWAYS'))).toBe('ERR syntax error');
    });

    test('a sliding-window rate limit: ZREMRANGEBYSCORE, ZADD and ZCARD in one transaction', async () => {
      const redis = await connect();
      const window = key('window');
      const counts: number[] = [];
      for (const at of [1000, 1100, 1200, 1300, 1400]) {
        const replies = await redis
          .multi()
          .call('ZREMRANGEBYSCORE', window, '-inf', `(${at - 250}`)
          .call('ZADD', window, String(at), `request-${at}`)
          .call('ZCARD', window)
          .exec();
        counts.push(Number(replies?.[2]?.[1]));
      }
      expect(counts).toEqual([1, 2, 3, 3, 3]);
      expect(await redis.call('ZCOUNT', window, '1200', '+inf')).toBe(3);
      expect(await redis.call('ZCOUNT', window, '(1200', '1300')).toBe(1);
      expect(await redis.call('ZREMRANGEBYSCORE', window, '-inf', '+inf')).toBe(3);
      expect(await redis.call('EXISTS', window)).toBe(0);
      expect(await failure(redis.call('ZCOUNT', window, 'x', '1'))).toBe('ERR min or max is not a float');
    });
  });

  describe('streams', () => {
    test('XADD makes increasing IDs, takes explicit and <ms>-* IDs, and refuses IDs not above the top item', async () => {
      const redis = await connect();
      const s = key('s');
      const first = String(await redis.call('XADD', s, '*', 'n', '1'));
      const second = String(await redis.call('XADD', s, '*', 'n', '2'));
      const [firstMs, firstSeq] = first.split('-').map(BigInt);
      const [secondMs, secondSeq] = second.split('-').map(BigInt);
      expect(secondMs === firstMs ? (secondSeq ?? 0n) > (firstSeq ?? 0n) : (secondMs ?? 0n) > (firstMs ?? 0n)).toBe(
        true,
      );

      const t = key('t');
      expect(await redis.call('XADD', t, '5-1', 'a', '1')).toBe('5-1');
      expect(await redis.call('XADD', t, '5-*', 'a', '2')).toBe('5-2');
      expect(await redis.call('XADD', t, '6-*', 'a', '3')).toBe('6-0');
      expect(await redis.call('XADD', t, '7', 'a', '4')).toBe('7-0');
      const notAbove = 'ERR The ID specified in XADD is equal or smaller than the target stream top item';
      expect(await failure(redis.call('XADD', t, '7-0', 'a', '1'))).toBe(notAbove);
      expect(await failure(redis.call('XADD', t, '6-*', 'a', '1'))).toBe(notAbove);
      expect(await failure(redis.call('XADD', key('u'), '0-0', 'a', '1'))).toBe(
        'ERR The ID specified in XADD must be greater than 0-0',
      );
      expect(await redis.call('XADD', key('u'), '0-*', 'a', '1')).toBe('0-1');
      expect(await failure(redis.call('XADD', t, '8-x', 'a', '1'))).toBe(
        'ERR Invalid stream ID specified as stream command argument',
      );
      expect(await failure(redis.call('XADD', t, '*', 'a'))).toBe("ERR wrong number of arguments for 'xadd' command");
      expect(await redis.call('XADD', key('absent'), 'NOMKSTREAM', '*', 'a', '1')).toBeNull();
      expect(await redis.call('EXISTS', key('absent'))).toBe(0);
      expect(await redis.call('XLEN', t)).toBe(4);
    });

    test('XADD and XTRIM trim exactly with MAXLEN and MINID, and by whole nodes with ~', async () => {
      const redis = await connect();
      const s = key('s');
      for (let i = 1; i <= 10; i++) await redis.call('XADD', s, 'MAXLEN', '5', `${i}-0`, 'n', String(i));
      expect(await redis.call('XLEN', s)).toBe(5);
      expect(await redis.call('XADD', s, 'MINID', '=', '8', '11-0', 'n', '11')).toBe('11-0');
      expect(await redis.call('XRANGE', s, '-', '+', 'COUNT', '1')).toEqual([['8-0', ['n', '8']]]);
      expect(await redis.call('XTRIM', s, 'MAXLEN', '2')).toBe(2);
      expect(await redis.call('XTRIM', s, 'MINID', '11')).toBe(1);
      expect(await redis.call('XTRIM', key('missing'), 'MAXLEN', '0')).toBe(0);

      // Approximate trimming removes only whole nodes (100 entries, or 4 KB), like Redis's listpacks.
      const small = key('small');
      const smallAdds = redis.pipeline();
      for (let i = 0; i < 250; i++) smallAdds.call('XADD', small, 'MAXLEN', '~', '100', '*', 'f', String(i));
      await smallAdds.exec();
      expect(await redis.call('XLEN', small)).toBe(150);
      const large = key('large');
      const largeAdds = redis.pipeline();
      // Explicit IDs: with `*` the IDs, and so the node sizes, would depend on timing, on Redis as well.
      for (let i = 1; i <= 60; i++)
        largeAdds.call('XADD', large, 'MAXLEN', '~', '10', `${i}-1`, 'field', 'x'.repeat(200) + i);
      await largeAdds.exec();
      expect(await redis.call('XLEN', large)).toBe(22);
      expect(fields(await redis.call('XINFO', 'STREAM', large))['radix-tree-keys']).toBe(2);
      const limited = key('limited');
      const limitedAdds = redis.pipeline();
      for (let i = 0; i < 300; i++) limitedAdds.call('XADD', limited, '*', 'n', String(i));
      await limitedAdds.exec();
      expect(await redis.call('XTRIM', limited, 'MAXLEN', '~', '0', 'LIMIT', '150')).toBe(100);
      expect(await redis.call('XTRIM', limited, 'MINID', '~', '0')).toBe(0);
      expect(await redis.call('XTRIM', limited, 'MAXLEN', '~', '0')).toBe(200);
      expect(await redis.call('XLEN', limited)).toBe(0);
      // Deleted entries keep their room in a node: the 101st entry starts a new node all the same.
      const holes = key('holes');
      const holeAdds = redis.pipeline();
      for (let i = 1; i <= 100; i++) holeAdds.call('XADD', holes, `${i}-1`, 'f', 'v');
      for (let i = 51; i <= 100; i++) holeAdds.call('XDEL', holes, `${i}-1`);
      await holeAdds.exec();
      await redis.call('XADD', holes, '101-1', 'f', 'v');
      expect(fields(await redis.call('XINFO', 'STREAM', holes))).toMatchObject({ length: 51, 'radix-tree-keys': 2 });
      expect(await failure(redis.call('XADD', s, 'MAXLEN', '-1', '*', 'a', '1'))).toBe(
        'ERR The MAXLEN argument must be >= 0.',
      );
      expect(await failure(redis.call('XADD', s, 'LIMIT', '5', '*', 'a', '1'))).toBe(
        'ERR syntax error, LIMIT cannot be used without specifying a trimming strategy',
      );
      expect(await failure(redis.call('XADD', s, 'MAXLEN', '1', 'LIMIT', '5', '*', 'a', '1'))).toBe(
        'ERR syntax error, LIMIT cannot be used without the special ~ option',
      );
      expect(await failure(redis.call('XTRIM', s, 'MAXLEN', '1', 'MINID', '1'))).toBe(
        'ERR syntax error, MAXLEN and MINID options at the same time are not compatible',
      );
      expect(await failure(redis.call('XTRIM', s, 'MAXLEN', '1', 'SIDEWAYS'))).toBe('ERR syntax error');
    });

    test('XRANGE and XREVRANGE with -, +, exclusive bounds and COUNT; XDEL and XLEN', async () => {
      const redis = await connect();
      const s = key('s');
      for (const id of ['1-1', '1-2', '2-0', '3-5']) await redis.call('XADD', s, id, 'id', id);
      const entry = (id: string) => [id, ['id', id]];
      expect(await redis.call('XRANGE', s, '-', '+')).toEqual(['1-1', '1-2', '2-0', '3-5'].map(entry));
      expect(await redis.call('XRANGE', s, '1', '2')).toEqual(['1-1', '1-2', '2-0'].map(entry));
      expect(await redis.call('XRANGE', s, '(1-1', '(3-5')).toEqual(['1-2', '2-0'].map(entry));
      expect(await redis.call('XREVRANGE', s, '+', '-', 'COUNT', '2')).toEqual(['3-5', '2-0'].map(entry));
      expect(await redis.call('XREVRANGE', s, '(3-5', '1-2')).toEqual(['2-0', '1-2'].map(entry));
      expect(await redis.call('XRANGE', s, '-', '+', 'COUNT', '0')).toBeNull();
      expect(await redis.call('XRANGE', s, '5', '+')).toEqual([]);
      expect(await redis.call('XRANGE', key('missing'), '-', '+')).toEqual([]);
      expect(await redis.call('XDEL', s, '1-2', '9-9', '1-2')).toBe(1);
      expect(await redis.call('XLEN', s)).toBe(3);
      expect(await redis.call('XLEN', key('missing'))).toBe(0);
      expect(await failure(redis.call('XRANGE', s, '(-', '+'))).toBe(
        'ERR Invalid stream ID specified as stream command argument',
      );
      expect(await failure(redis.call('XRANGE', s, '-', '(0-0'))).toBe('ERR invalid end ID for the interval');
      expect(await failure(redis.call('XRANGE', s, '-', '+', 'LIMIT', '1'))).toBe('ERR syntax error');
      expect(await failure(redis.call('XDEL', s, '1-1', 'nope'))).toBe(
        'ERR Invalid stream ID specified as stream command argument',
      );
      expect(await redis.call('XLEN', s)).toBe(3);
    });

    test('XREAD reads after an ID, from several streams, with COUNT and $', async () => {
      const redis = await connect();
      const [a, b] = [key('a'), key('b')];
      await redis.call('XADD', a, '1-1', 'f', 'a1');
      await redis.call('XADD', a, '1-2', 'f', 'a2');
      await redis.call('XADD', b, '2-1', 'f', 'b1');
      expect(await redis.call('XREAD', 'COUNT', '1', 'STREAMS', a, b, '0', '0')).toEqual([
        [a, [['1-1', ['f', 'a1']]]],
        [b, [['2-1', ['f', 'b1']]]],
      ]);
      expect(await redis.call('XREAD', 'STREAMS', a, b, key('missing'), '1-1', '2-1', '0')).toEqual([
        [a, [['1-2', ['f', 'a2']]]],
      ]);
      expect(await redis.call('XREAD', 'STREAMS', a, '$')).toBeNull();
      expect(await failure(redis.call('XREAD', 'STREAMS', a, b, '0'))).toBe(
        "ERR Unbalanced XREAD list of streams: for each stream key an ID or '$' must be specified.",
      );
      expect(await failure(redis.call('XREAD', 'STREAMS', a, '>'))).toBe(
        'ERR The > ID can be specified only when calling XREADGROUP using the GROUP <group> <consumer> option.',
      );
      expect(await failure(redis.call('XREAD', 'BLOCK', '-1', 'STREAMS', a, '0'))).toBe('ERR timeout is negative');
      expect(await failure(redis.call('XREAD', 'GROUP', 'g', 'c', 'STREAMS', a, '0'))).toBe(
        'ERR The GROUP option is only supported by XREADGROUP. You called XREAD instead.',
      );
    });

    test('a blocked XREAD wakes up when another connection adds an entry', async () => {
      const [reader, writer, admin] = [await connect(), await connect(), await connect()];
      const s = key('s');
      await writer.call('XADD', s, '1-1', 'old', '1');
      const read = await whenBlocked(admin, reader, ['XREAD', 'BLOCK', '0', 'STREAMS', s, '$']);
      await writer.call('XADD', s, '2-1', 'new', '1');
      expect(await read.reply).toEqual([[s, [['2-1', ['new', '1']]]]]);
    });

    test('a blocked XREAD times out with a null reply', async () => {
      const reader = await connect();
      const started = Date.now();
      expect(await reader.call('XREAD', 'BLOCK', '200', 'STREAMS', key('s'), '$')).toBeNull();
      expect(Date.now() - started).toBeGreaterThanOrEqual(190);
      expect(await reader.call('PING')).toBe('PONG');
    });

    test('XGROUP CREATE from $, 0 or an ID, with MKSTREAM, and its errors', async () => {
      const redis = await connect();
      const s = key('s');
      expect(await failure(redis.call('XGROUP', 'CREATE', s, 'g', '$'))).toBe(
        'ERR The XGROUP subcommand requires the key to exist. Note that for CREATE you may want to use the MKSTREAM option to create an empty stream automatically.',
      );
      expect(await redis.call('XGROUP', 'CREATE', s, 'g', '$', 'MKSTREAM')).toBe('OK');
      expect(await redis.call('TYPE', s)).toBe('stream');
      expect(await redis.call('XLEN', s)).toBe(0);
      expect(await failure(redis.call('XGROUP', 'CREATE', s, 'g', '0'))).toBe(
        'BUSYGROUP Consumer Group name already exists',
      );
      await redis.call('XADD', s, '1-1', 'f', 'v');
      expect(await redis.call('XGROUP', 'CREATE', s, 'from-zero', '0')).toBe('OK');
      expect(await redis.call('XGROUP', 'CREATE', s, 'from-id', '1-1', 'ENTRIESREAD', '1')).toBe('OK');
      expect(await failure(redis.call('XGROUP', 'CREATE', s, 'bad', '0', 'ENTRIESREAD', '-5'))).toBe(
        'ERR value for ENTRIESREAD must be positive or -1',
      );
      expect(await failure(redis.call('XGROUP', 'CREATE', s, 'bad', '0', 'SIDEWAYS'))).toBe(
        "ERR unknown subcommand or wrong number of arguments for 'CREATE'. Try XGROUP HELP.",
      );
      expect(await failure(redis.call('XGROUP', 'SETID', s, 'nope', '0'))).toBe(
        `NOGROUP No such consumer group 'nope' for key name '${s}'`,
      );
    });

    test('XREADGROUP delivers new entries once, re-reads a consumer’s pending entries, and XACK settles them', async () => {
      const redis = await connect();
      const s = key('s');
      for (const id of ['1-1', '2-1', '3-1']) await redis.call('XADD', s, id, 'id', id);
      await redis.call('XGROUP', 'CREATE', s, 'g', '0');
      expect(await redis.call('XREADGROUP', 'GROUP', 'g', 'alice', 'COUNT', '2', 'STREAMS', s, '>')).toEqual([
        [
          s,
          [
            ['1-1', ['id', '1-1']],
            ['2-1', ['id', '2-1']],
          ],
        ],
      ]);
      expect(await redis.call('XREADGROUP', 'GROUP', 'g', 'bob', 'STREAMS', s, '>')).toEqual([
        [s, [['3-1', ['id', '3-1']]]],
      ]);
      expect(await redis.call('XREADGROUP', 'GROUP', 'g', 'bob', 'STREAMS', s, '>')).toBeNull();
      // An explicit ID reads the consumer's own pending entries after it, and counts another delivery.
      expect(await redis.call('XREADGROUP', 'GROUP', 'g', 'alice', 'STREAMS', s, '0')).toEqual([
        [
          s,
          [
            ['1-1', ['id', '1-1']],
            ['2-1', ['id', '2-1']],
          ],
        ],
      ]);
      expect(await redis.call('XREADGROUP', 'GROUP', 'g', 'alice', 'COUNT', '1', 'STREAMS', s, '1-1')).toEqual([
        [s, [['2-1', ['id', '2-1']]]],
      ]);
      expect(await redis.call('XREADGROUP', 'GROUP', 'g', 'carol', 'STREAMS', s, '0')).toEqual([[s, []]]);
      const pending = (await redis.call('XPENDING', s, 'g', '-', '+', '10')) as unknown[][];
      expect(pending.map(([id, consumer, , deliveries]) => [id, consumer, deliveries])).toEqual([
        ['1-1', 'alice', 2],
        ['2-1', 'alice', 3],
        ['3-1', 'bob', 1],
      ]);
      expect(await redis.call('XACK', s, 'g', '1-1', '3-1', '9-9')).toBe(2);
      expect(await redis.call('XACK', s, 'g', '1-1')).toBe(0);
      expect(await redis.call('XACK', s, 'nope', 'x')).toBe(0);
      expect(await redis.call('XPENDING', s, 'g')).toEqual([1, '2-1', '2-1', [['alice', '1']]]);
      // A pending entry deleted from the stream is reported with a null body.
      await redis.call('XDEL', s, '2-1');
      expect(await redis.call('XREADGROUP', 'GROUP', 'g', 'alice', 'STREAMS', s, '0')).toEqual([[s, [['2-1', null]]]]);
      await redis.call('XADD', s, '4-1', 'id', '4-1');
      expect(await redis.call('XREADGROUP', 'GROUP', 'g', 'bob', 'NOACK', 'STREAMS', s, '>')).toEqual([
        [s, [['4-1', ['id', '4-1']]]],
      ]);
      expect(await redis.call('XPENDING', s, 'g')).toEqual([1, '2-1', '2-1', [['alice', '1']]]);
      expect(await failure(redis.call('XREADGROUP', 'GROUP', 'nope', 'c', 'STREAMS', s, '>'))).toBe(
        `NOGROUP No such key '${s}' or consumer group 'nope' in XREADGROUP with GROUP option`,
      );
      expect(await failure(redis.call('XREADGROUP', 'GROUP', 'g', 'c', 'STREAMS', key('missing'), '>'))).toBe(
        `NOGROUP No such key '${key('missing')}' or consumer group 'g' in XREADGROUP with GROUP option`,
      );
      expect(await failure(redis.call('XREADGROUP', 'GROUP', 'g', 'c', 'STREAMS', s, '$'))).toMatch(
        /^ERR The \$ ID is meaningless in the context of XREADGROUP/,
      );
      expect(await failure(redis.call('XREADGROUP', 'COUNT', '1', 'NOACK', 'STREAMS', s, '>'))).toBe(
        'ERR Missing GROUP option for XREADGROUP',
      );
    });

    test('XREADGROUP after XGROUP SETID hands pending entries to the new reader with a fresh delivery count', async () => {
      const redis = await connect();
      const s = key('s');
      await redis.call('XADD', s, '1-1', 'f', 'v');
      await redis.call('XGROUP', 'CREATE', s, 'g', '0');
      await redis.call('XREADGROUP', 'GROUP', 'g', 'alice', 'STREAMS', s, '>');
      await redis.call('XREADGROUP', 'GROUP', 'g', 'alice', 'STREAMS', s, '0');
      expect(await redis.call('XGROUP', 'SETID', s, 'g', '0')).toBe('OK');
      expect(await redis.call('XREADGROUP', 'GROUP', 'g', 'bob', 'STREAMS', s, '>')).toEqual([
        [s, [['1-1', ['f', 'v']]]],
      ]);
      const [[, consumer, , deliveries]] = (await redis.call('XPENDING', s, 'g', '-', '+', '1')) as [PendingRow];
      expect([consumer, deliveries]).toEqual(['bob', 1]);
    });

    test('XPENDING lists pending entries with idle times, filtered by IDLE, range, count and consumer', async () => {
      const redis = await connect();
      const s = key('s');
      for (const id of ['1-1', '2-1', '3-1', '4-1']) await redis.call('XADD', s, id, 'f', 'v');
      await redis.call('XGROUP', 'CREATE', s, 'g', '0');
      expect(await redis.call('XPENDING', s, 'g')).toEqual([0, null, null, null]);
      await redis.call('XREADGROUP', 'GROUP', 'g', 'bob', 'COUNT', '1', 'STREAMS', s, '>');
      await redis.call('XREADGROUP', 'GROUP', 'g', 'alice', 'STREAMS', s, '>');
      await sleep(60);
      expect(await redis.call('XPENDING', s, 'g')).toEqual([
        4,
        '1-1',
        '4-1',
        [
          ['alice', '3'],
          ['bob', '1'],
        ],
      ]);
      const rows = (await redis.call('XPENDING', s, 'g', 'IDLE', '50', '(1-1', '+', '2')) as unknown[][];
      expect(rows.map(([id, consumer, , deliveries]) => [id, consumer, deliveries])).toEqual([
        ['2-1', 'alice', 1],
        ['3-1', 'alice', 1],
      ]);
      for (const [, , idle] of rows) expect(Number(idle)).toBeGreaterThanOrEqual(50);
      expect(await redis.call('XPENDING', s, 'g', 'IDLE', '100000', '-', '+', '10')).toEqual([]);
      const bobs = (await redis.call('XPENDING', s, 'g', '-', '+', '10', 'bob')) as unknown[][];
      expect(bobs.map(([id]) => id)).toEqual(['1-1']);
      expect(await redis.call('XPENDING', s, 'g', '-', '+', '10', 'nobody')).toEqual([]);
      expect(await redis.call('XPENDING', s, 'g', '-', '+', '-1')).toEqual([]);
      expect(await failure(redis.call('XPENDING', s, 'g', '-', '+'))).toBe('ERR syntax error');
      expect(await failure(redis.call('XPENDING', s, 'nope'))).toBe(
        `NOGROUP No such key '${s}' or consumer group 'nope'`,
      );
    });

    test('XAUTOCLAIM claims idle entries, counts the delivery, pages with a cursor and reports deleted entries', async () => {
      const redis = await connect();
      const s = key('s');
      for (const id of ['1-1', '2-1', '3-1', '4-1']) await redis.call('XADD', s, id, 'id', id);
      await redis.call('XGROUP', 'CREATE', s, 'g', '0');
      await redis.call('XREADGROUP', 'GROUP', 'g', 'alice', 'STREAMS', s, '>');
      expect(await redis.call('XAUTOCLAIM', s, 'g', 'bob', '100000', '0-0')).toEqual(['0-0', [], []]);
      await sleep(60);
      expect(await redis.call('XAUTOCLAIM', s, 'g', 'bob', '50', '0-0', 'COUNT', '2')).toEqual([
        '3-1',
        [
          ['1-1', ['id', '1-1']],
          ['2-1', ['id', '2-1']],
        ],
        [],
      ]);
      expect(await redis.call('XAUTOCLAIM', s, 'g', 'bob', '0', '3-1', 'JUSTID')).toEqual(['0-0', ['3-1', '4-1'], []]);
      const owners = (await redis.call('XPENDING', s, 'g', '-', '+', '10')) as unknown[][];
      expect(owners.map(([id, consumer, , deliveries]) => [id, consumer, deliveries])).toEqual([
        ['1-1', 'bob', 2],
        ['2-1', 'bob', 2],
        ['3-1', 'bob', 1],
        ['4-1', 'bob', 1],
      ]);
      await redis.call('XDEL', s, '1-1', '2-1', '3-1');
      expect(await redis.call('XAUTOCLAIM', s, 'g', 'carol', '0', '0-0', 'COUNT', '2')).toEqual([
        '3-1',
        [],
        ['1-1', '2-1'],
      ]);
      expect(await redis.call('XAUTOCLAIM', s, 'g', 'carol', '0', '(2-1')).toEqual([
        '0-0',
        [['4-1', ['id', '4-1']]],
        ['3-1'],
      ]);
      expect(await redis.call('XPENDING', s, 'g')).toEqual([1, '4-1', '4-1', [['carol', '1']]]);
      expect(await failure(redis.call('XAUTOCLAIM', s, 'g', 'c', 'soon', '0'))).toBe(
        'ERR Invalid min-idle-time argument for XAUTOCLAIM',
      );
      expect(await failure(redis.call('XAUTOCLAIM', s, 'g', 'c', '0', '0', 'COUNT', '0'))).toBe(
        'ERR COUNT must be > 0',
      );
      expect(await failure(redis.call('XAUTOCLAIM', s, 'nope', 'c', '0', '0'))).toBe(
        `NOGROUP No such key '${s}' or consumer group 'nope'`,
      );
    });

    test('XCLAIM respects the minimum idle time and takes IDLE, RETRYCOUNT, JUSTID and FORCE', async () => {
      const redis = await connect();
      const s = key('s');
      for (const id of ['1-1', '2-1', '3-1']) await redis.call('XADD', s, id, 'id', id);
      await redis.call('XGROUP', 'CREATE', s, 'g', '0');
      await redis.call('XREADGROUP', 'GROUP', 'g', 'alice', 'COUNT', '2', 'STREAMS', s, '>');
      const table = async () =>
        ((await redis.call('XPENDING', s, 'g', '-', '+', '10')) as unknown[][]).map(([id, consumer, , n]) => [
          id,
          consumer,
          n,
        ]);
      expect(await redis.call('XCLAIM', s, 'g', 'bob', '100000', '1-1')).toEqual([]);
      expect(await redis.call('XCLAIM', s, 'g', 'bob', '0', '1-1')).toEqual([['1-1', ['id', '1-1']]]);
      expect(await redis.call('XCLAIM', s, 'g', 'bob', '0', '2-1', 'JUSTID')).toEqual(['2-1']);
      expect(await table()).toEqual([
        ['1-1', 'bob', 2],
        ['2-1', 'bob', 1],
      ]);
      expect(await redis.call('XCLAIM', s, 'g', 'carol', '0', '1-1', 'IDLE', '5000', 'RETRYCOUNT', '7')).toEqual([
        ['1-1', ['id', '1-1']],
      ]);
      const [[, , idle]] = (await redis.call('XPENDING', s, 'g', '1-1', '1-1', '1')) as [PendingRow];
      expect(Number(idle)).toBeGreaterThanOrEqual(5000);
      expect(await redis.call('XCLAIM', s, 'g', 'bob', '0', '3-1')).toEqual([]);
      expect(await redis.call('XCLAIM', s, 'g', 'bob', '0', '3-1', 'FORCE')).toEqual([['3-1', ['id', '3-1']]]);
      await redis.call('XDEL', s, '2-1');
      expect(await redis.call('XCLAIM', s, 'g', 'bob', '0', '2-1')).toEqual([]);
      expect(await table()).toEqual([
        ['1-1', 'carol', 7],
        ['3-1', 'bob', 2],
      ]);
      expect(await failure(redis.call('XCLAIM', s, 'g', 'bob', '0', '1-1', 'SIDEWAYS'))).toBe(
        "ERR Unrecognized XCLAIM option 'SIDEWAYS'",
      );
      expect(await failure(redis.call('XCLAIM', s, 'g', 'bob', '0', '1-1', 'IDLE', 'x'))).toBe(
        'ERR Invalid IDLE option argument for XCLAIM',
      );
      expect(await failure(redis.call('XCLAIM', s, 'nope', 'bob', '0', '1-1'))).toBe(
        `NOGROUP No such key '${s}' or consumer group 'nope'`,
      );
    });

    test('XINFO reports stream, group and consumer state, including entries-read and lag', async () => {
      const redis = await connect();
      const s = key('s');
      for (const id of ['1-1', '2-1', '3-1', '4-1', '5-1']) await redis.call('XADD', s, id, 'id', id);
      await redis.call('XGROUP', 'CREATE', s, 'g', '0');
      await redis.call('XGROUP', 'CREATE', s, 'latest', '$');
      const groups = async () =>
        ((await redis.call('XINFO', 'GROUPS', s)) as unknown[]).map((group) => {
          const { name, pending, consumers, ...rest } = fields(group);
          return {
            name,
            pending,
            consumers,
            lastDelivered: rest['last-delivered-id'],
            entriesRead: rest['entries-read'],
            lag: rest.lag,
          };
        });
      expect(await groups()).toEqual([
        { name: 'g', pending: 0, consumers: 0, lastDelivered: '0-0', entriesRead: null, lag: 5 },
        { name: 'latest', pending: 0, consumers: 0, lastDelivered: '5-1', entriesRead: null, lag: 0 },
      ]);
      await redis.call('XREADGROUP', 'GROUP', 'g', 'alice', 'COUNT', '2', 'STREAMS', s, '>');
      expect((await groups())[0]).toMatchObject({ pending: 2, consumers: 1, entriesRead: 2, lag: 3 });
      await redis.call('XDEL', s, '4-1');
      expect((await groups())[0]).toMatchObject({ entriesRead: 2, lag: null });
      await redis.call('XREADGROUP', 'GROUP', 'g', 'bob', 'STREAMS', s, '>');
      expect((await groups())[0]).toMatchObject({
        pending: 4,
        consumers: 2,
        lastDelivered: '5-1',
        entriesRead: 5,
        lag: 0,
      });

      const stream = fields(await redis.call('XINFO', 'STREAM', s));
      expect(stream).toMatchObject({
        length: 4,
        'radix-tree-keys': 1,
        'last-generated-id': '5-1',
        'max-deleted-entry-id': '4-1',
        'entries-added': 5,
        'recorded-first-entry-id': '1-1',
        groups: 2,
        'first-entry': ['1-1', ['id', '1-1']],
        'last-entry': ['5-1', ['id', '5-1']],
      });
      const consumers = ((await redis.call('XINFO', 'CONSUMERS', s, 'g')) as unknown[]).map(fields);
      expect(consumers.map(({ name, pending }) => [name, pending])).toEqual([
        ['alice', 2],
        ['bob', 2],
      ]);
      for (const { idle } of consumers) expect(idle).toEqual(expect.any(Number));
      expect(await failure(redis.call('XINFO', 'STREAM', key('missing')))).toBe('ERR no such key');
      expect(await failure(redis.call('XINFO', 'CONSUMERS', s, 'nope'))).toBe(
        `NOGROUP No such consumer group 'nope' for key name '${s}'`,
      );
    });

    test('XGROUP CREATECONSUMER, DELCONSUMER and DESTROY', async () => {
      const redis = await connect();
      const s = key('s');
      await redis.call('XADD', s, '1-1', 'f', 'v');
      await redis.call('XGROUP', 'CREATE', s, 'g', '0');
      expect(await redis.call('XGROUP', 'CREATECONSUMER', s, 'g', 'alice')).toBe(1);
      expect(await redis.call('XGROUP', 'CREATECONSUMER', s, 'g', 'alice')).toBe(0);
      await redis.call('XREADGROUP', 'GROUP', 'g', 'alice', 'STREAMS', s, '>');
      expect(await redis.call('XGROUP', 'DELCONSUMER', s, 'g', 'alice')).toBe(1);
      expect(await redis.call('XGROUP', 'DELCONSUMER', s, 'g', 'alice')).toBe(0);
      expect(await redis.call('XPENDING', s, 'g')).toEqual([0, null, null, null]);
      expect(await redis.call('XGROUP', 'DESTROY', s, 'g')).toBe(1);
      expect(await redis.call('XGROUP', 'DESTROY', s, 'g')).toBe(0);
      expect(await redis.call('XINFO', 'GROUPS', s)).toEqual([]);
    });

    test('a blocked XREADGROUP is woken by an XADD from another connection, one consumer per entry', async () => {
      const [first, second, writer, admin] = [await connect(), await connect(), await connect(), await connect()];
      const s = key('s');
      await writer.call('XGROUP', 'CREATE', s, 'g', '$', 'MKSTREAM');
      const read = (client: Redis, name: string) =>
        whenBlocked(admin, client, ['XREADGROUP', 'GROUP', 'g', name, 'BLOCK', '0', 'STREAMS', s, '>']);
      const firstRead = await read(first, 'first');
      const secondRead = await read(second, 'second');
      await writer.call('XADD', s, '1-1', 'n', '1');
      expect(await firstRead.reply).toEqual([[s, [['1-1', ['n', '1']]]]]);
      await writer.call('XADD', s, '2-1', 'n', '2');
      expect(await secondRead.reply).toEqual([[s, [['2-1', ['n', '2']]]]]);
      const pending = (await writer.call('XPENDING', s, 'g', '-', '+', '10')) as unknown[][];
      expect(pending.map(([id, consumer, , n]) => [id, consumer, n])).toEqual([
        ['1-1', 'first', 1],
        ['2-1', 'second', 1],
      ]);
    });

    test('a blocked XREADGROUP times out with a null reply, and one that disconnects takes no entry', async () => {
      const [reader, leaver, writer, admin] = [await connect(), await connect(), await connect(), await connect()];
      const s = key('s');
      await writer.call('XGROUP', 'CREATE', s, 'g', '$', 'MKSTREAM');
      const started = Date.now();
      expect(await reader.call('XREADGROUP', 'GROUP', 'g', 'reader', 'BLOCK', '200', 'STREAMS', s, '>')).toBeNull();
      expect(Date.now() - started).toBeGreaterThanOrEqual(190);
      await whenBlocked(admin, leaver, ['XREADGROUP', 'GROUP', 'g', 'leaver', 'BLOCK', '0', 'STREAMS', s, '>']);
      leaver.disconnect();
      await sleep(50);
      await writer.call('XADD', s, '1-1', 'n', '1');
      expect(await reader.call('XREADGROUP', 'GROUP', 'g', 'reader', 'STREAMS', s, '>')).toEqual([
        [s, [['1-1', ['n', '1']]]],
      ]);
      expect(await writer.call('XPENDING', s, 'g')).toEqual([1, '1-1', '1-1', [['reader', '1']]]);
    });

    test('destroying a group answers its blocked readers with NOGROUP', async () => {
      const [reader, admin] = [await connect(), await connect()];
      const s = key('s');
      await admin.call('XGROUP', 'CREATE', s, 'g', '$', 'MKSTREAM');
      const read = await whenBlocked(admin, reader, ['XREADGROUP', 'GROUP', 'g', 'c', 'BLOCK', '0', 'STREAMS', s, '>']);
      await admin.call('XGROUP', 'DESTROY', s, 'g');
      expect(await failure(read.reply)).toBe('NOGROUP the consumer group this client was blocked on no longer exists');
    });

    test('retries through XAUTOCLAIM until a dead-letter stream takes the entry, as the platform’s consumer does', async () => {
      const redis = await connect();
      const [s, deadLetters] = [key('events'), key('dead-letters')];
      const maxDeliveries = 3;
      await redis.call('XGROUP', 'CREATE', s, 'search', '0', 'MKSTREAM');
      const id = String(await redis.call('XADD', s, '*', 'event', '{"poison":true}'));
      await redis.call('XREADGROUP', 'GROUP', 'search', 'worker', 'COUNT', '10', 'STREAMS', s, '>');
      const attempts: number[] = [];
      while (attempts.length < 10) {
        const [[, , , deliveries]] = (await redis.call('XPENDING', s, 'search', id, id, '1')) as [PendingRow];
        attempts.push(deliveries);
        if (deliveries >= maxDeliveries) {
          await redis.call('XADD', deadLetters, '*', 'event', '{"poison":true}', 'sourceId', id, 'error', 'boom');
          await redis.call('XACK', s, 'search', id);
          break;
        }
        await sleep(30);
        const [, claimed] = (await redis.call('XAUTOCLAIM', s, 'search', 'worker', '20', '0-0', 'COUNT', '10')) as [
          string,
          unknown[],
        ];
        expect(claimed).toHaveLength(1);
      }
      expect(attempts).toEqual([1, 2, 3]);
      expect(await redis.call('XPENDING', s, 'search')).toEqual([0, null, null, null]);
      const [[, body]] = (await redis.call('XRANGE', deadLetters, '-', '+')) as [[string, string[]]];
      expect(fields(body)).toEqual({ event: '{"poison":true}', sourceId: id, error: 'boom' });
    });
  });

  describe('transactions, pipelining and pub/sub', () => {
    test('MULTI queues commands and EXEC runs them, answering errors in place', async () => {
      const redis = await connect();
      const [k, text] = [key('k'), key('text')];
      await redis.call('SET', text, 'abc');
      expect(await redis.call('MULTI')).toBe('OK');
      expect(await redis.call('INCR', k)).toBe('QUEUED');
      expect(await redis.call('INCR', text)).toBe('QUEUED');
      expect(await redis.call('GET', k)).toBe('QUEUED');
      const replies = (await redis.call('EXEC')) as unknown[];
      expect(replies[0]).toBe(1);
      expect((replies[1] as Error).message).toBe('ERR value is not an integer or out of range');
      expect(replies[2]).toBe('1');
      // Inside a transaction a blocking read cannot wait: it answers at once, as on a timeout.
      await redis.call('MULTI');
      await redis.call('XREAD', 'BLOCK', '0', 'STREAMS', key('stream'), '$');
      expect(await redis.call('EXEC')).toEqual([null]);
      expect(await redis.multi().set(k, '5').incrby(k, 5).get(k).exec()).toEqual([
        [null, 'OK'],
        [null, 10],
        [null, '10'],
      ]);
    });

    test('a rejected command aborts the transaction; DISCARD drops it; MULTI does not nest', async () => {
      const redis = await connect();
      const k = key('k');
      await redis.call('MULTI');
      expect(await failure(redis.call('MULTI'))).toBe('ERR MULTI calls can not be nested');
      await redis.call('SET', k, '1');
      expect(await failure(redis.call('NOPE'))).toBe("ERR unknown command 'NOPE', with args beginning with: ");
      expect(await failure(redis.call('EXEC'))).toBe('EXECABORT Transaction discarded because of previous errors.');
      expect(await redis.call('EXISTS', k)).toBe(0);
      await redis.call('MULTI');
      expect(await failure(redis.call('WATCH', k))).toBe('ERR WATCH inside MULTI is not allowed');
      await redis.call('SET', k, '1');
      expect(await redis.call('DISCARD')).toBe('OK');
      expect(await redis.call('EXISTS', k)).toBe(0);
      expect(await failure(redis.call('EXEC'))).toBe('ERR EXEC without MULTI');
      expect(await failure(redis.call('DISCARD'))).toBe('ERR DISCARD without MULTI');
      // A refused WATCH or nested MULTI is answered on the spot and does not doom the transaction.
      await redis.call('MULTI');
      expect(await failure(redis.call('WATCH', k))).toBe('ERR WATCH inside MULTI is not allowed');
      expect(await failure(redis.call('MULTI'))).toBe('ERR MULTI calls can not be nested');
      await redis.call('SET', k, '1');
      expect(await redis.call('EXEC')).toEqual(['OK']);
    });

    test('WATCH aborts EXEC when another client changed a watched key, and only then', async () => {
      const [redis, other] = [await connect(), await connect()];
      const [k, untouched] = [key('k'), key('untouched')];
      await redis.call('SET', k, '1');
      await redis.call('WATCH', k, untouched);
      await other.call('SET', k, '2');
      await redis.call('MULTI');
      await redis.call('SET', k, '3');
      expect(await redis.call('EXEC')).toBeNull();
      expect(await redis.call('GET', k)).toBe('2');
      await redis.call('WATCH', k);
      await other.call('GET', k);
      await redis.call('MULTI');
      await redis.call('SET', k, '4');
      expect(await redis.call('EXEC')).toEqual(['OK']);
      await redis.call('WATCH', k);
      await other.call('DEL', k);
      await redis.call('UNWATCH');
      await redis.call('MULTI');
      await redis.call('SET', k, '5');
      expect(await redis.call('EXEC')).toEqual(['OK']);
      await redis.call('SET', k, 'v', 'PX', '50');
      await redis.call('WATCH', k);
      await sleep(100);
      await redis.call('MULTI');
      await redis.call('SET', k, '6');
      expect(await redis.call('EXEC')).toBeNull();
    });

    test('pipelined commands are answered in order', async () => {
      const redis = await connect();
      const k = key('k');
      const pipeline = redis.pipeline();
      for (let i = 0; i < 1000; i++) pipeline.incr(k);
      pipeline.get(k);
      const results = (await pipeline.exec()) ?? [];
      expect(results).toHaveLength(1001);
      expect(results.slice(0, 1000).map(([, value]) => value)).toEqual(Array.from({ length: 1000 }, (_, i) => i + 1));
      expect(results[1000]).toEqual([null, '1000']);
    });

    test('PUBLISH reaches channel and pattern subscribers and counts them', async () => {
      const [subscriber, patterns, publisher] = [await connect(), await connect(), await connect()];
      const channel = key('cache-invalidation');
      const messages: string[][] = [];
      subscriber.on('message', (from: string, message: string) => messages.push(['message', from, message]));
      patterns.on('pmessage', (pattern: string, from: string, message: string) =>
        messages.push(['pmessage', pattern, from, message]),
      );
      expect(await subscriber.subscribe(channel, `${channel}:other`)).toBe(2);
      expect(await patterns.psubscribe(`${channel.slice(0, -5)}*`)).toBe(1);
      expect(await publisher.call('PUBLISH', channel, 'course:42')).toBe(2);
      expect(await publisher.call('PUBLISH', key('nobody-listens'), 'x')).toBe(0);
      await sleep(50);
      // The two subscribers are separate connections, so the two deliveries may arrive in either order.
      expect(messages).toHaveLength(2);
      expect(messages).toEqual(
        expect.arrayContaining([
          ['message', channel, 'course:42'],
          ['pmessage', `${channel.slice(0, -5)}*`, channel, 'course:42'],
        ]),
      );
      expect(await subscriber.unsubscribe(channel)).toBe(1);
      expect(await publisher.call('PUBLISH', channel, 'again')).toBe(1);
    });
  });
};

describe.skipIf(skipReason !== undefined)(targetTitle('redis', skipReason), () => suite('redis'));
describe(targetTitle('stand-in'), () => suite('stand-in'));
