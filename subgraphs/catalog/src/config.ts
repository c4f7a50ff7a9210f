import { loadConfig, logLevel, pem, port, postgresUrl, redisUrl, routerTrust } from '@learngraph/service-kit';
import { z } from 'zod';

/**
 * The catalog's configuration, read from the environment once at start-up.
 *
 * @example
 * PORT=4001 DATABASE_URL=postgresql://… REDIS_URL=redis://… JWT_PUBLIC_KEY="-----BEGIN PUBLIC KEY-----…" node dist/index.js
 */
export function readConfig(env: Record<string, string | undefined> = process.env) {
  return loadConfig(
    {
      PORT: port(4001),
      HOST: z.string().default('127.0.0.1'),
      DATABASE_URL: postgresUrl(),
      REDIS_URL: redisUrl(),
      /** Verifies the access tokens the users subgraph signs. */
      JWT_PUBLIC_KEY: pem('PUBLIC KEY'),
      /** Stream the outbox relay appends catalog events to. */
      CATALOG_EVENTS_STREAM: z.string().min(1).default('learngraph:catalog:events'),
      ...routerTrust,
      LOG_LEVEL: logLevel(),
    },
    env,
  );
}

export type CatalogConfig = ReturnType<typeof readConfig>;
