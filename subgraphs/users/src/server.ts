import { createSubgraphServer, createTokenVerifier, type Logger, type Redis } from '@learngraph/service-kit';
import { createContextFactory } from './context.js';
import type { Database } from './db.js';
import {
  type Argon2Parameters,
  createPasswordHasher,
  createSignInThrottle,
  type SignInThrottleOptions,
} from './modules/accounts/index.js';
import { createPartnerAppRepository, resolveKeyPath, resolveKeyRoute } from './modules/partner-apps/index.js';
import { createRefreshTokens, createSessionIssuer } from './modules/sessions/index.js';
import { createSigningKeyStore, jwksPath, jwksRoute, keyCipher } from './modules/signing-keys/index.js';
import { buildUsersSchema } from './schema.js';

export interface UsersServerDeps {
  db: Database;
  /** Keeps the sign-in throttle's windows; sign-in works unthrottled while it is unreachable. */
  redis: Redis;
  /** Seals the signing keys' private halves in the database. */
  signingKeySecret: string;
  /** A key to start signing with when the database holds none (otherwise one is generated). */
  initialSigningKey?: string | undefined;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  verificationTtlSeconds: number;
  argon2: Argon2Parameters;
  /** The sign-in limits: failures per account, attempts per client address, how long to wait for Redis. */
  signInThrottle: Omit<SignInThrottleOptions, 'redis' | 'logger'>;
  logger: Logger;
  /** Keys the router signs requests with; nothing else is answered. */
  routerKeys: readonly string[];
}

/**
 * The users subgraph's HTTP server, not yet listening: GraphQL, health, the published token keys at
 * `/.well-known/jwks.json`, and the router's API key resolution at `/internal/api-keys/resolve`. Building it makes sure a signing key exists; `start()` readies GraphQL.
 */
export async function createUsersServer(deps: UsersServerDeps) {
  const { db, redis, logger, routerKeys, accessTokenTtlSeconds } = deps;
  const signingKeys = createSigningKeyStore({ db, cipher: keyCipher(deps.signingKeySecret), accessTokenTtlSeconds });
  await signingKeys.ensureKey(deps.initialSigningKey);
  const refreshTokens = createRefreshTokens(db, deps.refreshTokenTtlSeconds);
  const services = {
    db,
    passwords: createPasswordHasher(deps.argon2),
    signingKeys,
    refreshTokens,
    sessions: createSessionIssuer({ keys: signingKeys, refreshTokens, accessTokenTtlSeconds }),
    signInThrottle: createSignInThrottle({ ...deps.signInThrottle, redis, logger }),
    partnerApps: createPartnerAppRepository(db),
    verificationTtlSeconds: deps.verificationTtlSeconds,
    logger,
  };
  return createSubgraphServer({
    schema: await buildUsersSchema(),
    // The subgraph checks the tokens it signs against its own key store, without a round trip.
    context: createContextFactory(services, createTokenVerifier(signingKeys.keys)),
    routes: {
      [jwksPath]: jwksRoute(signingKeys),
      [resolveKeyPath]: resolveKeyRoute(services.partnerApps, routerKeys),
    },
    // Not Redis: without it sign-in still works, so an outage must not take the subgraph out of rotation.
    readiness: { database: () => db.$queryRaw`SELECT 1` },
    logger,
    routerKeys,
  });
}
