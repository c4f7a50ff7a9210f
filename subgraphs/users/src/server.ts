import { createPublicKey } from 'node:crypto';
import {
  createSubgraphServer,
  createTokenSigner,
  createTokenVerifier,
  type Logger,
  type Redis,
} from '@learngraph/service-kit';
import { createContextFactory } from './context.js';
import type { Database } from './db.js';
import { createSignInThrottle, type SignInThrottleOptions } from './modules/accounts/index.js';
import { buildUsersSchema } from './schema.js';

export interface UsersServerDeps {
  db: Database;
  /** Keeps the sign-in throttle's windows; sign-in works unthrottled while it is unreachable. */
  redis: Redis;
  jwtPrivateKey: string;
  accessTokenTtlSeconds: number;
  /** The sign-in limits: failures per account, attempts per client address, how long to wait for Redis. */
  signInThrottle: Omit<SignInThrottleOptions, 'redis' | 'logger'>;
  logger: Logger;
  /** Keys the router signs requests with; nothing else is answered. */
  routerKeys: readonly string[];
}

/** The users subgraph's HTTP server, not yet listening; `start()` readies GraphQL. */
export async function createUsersServer(deps: UsersServerDeps) {
  const { db, redis, jwtPrivateKey, accessTokenTtlSeconds, signInThrottle, logger, routerKeys } = deps;
  // The subgraph verifies the tokens it signs with the public half of its own key.
  const publicKey = createPublicKey(jwtPrivateKey).export({ type: 'spki', format: 'pem' }).toString();
  const signer = await createTokenSigner(jwtPrivateKey, accessTokenTtlSeconds);
  const throttle = createSignInThrottle({ ...signInThrottle, redis, logger });
  return createSubgraphServer({
    schema: await buildUsersSchema(),
    context: createContextFactory(db, signer, await createTokenVerifier(publicKey), throttle),
    // Not Redis: without it sign-in still works, so an outage must not take the subgraph out of rotation.
    readiness: { database: () => db.$queryRaw`SELECT 1` },
    logger,
    routerKeys,
  });
}
