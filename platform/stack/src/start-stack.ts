import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { databaseUrlFor, migrateDatabase, subgraphNames } from '@learngraph/prisma';
import type { StackConfig } from './config.js';
import { importDemoCatalog } from './demo-catalog.js';
import { startDevMailSink } from './dev-mail-sink.js';
import { loadOrCreateSigningKeys } from './keys.js';
import type { Logger } from './output.js';
import { startPostgres } from './postgres.js';
import { startRedis } from './redis.js';
import { localSecret } from './secrets.js';
import type { ServiceSpec } from './service-process.js';
import { edgeSpec, routerSpec, type StackEnvironment, subgraphSpecs, webSpec } from './services.js';
import { recordStackState, stateFile } from './stack-state.js';
import { type SupervisedService, superviseService } from './supervised-service.js';

// the users subgraph's default stream, which the stack does not change
const USERS_EVENTS_STREAM = 'learngraph:users:events';

export interface Stack {
  /** Brings the whole system up and resolves with its one public URL, the edge's. */
  start(): Promise<string>;
  /**
   * Ends supervision, then stops every process started so far in reverse order — also in the middle of
   * `start`, which then rejects.
   */
  stop(): Promise<void>;
}

/**
 * The whole system: PostgreSQL and Redis (real or embedded), every database migrated, the development mail
 * sink (see dev-mail-sink.ts), the four subgraphs, the demo catalog imported, the router, the web site and the
 * edge worker — each started only once what it
 * needs answers, and each restarted when it ends on its own (see `superviseService`). If anything fails to
 * start, what was started is stopped again.
 *
 * @example
 * const stack = createStack(readStackConfig(), createStackLogger(false));
 * const url = await stack.start(); // http://127.0.0.1:8787
 * await stack.stop();
 */
export function createStack(config: StackConfig, log: Logger): Stack {
  const stops: Array<() => Promise<void>> = [];
  const supervised: SupervisedService[] = [];
  let stopping = false;
  let stopped: Promise<void> | undefined;
  const policy = {
    initialDelayMs: config.RESTART_DELAY_MS,
    maxDelayMs: config.RESTART_MAX_DELAY_MS,
    resetAfterMs: config.RESTART_RESET_AFTER_MS,
  };
  const notStopping = () => {
    if (stopping) throw new Error('the stack was stopped while starting');
  };
  /** Registers what stops a part just started; stops it at once when the stack began stopping meanwhile. */
  const own = async (stopPart: () => Promise<void>) => {
    if (stopping) await stopPart();
    notStopping();
    stops.push(stopPart);
  };

  const stop = () => {
    stopped ??= (async () => {
      stopping = true;
      for (const service of supervised) service.halt();
      for (let stopPart = stops.pop(); stopPart; stopPart = stops.pop()) {
        await stopPart().catch((error: unknown) => log.warn(String(error)));
      }
    })();
    return stopped;
  };

  const run = async (spec: ServiceSpec, state: ReturnType<typeof recordStackState>) => {
    notStopping();
    const origin = new URL(spec.healthUrl).origin;
    const service = superviseService(spec, {
      policy,
      log,
      onChange: (status) => state.service(spec.name, origin, status),
    });
    supervised.push(service);
    stops.push(service.stop);
    await service.ready;
    log.info(`${spec.name} ready on ${origin}`);
  };

  const start = async () => {
    await mkdir(config.LEARNGRAPH_DATA_DIR, { recursive: true });
    const keys = await loadOrCreateSigningKeys(config.LEARNGRAPH_DATA_DIR);
    const routerKey = await localSecret(join(config.LEARNGRAPH_DATA_DIR, 'keys', 'router-subgraph-key'));
    const signingKeySecret = await localSecret(join(config.LEARNGRAPH_DATA_DIR, 'keys', 'signing-key-secret'));
    const viewKeySecret = await localSecret(join(config.LEARNGRAPH_DATA_DIR, 'keys', 'view-key-secret'));
    notStopping();
    const postgres = await startPostgres({
      serverUrl: config.POSTGRES_URL,
      dataDir: config.LEARNGRAPH_DATA_DIR,
      port: config.EMBEDDED_POSTGRES_PORT,
      log,
    });
    await own(postgres.stop);
    const redis = await startRedis({ url: config.REDIS_URL, port: config.LOCAL_REDIS_PORT, log });
    await own(redis.stop);

    const serverEnv = { POSTGRES_URL: postgres.url };
    const databaseUrls = Object.fromEntries(
      subgraphNames.map((name) => [name, databaseUrlFor(name, serverEnv)]),
    ) as StackEnvironment['databaseUrls'];
    for (const name of subgraphNames) {
      notStopping();
      const applied = await migrateDatabase(name, databaseUrls[name]);
      log.info(`database ${name}: ${applied.length === 0 ? 'up to date' : `applied ${applied.join(', ')}`}`);
    }
    const url = `http://127.0.0.1:${config.EDGE_PORT}`;
    const state = recordStackState(
      stateFile(config.LEARNGRAPH_DATA_DIR),
      { url, databaseUrls, redisUrl: redis.url },
      log,
    );
    await own(state.remove);

    const environment: StackEnvironment = {
      config,
      databaseUrls,
      redisUrl: redis.url,
      redisStandIn: redis.standIn,
      keys,
      routerKey,
      signingKeySecret,
    };
    const mailSink = await startDevMailSink({
      redisUrl: redis.url,
      stream: USERS_EVENTS_STREAM,
      mailDir: join(config.LEARNGRAPH_DATA_DIR, 'mail'),
      siteUrl: url,
      logLevel: config.LOG_LEVEL,
      log,
    });
    await own(mailSink.stop);
    await Promise.all(subgraphSpecs(environment).map((spec) => run(spec, state)));
    notStopping();
    if (!config.SKIP_DEMO_IMPORT) await importDemoCatalog(databaseUrls.catalog, log);
    for (const spec of [routerSpec(environment), webSpec(config, viewKeySecret), edgeSpec(config)])
      await run(spec, state);
    return url;
  };

  return {
    async start() {
      try {
        return await start();
      } catch (error) {
        await stop();
        throw error;
      }
    },
    stop,
  };
}
