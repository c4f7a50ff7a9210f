import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { databaseUrlFor, migrateDatabase, subgraphNames } from '@learngraph/prisma';
import type { StackConfig } from './config.js';
import { importDemoCatalog } from './demo-catalog.js';
import { loadOrCreateSigningKeys } from './keys.js';
import type { Logger } from './output.js';
import { startPostgres } from './postgres.js';
import { startRedis } from './redis.js';
import { localSecret } from './secrets.js';
import { type RunningService, startService } from './service-process.js';
import { edgeSpec, routerSpec, type StackEnvironment, subgraphSpecs, webSpec } from './services.js';

export interface RunningStack {
  /** The one public URL: the edge worker. */
  url: string;
  stop(): Promise<void>;
}

/** Where a running stack records its URLs, for commands such as `pnpm etl` that act on it. */
export const stateFile = (dataDir: string) => join(dataDir, 'stack.json');

/**
 * Brings the whole system up: PostgreSQL and Redis (real or embedded), every database migrated, the
 * four subgraphs, the demo catalog imported, the router, the web site and the edge worker — each
 * started only once what it needs answers. If anything fails, what was started is stopped again.
 */
export async function startStack(config: StackConfig, log: Logger): Promise<RunningStack> {
  const stops: Array<() => Promise<void>> = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch((error: unknown) => log.warn(String(error)));
    stops.length = 0;
  };
  const run = async (spec: Parameters<typeof startService>[0]): Promise<RunningService> => {
    const service = await startService(spec);
    stops.push(service.stop);
    log.info(`${spec.name} ready on ${new URL(spec.healthUrl).origin}`);
    return service;
  };
  try {
    await mkdir(config.LEARNGRAPH_DATA_DIR, { recursive: true });
    const keys = await loadOrCreateSigningKeys(config.LEARNGRAPH_DATA_DIR);
    const routerKey = await localSecret(join(config.LEARNGRAPH_DATA_DIR, 'keys', 'router-subgraph-key'));
    const postgres = await startPostgres({
      serverUrl: config.POSTGRES_URL,
      dataDir: config.LEARNGRAPH_DATA_DIR,
      port: config.EMBEDDED_POSTGRES_PORT,
      log,
    });
    stops.push(postgres.stop);
    const redis = await startRedis({ url: config.REDIS_URL, port: config.LOCAL_REDIS_PORT, log });
    stops.push(redis.stop);

    const serverEnv = { POSTGRES_URL: postgres.url };
    const databaseUrls = Object.fromEntries(
      subgraphNames.map((name) => [name, databaseUrlFor(name, serverEnv)]),
    ) as StackEnvironment['databaseUrls'];
    for (const name of subgraphNames) {
      const applied = await migrateDatabase(name, databaseUrls[name]);
      log.info(`database ${name}: ${applied.length === 0 ? 'up to date' : `applied ${applied.join(', ')}`}`);
    }
    const environment: StackEnvironment = { config, databaseUrls, redisUrl: redis.url, keys, routerKey };
    await Promise.all(subgraphSpecs(environment).map(run));
    if (!config.SKIP_DEMO_IMPORT) await importDemoCatalog(databaseUrls.catalog, log);
    await run(routerSpec(environment));
    await run(webSpec(config));
    await run(edgeSpec(config));

    const url = `http://127.0.0.1:${config.EDGE_PORT}`;
    const state = stateFile(config.LEARNGRAPH_DATA_DIR);
    await writeFile(state, `${JSON.stringify({ url, databaseUrls, redisUrl: redis.url }, null, 2)}\n`, { mode: 0o600 });
    stops.push(() => rm(state, { force: true }));
    return { url, stop: stopAll };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
