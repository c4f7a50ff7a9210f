import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@learngraph/service-kit/testing';
import type { Logger } from './output.js';
import { startPostgres } from './postgres.js';
import { startRedis } from './redis.js';

export interface TestServers {
  postgresUrl: string;
  redisUrl: string;
  /** Stops what was started (the servers named by URL are left alone) and removes its temporary directory. */
  stop(): Promise<void>;
}

/** `host:port` of a server URL, for messages that must not show its password. */
export const hostOf = (url: string) => new URL(url).host;

/**
 * The PostgreSQL and Redis servers the tests run against: the ones in `postgresUrl` and `redisUrl` when
 * given, otherwise started here as `pnpm start` starts them — the embedded PostgreSQL in a fresh
 * temporary data directory, `redis-server` or the stand-in — each on a free port, so that a run never
 * collides with a running stack or another run. If one cannot start, the other is stopped again.
 *
 * @example
 * const servers = await startTestServers({ postgresUrl: undefined, redisUrl: undefined, log });
 * try { await runTests(servers.postgresUrl, servers.redisUrl); } finally { await servers.stop(); }
 */
export async function startTestServers(options: {
  postgresUrl: string | undefined;
  redisUrl: string | undefined;
  log: Logger;
}): Promise<TestServers> {
  const { log } = options;
  const stops: Array<() => Promise<void>> = [];
  const stop = async () => {
    for (const step of stops.reverse()) await step().catch((error: unknown) => log.warn(String(error)));
    stops.length = 0;
  };
  try {
    let postgresUrl = options.postgresUrl;
    if (postgresUrl) log.info(`PostgreSQL: using ${hostOf(postgresUrl)} from TEST_POSTGRES_URL`);
    else {
      const dataDir = await mkdtemp(join(tmpdir(), 'learngraph-test-'));
      stops.push(() => rm(dataDir, { recursive: true, force: true }));
      // As root, the embedded PostgreSQL runs as its own system user, which must be able to enter the directory.
      await chmod(dataDir, 0o755);
      const postgres = await startPostgres({ serverUrl: undefined, dataDir, port: await freePort(), log });
      stops.push(postgres.stop);
      postgresUrl = postgres.url;
    }
    let redisUrl = options.redisUrl;
    if (redisUrl) log.info(`Redis: using ${hostOf(redisUrl)} from TEST_REDIS_URL`);
    else {
      const redis = await startRedis({ url: undefined, port: await freePort(), log });
      stops.push(redis.stop);
      redisUrl = redis.url;
    }
    return { postgresUrl, redisUrl, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
