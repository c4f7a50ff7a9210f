import { hostname } from 'node:os';
import {
  eventRetry,
  loadConfig,
  logLevel,
  port,
  postgresUrl,
  redisUrl,
  routerTrust,
  tokenTrust,
} from '@learngraph/service-kit';
import { z } from 'zod';

/**
 * The learning-paths subgraph's configuration, read from the environment once at start-up.
 *
 * @example
 * PORT=4004 DATABASE_URL=postgresql://… REDIS_URL=redis://… JWKS_URL=http://127.0.0.1:4002/.well-known/jwks.json node dist/index.js
 */
export function readConfig(env: Record<string, string | undefined> = process.env) {
  return loadConfig(
    {
      PORT: port(4004),
      HOST: z.string().default('127.0.0.1'),
      DATABASE_URL: postgresUrl(),
      REDIS_URL: redisUrl(),
      ...tokenTrust,
      /** The catalog's event stream, read to keep the copy of known resources. */
      CATALOG_EVENTS_STREAM: z.string().min(1).default('learngraph:catalog:events'),
      /** The users subgraph's event stream, read to erase what a deleted account leaves here. */
      USERS_EVENTS_STREAM: z.string().min(1).default('learngraph:users:events'),
      /** Name of this process in the `learning-paths` consumer group; unique per replica. */
      CONSUMER_NAME: z.string().min(1).default(`${hostname()}-${process.pid}`),
      ...eventRetry,
      ...routerTrust,
      LOG_LEVEL: logLevel(),
    },
    env,
  );
}

export type LearningPathsConfig = ReturnType<typeof readConfig>;
