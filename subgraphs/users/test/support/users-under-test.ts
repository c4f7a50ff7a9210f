import { createTestDatabase } from '@learngraph/prisma';
import { createLogger } from '@learngraph/service-kit';
import { generateRouterKey, generateTestKeys, serveForTest } from '@learngraph/service-kit/testing';
import { createDatabase } from '../../src/db.js';
import { createUsersServer } from '../../src/server.js';

/** A users subgraph on a fresh database, listening on a free port, counting its SQL statements. */
export async function startUsers() {
  const database = await createTestDatabase('users');
  const sql: string[] = [];
  const db = createDatabase(database.url, (statement) => sql.push(statement));
  const keys = generateTestKeys();
  const routerKey = generateRouterKey();
  const service = await serveForTest(
    await createUsersServer({
      db,
      jwtPrivateKey: keys.privateKey,
      accessTokenTtlSeconds: 600,
      logger: createLogger('users-test', 'silent'),
      routerKeys: [routerKey],
    }),
    async () => {
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
    close: service.close,
  };
}

export type UsersUnderTest = Awaited<ReturnType<typeof startUsers>>;
