import { loadConfig, logLevel, pem, port, positiveInt, postgresUrl, routerTrust } from '@learngraph/service-kit';
import { z } from 'zod';

/**
 * The users subgraph's configuration, read from the environment once at start-up.
 *
 * @example
 * PORT=4002 DATABASE_URL=postgresql://… JWT_PRIVATE_KEY="-----BEGIN PRIVATE KEY-----…" node dist/index.js
 */
export function readConfig(env: Record<string, string | undefined> = process.env) {
  return loadConfig(
    {
      PORT: port(4002),
      HOST: z.string().default('127.0.0.1'),
      DATABASE_URL: postgresUrl(),
      /** Ed25519 private key (PKCS#8 PEM) that signs access tokens; only this subgraph holds it. */
      JWT_PRIVATE_KEY: pem('PRIVATE KEY'),
      /** How long an access token stays valid. */
      ACCESS_TOKEN_TTL_SECONDS: positiveInt(3600),
      ...routerTrust,
      LOG_LEVEL: logLevel(),
    },
    env,
  );
}

export type UsersConfig = ReturnType<typeof readConfig>;
