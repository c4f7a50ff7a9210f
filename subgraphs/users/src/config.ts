import {
  loadConfig,
  logLevel,
  pem,
  port,
  positiveInt,
  postgresUrl,
  redisUrl,
  routerTrust,
  secret,
} from '@learngraph/service-kit';
import { z } from 'zod';

/**
 * The users subgraph's configuration, read from the environment once at start-up.
 *
 * @example
 * PORT=4002 DATABASE_URL=postgresql://… REDIS_URL=redis://… SIGNING_KEY_SECRET=… ROUTER_SUBGRAPH_KEY=… node dist/index.js
 */
export function readConfig(env: Record<string, string | undefined> = process.env) {
  return loadConfig(
    {
      PORT: port(4002),
      HOST: z.string().default('127.0.0.1'),
      DATABASE_URL: postgresUrl(),
      /** The sign-in throttle's windows and the users event stream; sign-in works unthrottled without it. */
      REDIS_URL: redisUrl(),
      /** Encrypts the token-signing private keys kept in the database (AES-256-GCM under its SHA-256). */
      SIGNING_KEY_SECRET: secret(),
      /**
       * An Ed25519 private key (PKCS#8 PEM) to start signing with when the database holds no key yet, so an
       * operator can bring their own; without it the first start generates one.
       */
      JWT_PRIVATE_KEY: pem('PRIVATE KEY').optional(),
      /** How long an access token stays valid. */
      ACCESS_TOKEN_TTL_SECONDS: positiveInt(900),
      /** How long a session lasts without being refreshed. */
      REFRESH_TOKEN_TTL_SECONDS: positiveInt(30 * 24 * 3600),
      /** How long an emailed verification token stays usable. */
      EMAIL_VERIFICATION_TTL_SECONDS: positiveInt(48 * 3600),
      /** argon2id memory in KiB, passes and lanes; OWASP's minimum by default (19 MiB, 2, 1). */
      ARGON2_MEMORY_KIB: positiveInt(19_456),
      ARGON2_TIME_COST: positiveInt(2),
      ARGON2_PARALLELISM: positiveInt(1),
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
      /** Stream the outbox relay appends users events to (deleted accounts, role changes, verifications). */
      USERS_EVENTS_STREAM: z.string().min(1).default('learngraph:users:events'),
      ...routerTrust,
      LOG_LEVEL: logLevel(),
    },
    env,
  );
}

export type UsersConfig = ReturnType<typeof readConfig>;
