import { once } from 'node:events';
import { type AddressInfo, createServer } from 'node:net';
import { commandTable } from './command-table.js';
import { Connection } from './connection.js';
import { createServerState } from './server-state.js';

export interface RedisStandInOptions {
  /**
   * Interface to listen on; defaults to `127.0.0.1`.
   * @example { host: '0.0.0.0' }
   */
  host?: string;
  /**
   * TCP port; `0` (the default) picks a free one, reported as `port` and `url`.
   * @example { port: 6390 }
   */
  port?: number;
}

export interface RedisStandIn {
  host: string;
  port: number;
  /** `redis://host:port`, ready for ioredis or `REDIS_URL`. */
  url: string;
  /** Disconnects every client and stops listening. */
  close(): Promise<void>;
}

/**
 * Starts the Redis stand-in: a single-node, memory-only server speaking RESP2 over TCP, for machines
 * without a Redis server. Services reach it exactly as they reach Redis (through ioredis, over a
 * socket). It implements only the commands Learngraph sends — ioredis's handshake, the event streams'
 * consumer-group commands with blocking reads, the sign-in throttle's sorted sets in MULTI/EXEC, the
 * router's caches (GET, SET with EX/PX/NX/XX/KEEPTTL, MGET) and partner rate counters (INCR, INCRBY,
 * EXPIRE in MULTI/EXEC), DEL, PEXPIRE, TTL and PTTL — with Redis 7.0's replies and key expiry, and
 * answers any other command with Redis's unknown-command error.
 *
 * @example
 * const redis = await startRedisStandIn({ port: 6390 });
 * process.env.REDIS_URL = redis.url; // redis://127.0.0.1:6390
 * await redis.close();
 */
export async function startRedisStandIn(options: RedisStandInOptions = {}): Promise<RedisStandIn> {
  const { host = '127.0.0.1', port = 0 } = options;
  const state = createServerState(commandTable);
  const connections = new Set<Connection>();
  const server = createServer((socket) => {
    const connection = new Connection(socket, state);
    connections.add(connection);
    socket.on('close', () => connections.delete(connection));
  });
  server.listen(port, host);
  await once(server, 'listening');
  const actualPort = (server.address() as AddressInfo).port;

  return {
    host,
    port: actualPort,
    url: `redis://${host}:${actualPort}`,
    async close() {
      state.blocking.clear();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const connection of connections) connection.destroy();
      await closed;
    },
  };
}
