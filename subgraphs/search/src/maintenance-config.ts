import { loadConfig, postgresUrl, redisUrl } from '@learngraph/service-kit';
import { z } from 'zod';
import { embeddingsSettings } from './config.js';

/**
 * What the maintenance commands (`search:reindex`, `search:replay-dead-letters`) read from the environment:
 * the search database, Redis, the catalog stream and the embedder of the running service.
 */
export function readMaintenanceConfig(env: Record<string, string | undefined> = process.env) {
  return loadConfig(
    {
      DATABASE_URL: postgresUrl(),
      REDIS_URL: redisUrl(),
      CATALOG_EVENTS_STREAM: z.string().min(1).default('learngraph:catalog:events'),
      ...embeddingsSettings,
    },
    env,
  );
}
