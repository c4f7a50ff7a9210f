import { fileURLToPath } from 'node:url';
import { loadConfig, logLevel, port, positiveInt, postgresUrl, redisUrl } from '@learngraph/service-kit';
import { z } from 'zod';

/** The repository this stack runs from. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * How `pnpm start` runs the system. Everything has a default, so a fresh machine needs no settings;
 * each variable replaces one embedded default with a real service or another port.
 *
 * @example
 * POSTGRES_URL=postgresql://postgres@127.0.0.1:5432/postgres EDGE_PORT=8080 pnpm start
 */
export function readStackConfig(env: Record<string, string | undefined> = process.env) {
  return loadConfig(
    {
      /** A PostgreSQL server to create the four databases on; unset: an embedded server in the data dir. */
      POSTGRES_URL: postgresUrl().optional(),
      /** A Redis server; unset: a local redis-server when installed, else a memory-only stand-in. */
      REDIS_URL: redisUrl().optional(),
      /** Where embedded databases, keys and the stack's state live. */
      LEARNGRAPH_DATA_DIR: z.string().min(1).default(`${repoRoot}.data`),
      EMBEDDED_POSTGRES_PORT: port(54329),
      LOCAL_REDIS_PORT: port(6390),
      EDGE_PORT: port(8787),
      WEB_PORT: port(3000),
      ROUTER_PORT: port(4000),
      CATALOG_PORT: port(4001),
      USERS_PORT: port(4002),
      SEARCH_PORT: port(4003),
      LEARNING_PATHS_PORT: port(4004),
      /** Wait before restarting a service that ended on its own; doubles with each restart in a row. */
      RESTART_DELAY_MS: positiveInt(500),
      /** The longest wait between two restarts of a service. */
      RESTART_MAX_DELAY_MS: positiveInt(30_000),
      /** A service ready this long has recovered: its next restart waits RESTART_DELAY_MS again. */
      RESTART_RESET_AFTER_MS: positiveInt(60_000),
      /** Log level of every service. */
      LOG_LEVEL: logLevel().default('warn'),
      /** Skip importing the bundled provider files (they are imported on every start; re-imports change nothing). */
      SKIP_DEMO_IMPORT: z
        .enum(['0', '1', 'true', 'false'])
        .default('false')
        .transform((value) => value === '1' || value === 'true'),
    },
    env,
  );
}

export type StackConfig = ReturnType<typeof readStackConfig>;
