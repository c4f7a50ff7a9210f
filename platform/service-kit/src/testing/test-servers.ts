import { connect, createServer } from 'node:net';

/**
 * The Redis server tests use: `TEST_REDIS_URL`, which `pnpm test` sets to the server it provides, else
 * `REDIS_URL`, else the local server on 127.0.0.1:6379. Tests keep to keys of their own on it.
 *
 * @example
 * const redis = createRedis(testRedisUrl(), logger, 'relay-test');
 */
export function testRedisUrl(env: Record<string, string | undefined> = process.env): string {
  return env.TEST_REDIS_URL || env.REDIS_URL || 'redis://127.0.0.1:6379';
}

/**
 * A TCP port on 127.0.0.1 that nothing listens on right now: the OS picks it, and it is released at once,
 * for a server that must be told its port (a database, a child process).
 *
 * @example
 * const port = await freePort();
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/**
 * Whether nothing answers on a loopback port any more: a connection attempt is refused.
 *
 * @example
 * expect(await portIsClosed(ports.EMBEDDED_POSTGRES)).toBe(true);
 */
export function portIsClosed(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(true));
  });
}
