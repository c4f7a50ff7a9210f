import { createTestDatabase } from '@learngraph/prisma';
import { createLogger, createTokenSigner, type Role } from '@learngraph/service-kit';
import { generateTestKeys, serveForTest } from '@learngraph/service-kit/testing';
import { createDatabase } from '../../src/db.js';
import { createCatalogServer } from '../../src/server.js';

/**
 * A catalog subgraph on a fresh database, listening on a free port, with a counter of the SQL
 * statements it runs and a way to mint tokens for any role.
 */
export async function startCatalog() {
  const database = await createTestDatabase('catalog');
  const sql: string[] = [];
  const db = createDatabase(database.url, (statement) => sql.push(statement));
  const keys = generateTestKeys();
  const signer = await createTokenSigner(keys.privateKey, 300);
  const service = await serveForTest(
    await createCatalogServer({
      db,
      jwtPublicKey: keys.publicKey,
      logger: createLogger('catalog-test', 'silent'),
    }),
    async () => {
      await db.$disconnect();
      await database.drop();
    },
  );
  return {
    baseUrl: service.baseUrl,
    databaseUrl: database.url,
    db,
    sql,
    tokenFor: (roles: Role[], userId = '0190b2a0-0000-7000-8000-000000000001') => signer.sign({ userId, roles }),
    query: service.query,
    close: service.close,
  };
}

export type CatalogUnderTest = Awaited<ReturnType<typeof startCatalog>>;
