import { randomUUID } from 'node:crypto';
import { createTestDatabase } from '@learngraph/prisma';
import {
  createLogger,
  createRedis,
  type Logger,
  routerSignatureHeader,
  signRouterRequest,
} from '@learngraph/service-kit';
import {
  type GraphQLResponse,
  generateRouterKey,
  generateTestKeys,
  serveForTest,
  testRedisUrl,
} from '@learngraph/service-kit/testing';
import { createDatabase } from '../../src/db.js';
import { createUsersServer, type UsersServerDeps } from '../../src/server.js';

export interface UsersTestOptions {
  /** Where the sign-in throttle keeps its windows (default the test Redis). */
  redisUrl?: string;
  /** Sign-in limits replacing the production defaults (10 failures, 50 attempts, 15-minute windows). */
  signInThrottle?: Partial<UsersServerDeps['signInThrottle']>;
  logger?: Logger;
}

/**
 * A users subgraph on a fresh database, listening on a free port, counting its SQL statements, with its
 * sign-in throttle in Redis under keys of its own.
 */
export async function startUsers(options: UsersTestOptions = {}) {
  const database = await createTestDatabase('users');
  const sql: string[] = [];
  const db = createDatabase(database.url, (statement) => sql.push(statement));
  const logger = options.logger ?? createLogger('users-test', 'silent');
  const redis = createRedis(options.redisUrl ?? testRedisUrl(), logger, 'users-test');
  const keys = generateTestKeys();
  const routerKey = generateRouterKey();
  const service = await serveForTest(
    await createUsersServer({
      db,
      redis,
      jwtPrivateKey: keys.privateKey,
      accessTokenTtlSeconds: 600,
      signInThrottle: {
        account: { limit: 10, windowMs: 900_000 },
        address: { limit: 50, windowMs: 900_000 },
        timeoutMs: 500,
        keyPrefix: `test:users:sign-in:${randomUUID()}`,
        ...options.signInThrottle,
      },
      logger,
      routerKeys: [routerKey],
    }),
    async () => {
      redis.disconnect();
      await db.$disconnect();
      await database.drop();
    },
    routerKey,
  );
  return {
    db,
    sql,
    keys,
    query: service.query,
    /** Like `query`, as the router sends a request from the caller at `clientAddress`. */
    async queryFrom<Data = Record<string, unknown>>(
      clientAddress: string,
      query: string,
      variables: Record<string, unknown> = {},
    ): Promise<GraphQLResponse<Data>> {
      const body = JSON.stringify({ query, variables });
      const response = await fetch(`${service.baseUrl}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-learngraph-client-address': clientAddress,
          [routerSignatureHeader]: signRouterRequest(routerKey, body),
        },
        body,
      });
      return { status: response.status, ...((await response.json()) as Omit<GraphQLResponse<Data>, 'status'>) };
    },
    close: service.close,
  };
}

export type UsersUnderTest = Awaited<ReturnType<typeof startUsers>>;
