import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { type RedisStandIn, startRedisStandIn } from '../src/redis-stand-in/index.js';
import { failure, waitFor } from './redis-stand-in-harness.js';

// What only the stand-in can be asked: its own API and command line, and where it knowingly differs
// from the Redis server the parity suites compare it with.

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

  const connect = async (url = standIn.url) => {
    const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    clients.push(client);
    await client.connect();
    return client;
  };

  test('listens on a free loopback port and reports it', () => {
    expect(standIn.host).toBe('127.0.0.1');
    expect(standIn.port).toBeGreaterThan(0);
    expect(standIn.url).toBe(`redis://127.0.0.1:${standIn.port}`);
  });

  test('answers a command the product does not use with Redis’s unknown-command error', async () => {
    const redis = await connect();
    expect(await failure(redis.call('HSET', 'hash', 'field', 'value'))).toBe(
      "ERR unknown command 'HSET', with args beginning with: 'hash' 'field' 'value' ",
    );
    expect(await redis.call('PING')).toBe('PONG');
  });

  test('refuses CLIENT SETINFO as Redis 7.0 does, which ioredis sends on connect and shrugs off', async () => {
    const redis = await connect();
    expect(await failure(redis.call('CLIENT', 'SETINFO', 'LIB-NAME', 'x'))).toBe(
      "ERR unknown subcommand 'SETINFO'. Try CLIENT HELP.",
    );
    expect(await redis.call('PING')).toBe('PONG');
  });

  test('refuses a request that is not a RESP array (Redis’s inline commands) with a protocol error', async () => {
    const socket = createConnection({ host: standIn.host, port: standIn.port });
    let received = '';
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1');
    });
    socket.write('PING\r\n');
    await once(socket, 'close');
    expect(received).toBe("-ERR Protocol error: expected '*', got 'P'\r\n");
  });

  test('says in INFO server that it is the stand-in, so that tests can tell it from a real Redis', async () => {
    const redis = await connect();
    expect(await redis.info('server')).toMatch(/\r\nlearngraph_redis_stand_in:1\r\n/);
  });

  test('carries an entry of several megabytes intact', async () => {
    const redis = await connect();
    const value = Buffer.alloc(5 * 1024 * 1024, 'abc\r\n\0').toString('latin1');
    await redis.call('XADD', 'big', '1-1', 'f', value);
    expect(await redis.call('XRANGE', 'big', '-', '+')).toEqual([['1-1', ['f', value]]]);
  });

  test('close() disconnects clients, including blocked ones, and frees the port', async () => {
    const own = await startRedisStandIn();
    const [blocked, admin] = [await connect(own.url), await connect(own.url)];
    await blocked.call('XGROUP', 'CREATE', 's', 'g', '$', 'MKSTREAM');
    await blocked.call('CLIENT', 'SETNAME', 'blocked');
    const read = blocked.call('XREADGROUP', 'GROUP', 'g', 'c', 'BLOCK', '0', 'STREAMS', 's', '>').then(
      () => 'answered',
      () => 'disconnected',
    );
    await waitFor('the read blocks', async () =>
      / name=blocked .*flags=b/.test(String(await admin.call('CLIENT', 'LIST'))),
    );
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
