import {
  loadConfig,
  logLevel,
  pem,
  port,
  positiveInt,
  postgresUrl,
  redisUrl,
  routerTrust,
} from '@learngraph/service-kit';
import { z } from 'zod';

/**
 * The users subgraph's configuration, read from the environment once at start-up.
 *
 * @example
 * PORT=4002 DATABASE_URL=postgresql://… REDIS_URL=redis://… JWT_PRIVATE_KEY="-----BEGIN PRIVATE KEY-----…" node dist/index.js
 */
export function readConfig(env: Record<string, string | undefined> = process.env) {
  return loadConfig(
    {
      PORT: port(4002),
      HOST: z.string().default('127.0.0.1'),
      DATABASE_URL: postgresUrl(),
      /** Holds the sign-in throttle's windows; while it is unreachable sign-in works unthrottled. */
      REDIS_URL: redisUrl(),
      /** Ed25519 private key (PKCS#8 PEM) that signs access tokens; only this subgraph holds it. */
      JWT_PRIVATE_KEY: pem('PRIVATE KEY'),
      /** How long an access token stays valid. */
      ACCESS_TOKEN_TTL_SECONDS: positiveInt(3600),
      /** Failed sign-ins one account (by email) may have within its window before sign-in is refused. */
      SIGN_IN_MAX_FAILURES_PER_ACCOUNT: positiveInt(10),
      /** The sliding window over which an account's failed sign-ins count. */
      SIGN_IN_ACCOUNT_WINDOW_SECONDS: positiveInt(900),
      /** Sign-in attempts, right or wrong, one client address may make within its window. */
      SIGN_IN_MAX_ATTEMPTS_PER_ADDRESS: positiveInt(50),
      /** The sliding window over which a client address's sign-in attempts count. */
      SIGN_IN_ADDRESS_WINDOW_SECONDS: positiveInt(900),
      /** How long sign-in waits for Redis before letting the attempt through unthrottled. */
      SIGN_IN_THROTTLE_TIMEOUT_MS: positiveInt(500),
      ...routerTrust,
      LOG_LEVEL: logLevel(),
    },
    env,
  );
}

export type UsersConfig = ReturnType<typeof readConfig>;
