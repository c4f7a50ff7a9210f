import { createHash } from 'node:crypto';
import {
  type Logger,
  type Redis,
  routerSignatureHeader,
  signRouterRequest,
  withTimeout,
} from '@learngraph/service-kit';

/** A partner app as the users subgraph resolves one of its keys. */
export interface PartnerApp {
  appId: string;
  name: string;
  scopes: string[];
  rateTier: string;
  allowedOrigins: string[];
}

export interface ApiKeyResolverOptions {
  /** The users subgraph's `POST /internal/api-keys/resolve`. */
  url: string;
  /** Signs the resolution request, as every subgraph request is signed. */
  routerKey: string;
  /** Where answers are cached; without it (or while it is away) every request asks the users subgraph. */
  redis?: Redis | undefined;
  /** How long an answer is cached: the longest a revoked key keeps working. */
  cacheSeconds: number;
  logger: Logger;
  /** How long to wait for the users subgraph (default 2 s) or for Redis (default 200 ms). */
  timeoutMs?: number;
  redisTimeoutMs?: number;
}

/** The users subgraph could not say what a key is: the request fails as unavailable, not as a wrong key. */
export class ApiKeyResolutionError extends Error {
  override name = 'ApiKeyResolutionError';
}

/**
 * Resolves partners' API keys through the users subgraph and caches each answer (unknown keys too) in Redis for
 * `cacheSeconds`, under the key's SHA-256: the cache never holds a working key. Redis is an optimisation: when it
 * fails the users subgraph is asked every time.
 *
 * @example
 * const resolver = createApiKeyResolver({ url, routerKey, redis, cacheSeconds: 30, logger });
 * const app = await resolver.resolve(req.headers['x-api-key']); // null: unknown or revoked
 */
export function createApiKeyResolver(options: ApiKeyResolverOptions) {
  const { url, routerKey, redis, cacheSeconds, logger, timeoutMs = 2_000, redisTimeoutMs = 200 } = options;
  let cacheDown = false;
  const cache = async <T>(work: (client: Redis) => Promise<T>): Promise<T | undefined> => {
    if (!redis) return undefined;
    try {
      const result = await withTimeout(work(redis), redisTimeoutMs, 'Redis');
      cacheDown = false;
      return result;
    } catch (error) {
      if (!cacheDown) logger.warn({ err: error }, 'API key cache unavailable; asking the users subgraph every time');
      cacheDown = true;
      return undefined;
    }
  };

  const ask = async (key: string): Promise<PartnerApp | null> => {
    const body = JSON.stringify({ key });
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [routerSignatureHeader]: signRouterRequest(routerKey, body) },
        body,
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      logger.warn({ err: error }, 'API key resolution failed');
      throw new ApiKeyResolutionError('The users service did not answer.');
    }
    if (response.status === 404) return null;
    if (!response.ok) throw new ApiKeyResolutionError(`The users service answered ${response.status}.`);
    return (await response.json()) as PartnerApp;
  };

  return {
    async resolve(key: string): Promise<PartnerApp | null> {
      const cacheKey = `learngraph:router:api-key:${createHash('sha256').update(key).digest('base64url')}`;
      const cached = await cache((client) => client.get(cacheKey));
      if (typeof cached === 'string') return JSON.parse(cached) as PartnerApp | null;
      const app = await ask(key);
      await cache((client) => client.set(cacheKey, JSON.stringify(app), 'EX', cacheSeconds));
      return app;
    },
  };
}

export type ApiKeyResolver = ReturnType<typeof createApiKeyResolver>;
