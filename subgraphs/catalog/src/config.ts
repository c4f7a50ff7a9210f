import { loadConfig, logLevel, port, postgresUrl, redisUrl, routerTrust, tokenTrust } from '@learngraph/service-kit';
import { z } from 'zod';

/**
 * The catalog's configuration, read from the environment once at start-up.
 *
 * @example
 * PORT=4001 DATABASE_URL=postgresql://… REDIS_URL=redis://… JWKS_URL=http://127.0.0.1:4002/.well-known/jwks.json node dist/index.js
 */
export function readConfig(env: Record<string, string | undefined> = process.env) {
  return loadConfig(
    {
      PORT: port(4001),
      HOST: z.string().default('127.0.0.1'),
      DATABASE_URL: postgresUrl(),
      REDIS_URL: redisUrl(),
      ...tokenTrust,
      /** Stream the outbox relay appends catalog events to. */
      CATALOG_EVENTS_STREAM: z.string().min(1).default('learngraph:catalog:events'),
      ...routerTrust,
      LOG_LEVEL: logLevel(),
    },
    env,
  );
}

export type CatalogConfig = ReturnType<typeof readConfig>;
