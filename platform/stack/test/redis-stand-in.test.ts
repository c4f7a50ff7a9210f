import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { type RedisStandIn, startRedisStandIn } from '../src/redis-stand-in/index.js';

// What only the stand-in can be asked: its own API and command line, and the commands the parity
// suites cannot run on a shared Redis server (FLUSHALL, DBSIZE) or where the stand-in knowingly differs.

const failure = (reply: Promise<unknown>) =>
  reply.then(
    (value) => {
      throw new Error(`expected an error reply, got ${JSON.stringify(value)}`);
    },
    (error: Error) => error.message,
  );

describe('the stand-in server', () => {
  let standIn: RedisStandIn;
  let clients: Redis[] = [];

  beforeAll(async () => {
    standIn = await startRedisStandIn();
  });
  afterAll(async () => {
    await standIn.close();
  });
  afterEach(() => {
    for (const client of clients) client.disconnect();
    clients = [];
  });

  const connect = async () => {
    const client = new Redis(standIn.url, { lazyConnect: true, maxRetriesPerRequest: 0 });
    clients.push(client);
    await client.connect();
    return client;
  };

  test('listens on a free loopback port and reports it', () => {
    expect(standIn.host).toBe('127.0.0.1');
    expect(standIn.port).toBeGreaterThan(0);
    expect(standIn.url).toBe(`redis://127.0.0.1:${standIn.port}`);
  });

  test('refuses EVAL and EVALSHA as unknown commands, like anything else it does not implement', async () => {
    const redis = await connect();
    expect(await failure(redis.call('EVAL', 'return 1', '0'))).toBe(
      "ERR unknown command 'EVAL', with args beginning with: 'return 1' '0' ",
    );
    expect(await failure(redis.call('EVALSHA', 'abc', '0'))).toBe(
      "ERR unknown command 'EVALSHA', with args beginning with: 'abc' '0' ",
    );
    expect(await failure(redis.call('LPUSH', 'list', 'x'))).toBe(
      "ERR unknown command 'LPUSH', with args beginning with: 'list' 'x' ",
    );
  });

  test('keeps clients on RESP2: HELLO 3 is refused, HELLO 2 answers', async () => {
    const redis = await connect();
    expect(await failure(redis.call('HELLO', '3'))).toBe('NOPROTO unsupported protocol version');
    const hello = (await redis.call('HELLO', '2', 'SETNAME', 'greeter')) as unknown[];
    expect(hello.slice(0, 6)).toEqual(['server', 'redis', 'version', '7.0.0', 'proto', 2]);
    expect(await redis.call('CLIENT', 'GETNAME')).toBe('greeter');
  });

  test('FLUSHDB and FLUSHALL empty databases, DBSIZE counts keys, and a flush aborts a watching EXEC', async () => {
    const [redis, other] = [await connect(), await connect()];
    await redis.call('MSET', 'a', '1', 'b', '2');
    await redis.call('SELECT', '3');
    await redis.call('SET', 'c', '3');
    expect(await redis.call('DBSIZE')).toBe(1);
    await redis.call('SELECT', '0');
    expect(await redis.call('DBSIZE')).toBe(2);
    await redis.call('WATCH', 'a');
    expect(await other.call('FLUSHDB')).toBe('OK');
    await redis.call('MULTI');
    await redis.call('SET', 'a', 'again');
    expect(await redis.call('EXEC')).toBeNull();
    expect(await failure(redis.call('FLUSHDB', 'LATER'))).toBe('ERR syntax error');
    expect(await redis.call('FLUSHALL', 'ASYNC')).toBe('OK');
    await redis.call('SELECT', '3');
    expect(await redis.call('DBSIZE')).toBe(0);
  });

  test('reclaims expired keys that nobody reads again', async () => {
    const redis = await connect();
    await redis.call('FLUSHALL');
    for (let i = 0; i < 50; i++) await redis.call('SET', `short:${i}`, 'v', 'PX', '20');
    await redis.call('SET', 'long', 'v', 'EX', '100');
    expect(await redis.call('DBSIZE')).toBe(51);
    // DBSIZE, like Redis's, counts keys not yet reclaimed; only the periodic sweep can bring it down.
    for (let attempt = 0; attempt < 100 && Number(await redis.call('DBSIZE')) > 1; attempt++) await sleep(20);
    expect(await redis.call('DBSIZE')).toBe(1);
    expect(await redis.call('INFO', 'keyspace')).toBe('# Keyspace\r\ndb0:keys=1,expires=1,avg_ttl=0\r\n');
  });

  test('answers COMMAND COUNT, INFO and DOCS from its command table', async () => {
    const redis = await connect();
    const count = Number(await redis.call('COMMAND', 'COUNT'));
    expect(count).toBeGreaterThan(70);
    expect(await redis.call('COMMAND')).toHaveLength(count);
    expect(await redis.call('COMMAND', 'INFO', 'get', 'eval')).toEqual([
      ['get', 2, ['readonly', 'fast'], 1, 1, 1, [], [], [], []],
      null,
    ]);
    expect(await redis.call('COMMAND', 'DOCS')).toEqual([]);
  });

  test('carries a value of several megabytes intact', async () => {
    const redis = await connect();
    const value = Buffer.alloc(5 * 1024 * 1024, 'abc\r\n\0').toString('latin1');
    await redis.call('SET', 'big', value);
    expect(await redis.call('GET', 'big')).toBe(value);
  });

  test('close() disconnects clients, including blocked ones, and frees the port', async () => {
    const own = await startRedisStandIn();
    const blocked = new Redis(own.url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    clients.push(blocked);
    await blocked.connect();
    const read = blocked.call('XREAD', 'BLOCK', '0', 'STREAMS', 's', '$').then(
      () => 'answered',
      () => 'disconnected',
    );
    await sleep(20);
    await own.close();
    expect(await read).toBe('disconnected');
    const again = await startRedisStandIn({ port: own.port });
    await again.close();
  });
});

describe('the command line', () => {
  const stackRoot = fileURLToPath(new URL('..', import.meta.url));
  let outDir: string;
  let child: ChildProcess | undefined;

  beforeAll(async () => {
    // Compiled the way `pnpm build` compiles it, so that the test runs the real entry point with plain node.
    outDir = await mkdtemp(join(tmpdir(), 'redis-stand-in-cli-'));
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    await promisify(execFile)(process.execPath, [
      tsc,
      ...['--outDir', outDir, '--rootDir', join(stackRoot, 'src'), '--module', 'nodenext', '--target', 'es2022'],
      ...['--moduleResolution', 'nodenext', '--types', 'node', '--skipLibCheck', '--strict'],
      join(stackRoot, 'src/redis-stand-in/main.ts'),
    ]);
  }, 60_000);
  afterAll(async () => {
    child?.kill('SIGKILL');
    await rm(outDir, { recursive: true, force: true });
  });

  test('prints where it listens, serves, and stops cleanly on SIGTERM', async () => {
    child = spawn(process.execPath, [join(outDir, 'redis-stand-in/main.js'), '--port', '0'], { stdio: 'pipe' });
    const [line] = (await once(child.stdout ?? child, 'data')) as [Buffer];
    const match = /^redis stand-in listening on (redis:\/\/127\.0\.0\.1:(\d+))\n$/.exec(line.toString());
    expect(match).not.toBeNull();
    const redis = new Redis(match?.[1] ?? '', { maxRetriesPerRequest: 0 });
    expect(await redis.ping()).toBe('PONG');
    redis.disconnect();
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
  });

  test('refuses a port that is not a number', async () => {
    const run = promisify(execFile)(process.execPath, [join(outDir, 'redis-stand-in/main.js'), '--port', 'many']);
    await expect(run).rejects.toMatchObject({ code: 1, stderr: '--port must be a TCP port number, got many\n' });
  });
});
