import { createTestDatabase } from '@learngraph/prisma';
import { createLogger, createRedis } from '@learngraph/service-kit';
import { generateRouterKey, listenOnFreePort, testRedisUrl } from '@learngraph/service-kit/testing';
import { createDatabase } from '../../dist/db.js';
import { createPasswordHasher } from '../../dist/modules/accounts/index.js';
import { createUsersServer } from '../../dist/server.js';

/** The password every bench account has. */
export const benchPassword = 'a benchmark passphrase';

/**
 * The users subgraph on a fresh database with `accounts` verified accounts, over real HTTP as the router reaches it,
 * with argon2id at `argon2` and sign-in limits out of the way (one address signs in many times).
 */
export async function startBenchUsers(
  argon2: { memoryCost: number; timeCost: number; parallelism: number },
  accounts: number,
) {
  const database = await createTestDatabase('users');
  const statements: string[] = [];
  const db = createDatabase(database.url, (statement) => statements.push(statement));
  const logger = createLogger('users-bench', 'silent');
  const redis = createRedis(testRedisUrl(), logger, 'users-bench');
  const routerKey = generateRouterKey();
  const passwordHash = await createPasswordHasher(argon2).hash(benchPassword);
  await db.user.createMany({
    data: Array.from({ length: accounts }, (_, index) => ({
      email: `bench${index}@example.org`,
      name: `Bench ${index}`,
      passwordHash,
      emailVerifiedAt: new Date(),
    })),
  });
  const unlimited = { limit: 1_000_000, windowMs: 1_000 };
  const service = await createUsersServer({
    db,
    redis,
    signingKeySecret: generateRouterKey(),
    accessTokenTtlSeconds: 900,
    refreshTokenTtlSeconds: 3600,
    verificationTtlSeconds: 3600,
    argon2,
    signInThrottle: { account: unlimited, address: unlimited, timeoutMs: 500, keyPrefix: `bench:${routerKey}` },
    logger,
    routerKeys: [routerKey],
  });
  await service.start();
  const baseUrl = await listenOnFreePort(service.server);
  return {
    endpoint: { url: `${baseUrl}/graphql`, routerKey },
    /** Every SQL statement the subgraph sends, to count a sign-in's round trips. */
    statements,
    jwksUrl: new URL(`${baseUrl}/.well-known/jwks.json`),
    async close() {
      await new Promise((resolve) => service.server.close(resolve));
      await service.stop();
      redis.disconnect();
      await db.$disconnect();
      await database.drop();
    },
  };
}
