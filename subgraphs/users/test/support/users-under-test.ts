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
      signingKeySecret: generateRouterKey(),
      initialSigningKey: keys.privateKey,
      accessTokenTtlSeconds: 600,
      refreshTokenTtlSeconds: 3600,
      verificationTtlSeconds: 3600,
      // The cheapest argon2id the library takes: tests check behaviour, the bench measures the real cost.
      argon2: { memoryCost: 1024, timeCost: 1, parallelism: 1 },
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
  /** The newest verification token the outbox holds for `email`, as the mailer would send it. */
  const verificationToken = async (email: string): Promise<string> => {
    const events = await db.outboxEvent.findMany({
      where: { type: 'users.email-verification.requested' },
      orderBy: { sequence: 'desc' },
    });
    const event = events.find((row) => (row.payload as { email?: string }).email === email);
    if (!event) throw new Error(`no verification was requested for ${email}`);
    return (event.payload as { token: string }).token;
  };
  return {
    db,
    databaseUrl: database.url,
    sql,
    keys,
    baseUrl: service.baseUrl,
    routerKey,
    query: service.query,
    verificationToken,
    /** Signs `email` up and follows the emailed link: the session it starts. */
    async createAccount(
      email: string,
      password = 'correct horse battery',
      name = 'Ada Lovelace',
    ): Promise<TestSession> {
      const created = await service.query(
        'mutation ($input: AccountCreateInput!) { accountCreate(input: $input) { success errors { field message } } }',
        { input: { email, password, name } },
      );
      if (!(created.data?.accountCreate as { success?: boolean } | undefined)?.success)
        throw new Error(`sign-up failed: ${JSON.stringify(created)}`);
      const verified = await service.query<{ accountVerify: { record: TestSession } }>(
        `mutation ($input: AccountVerifyInput!) { accountVerify(input: $input) { record { ${sessionFields} } } }`,
        { input: { token: await verificationToken(email) } },
      );
      const session = verified.data?.accountVerify.record;
      if (!session) throw new Error(`verification failed: ${JSON.stringify(verified)}`);
      return session;
    },
    /** The published key set, as the router fetches it. */
    jwks: () => fetch(`${service.baseUrl}/.well-known/jwks.json`),
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

/** The fields of a session the tests read. */
export const sessionFields =
  'accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt user { id email roles }';

export interface TestSession {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  refreshTokenExpiresAt: string;
  user: { id: string; email: string | null; roles: string[] | null };
}

export type UsersUnderTest = Awaited<ReturnType<typeof startUsers>>;
