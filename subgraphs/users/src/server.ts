import { createPublicKey } from 'node:crypto';
import { createSubgraphServer, createTokenSigner, createTokenVerifier, type Logger } from '@learngraph/service-kit';
import { createContextFactory } from './context.js';
import type { Database } from './db.js';
import { buildUsersSchema } from './schema.js';

export interface UsersServerDeps {
  db: Database;
  jwtPrivateKey: string;
  accessTokenTtlSeconds: number;
  logger: Logger;
  /** Keys the router signs requests with; nothing else is answered. */
  routerKeys: readonly string[];
}

/** The users subgraph's HTTP server, not yet listening; `start()` readies GraphQL. */
export async function createUsersServer(deps: UsersServerDeps) {
  const { db, jwtPrivateKey, accessTokenTtlSeconds, logger, routerKeys } = deps;
  // The subgraph verifies the tokens it signs with the public half of its own key.
  const publicKey = createPublicKey(jwtPrivateKey).export({ type: 'spki', format: 'pem' }).toString();
  const signer = await createTokenSigner(jwtPrivateKey, accessTokenTtlSeconds);
  return createSubgraphServer({
    schema: await buildUsersSchema(),
    context: createContextFactory(db, signer, await createTokenVerifier(publicKey)),
    readiness: { database: () => db.$queryRaw`SELECT 1` },
    logger,
    routerKeys,
  });
}
