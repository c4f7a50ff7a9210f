import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import type { Logger } from './output.js';
import { startRedisStandIn } from './redis-stand-in/index.js';

export interface RunningRedis {
  url: string;
  /** Whether it is the built-in stand-in, which speaks only the commands the event streams and throttles send. */
  standIn: boolean;
  stop(): Promise<void>;
}

/** The path of `command` on PATH, if it is installed. */
const which = (command: string) =>
  (process.env.PATH ?? '')
    .split(':')
    .filter(Boolean)
    .map((dir) => join(dir, command))
    .find((path) => statSync(path, { throwIfNoEntry: false })?.isFile() ?? false);

async function waitForPing(url: string, timeoutMs: number): Promise<void> {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  // Refused connections are expected while the server starts; the loop below retries them.
  client.on('error', () => {});
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      try {
        await client.connect();
        await client.ping();
        return;
      } catch (error) {
        if (Date.now() > deadline) throw error;
        client.disconnect();
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  } finally {
    client.disconnect();
  }
}

/**
 * The Redis of the stack, in order of preference: the server in `REDIS_URL`; a `redis-server` started
 * on loopback when one is installed (memory only); otherwise the stand-in, a single-node Redis-protocol
 * server in this process — enough to run the system, with a warning because it is not Redis.
 */
export async function startRedis(options: {
  url: string | undefined;
  port: number;
  log: Logger;
}): Promise<RunningRedis> {
  const { url, port, log } = options;
  if (url) {
    log.info(`Redis: using ${new URL(url).host} from REDIS_URL`);
    return { url, standIn: false, stop: async () => {} };
  }
  const binary = which('redis-server');
  if (binary) {
    const child = spawn(binary, ['--bind', '127.0.0.1', '--port', String(port), '--save', '', '--appendonly', 'no'], {
      stdio: 'ignore',
      // Its own process group, like the services: a Ctrl-C reaches the launcher, which stops Redis after them.
      detached: true,
    });
    const localUrl = `redis://127.0.0.1:${port}`;
    await waitForPing(localUrl, 10_000);
    log.info(`Redis: started ${binary} on 127.0.0.1:${port} (memory only)`);
    return {
      url: localUrl,
      standIn: false,
      stop: () =>
        new Promise((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        }),
    };
  }
  const standIn = await startRedisStandIn({ port });
  log.warn(
    `no REDIS_URL and no redis-server installed: using the built-in Redis stand-in on ${standIn.url} (single node, memory only, not for production)`,
  );
  return { url: standIn.url, standIn: true, stop: () => standIn.close() };
}
