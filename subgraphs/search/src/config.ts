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

/** Where embeddings come from; the service and its maintenance commands must agree. */
export const embeddingsSettings = {
  /**
   * An OpenAI-compatible API to embed resources and queries with, e.g. `https://api.openai.com/v1`;
   * unset, the offline hashed n-gram embedder is used. Changing it needs `pnpm search:reindex`.
   */
  EMBEDDINGS_URL: z.url().optional(),
  EMBEDDINGS_MODEL: z.string().min(1).default('text-embedding-3-small'),
  EMBEDDINGS_API_KEY: z.string().min(1).optional(),
};

/**
 * Which engine answers searches. `postgres` (the default) is embedded; `opensearch` keeps text and facets
 * in OpenSearch and vectors in Qdrant, and then needs both URLs (a missing one is named at start-up).
 */
export function readEngineConfig(env: Record<string, string | undefined> = process.env) {
  const { SEARCH_ENGINE } = loadConfig({ SEARCH_ENGINE: z.enum(['postgres', 'opensearch']).default('postgres') }, env);
  if (SEARCH_ENGINE === 'postgres') return { kind: 'postgres' as const };
  return {
    kind: 'opensearch' as const,
    ...loadConfig(
      {
        OPENSEARCH_URL: z.url(),
        QDRANT_URL: z.url(),
        /** The alias searches read; a reindex builds a new index and moves the alias onto it. */
        OPENSEARCH_INDEX: z.string().min(1).default('learning-resources'),
        QDRANT_COLLECTION: z.string().min(1).default('learning-resources'),
      },
      env,
    ),
  };
}

export type EngineConfig = ReturnType<typeof readEngineConfig>;

/**
 * The search subgraph's configuration, read from the environment once at start-up.
 *
 * @example
 * PORT=4003 DATABASE_URL=postgresql://… REDIS_URL=redis://… JWKS_URL=http://127.0.0.1:4002/.well-known/jwks.json node dist/index.js
 */
export function readConfig(env: Record<string, string | undefined> = process.env) {
  const settings = loadConfig(
    {
      PORT: port(4003),
      HOST: z.string().default('127.0.0.1'),
      DATABASE_URL: postgresUrl(),
      REDIS_URL: redisUrl(),
      ...tokenTrust,
      /** The catalog's event stream, read to keep the search index. */
      CATALOG_EVENTS_STREAM: z.string().min(1).default('learngraph:catalog:events'),
      /** Name of this process in the `search` consumer group; unique per replica. */
      CONSUMER_NAME: z.string().min(1).default(`${hostname()}-${process.pid}`),
      ...eventRetry,
      ...embeddingsSettings,
      ...routerTrust,
      LOG_LEVEL: logLevel(),
    },
    env,
  );
  return { ...settings, engine: readEngineConfig(env) };
}

export type SearchConfig = ReturnType<typeof readConfig>;
