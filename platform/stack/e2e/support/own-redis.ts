import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { statSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@learngraph/service-kit/testing';
import { Redis } from 'ioredis';
import { startRedisStandIn } from '../../src/redis-stand-in/index.js';
import { waitUntil } from './poll.js';

/** A Redis a scenario owns: it can be stopped and started again on the same port with its data. */
export interface OwnRedis {
  url: string;
  /** Stops it: connections are cut and new ones refused. */
  stop(): Promise<void>;
  /** Starts it again on the same port, with everything it held. */
  start(): Promise<void>;
  close(): Promise<void>;
}

const installed = (command: string) =>
  (process.env.PATH ?? '').split(':').some((dir) => statSync(join(dir, command), { throwIfNoEntry: false })?.isFile());

const answersPing = async (url: string) => {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  // A refused connection is an answer here (not yet); `connect` rejects with it.
  client.on('error', () => {});
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } finally {
    client.disconnect();
  }
};

/** redis-server with an append-only file in a temp directory, so that a restart keeps the streams. */
async function startRedisServer(port: number): Promise<OwnRedis> {
  const dir = await mkdtemp(join(tmpdir(), 'learngraph-faults-redis-'));
  await chmod(dir, 0o755);
  const url = `redis://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  const start = async () => {
    const args = ['--bind', '127.0.0.1', '--port', String(port), '--dir', dir, '--appendonly', 'yes', '--save', ''];
    child = spawn('redis-server', args, { stdio: 'ignore' });
    await waitUntil(`redis-server answers on ${url}`, () => answersPing(url), Boolean, { timeoutMs: 10_000 });
  };
  const stop = async () => {
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    await exited;
  };
  await start();
  return {
    url,
    start,
    stop,
    close: async () => {
      await stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The stand-in keeps its data in memory only, so it keeps running and clients reach it through a relay on
 * the public port: stopping closes the relay and cuts its connections, starting listens on the port again.
 */
async function startStandInBehindRelay(port: number): Promise<OwnRedis> {
  const standIn = await startRedisStandIn();
  const connections = new Set<Socket>();
  let relay: Server | undefined;
  const start = async () => {
    relay = createServer((client) => {
      const upstream = connect(standIn.port, '127.0.0.1');
      for (const socket of [client, upstream]) {
        connections.add(socket);
        socket.on('error', () => socket.destroy());
        socket.once('close', () => connections.delete(socket));
      }
      client.pipe(upstream);
      upstream.pipe(client);
      // One side going away ends the other once what it sent is through, as with a direct connection.
      client.once('close', () => upstream.end());
      upstream.once('close', () => client.end());
    });
    relay.listen(port, '127.0.0.1');
    await once(relay, 'listening');
  };
  const stop = async () => {
    const closed = new Promise((resolve) => relay?.close(resolve));
    for (const socket of connections) socket.destroy();
    await closed;
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    start,
    stop,
    close: async () => {
      await stop();
      await standIn.close();
    },
  };
}

/**
 * A Redis of the scenario's own on a free port: `redis-server` when installed, otherwise the built-in stand-in
 * behind a relay (`LEARNGRAPH_E2E_REDIS=stand-in` chooses the stand-in anyway).
 *
 * @example
 * const redis = await startOwnRedis();
 * const system = await startFaultSystem({ REDIS_URL: redis.url });
 * await redis.stop(); // … edits …
 * await redis.start();
 */
export async function startOwnRedis(): Promise<OwnRedis> {
  const port = await freePort();
  const useServer = process.env.LEARNGRAPH_E2E_REDIS !== 'stand-in' && installed('redis-server');
  return useServer ? startRedisServer(port) : startStandInBehindRelay(port);
}
