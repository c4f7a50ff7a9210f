import { createTestDatabase } from '@learngraph/prisma';
import { createLogger, createTokenSigner, publicKeySet, type Role } from '@learngraph/service-kit';
import { generateRouterKey, generateTestKeys, serveForTest } from '@learngraph/service-kit/testing';
import { createDatabase, type Prisma } from '../../src/db.js';
import { seedTaxonomy } from '../../src/modules/taxonomy/index.js';
import { createCatalogServer } from '../../src/server.js';
import { taxonomyDir } from './bundled-data.js';

/**
 * What `storedResource` reads with a resource: everything the importer tests look at, in a stable order
 * (prices and members by position, runs by start date with undated runs last, then by run id).
 */
const storedResourceParts = {
  prices: { orderBy: { position: 'asc' } },
  runs: { orderBy: [{ startDate: 'asc' }, { runId: 'asc' }] },
  topics: { include: { topic: true } },
  departments: true,
  children: { orderBy: { position: 'asc' }, include: { child: true } },
} satisfies Prisma.LearningResourceInclude;

/** A resource's prices as `[amount, currency]` pairs with the amount a number, the way runs store theirs. */
export const amounts = (prices: Array<{ amount: unknown; currency: string }>) =>
  prices.map(({ amount, currency }) => [Number(amount), currency]);

/**
 * A catalog subgraph on a fresh database with the bundled taxonomy seeded, listening on a free port, with
 * a counter of the SQL statements it runs and a way to mint tokens for any role.
 */
export async function startCatalog() {
  const database = await createTestDatabase('catalog');
  const sql: string[] = [];
  const db = createDatabase(database.url, (statement) => sql.push(statement));
  await seedTaxonomy(db, taxonomyDir);
  const keys = generateTestKeys();
  const signer = await createTokenSigner(keys.privateKey, 300);
  const routerKey = generateRouterKey();
  const service = await serveForTest(
    await createCatalogServer({
      db,
      tokenKeys: publicKeySet([keys.publicKey]),
      logger: createLogger('catalog-test', 'silent'),
      routerKeys: [routerKey],
    }),
    async () => {
      await db.$disconnect();
      await database.drop();
    },
    routerKey,
  );
  return {
    baseUrl: service.baseUrl,
    databaseUrl: database.url,
    db,
    sql,
    tokenFor: (roles: Role[], userId = '0190b2a0-0000-7000-8000-000000000001') => signer.sign({ userId, roles }),
    query: service.query,
    send: service.send,
    /** The stored resource with its prices, runs, topics, departments and members; throws when there is none. */
    storedResource: (platform: string, readableId: string) =>
      db.learningResource.findFirstOrThrow({ where: { platform, readableId }, include: storedResourceParts }),
    /** Deletes every learning resource and every outbox event. */
    clearResources: async () => {
      await db.outboxEvent.deleteMany();
      await db.learningResource.deleteMany();
    },
    close: service.close,
  };
}

export type CatalogUnderTest = Awaited<ReturnType<typeof startCatalog>>;
