import { randomUUID } from 'node:crypto';
import { createTestDatabase } from '@learngraph/prisma';
import { createLogger, publicKeySet } from '@learngraph/service-kit';
import { generateRouterKey, generateTestKeys, serveForTest, waitFor } from '@learngraph/service-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type Database } from '../src/db.js';
import { hashedNgramEmbedder } from '../src/modules/embeddings/index.js';
import { createCatalogEventHandler } from '../src/modules/index-sync/index.js';
import { createSearchServer } from '../src/server.js';
import { catalogEvent } from './support/search-under-test.js';

/** Holds search_document locked against reads until `release()`: the first load waits behind it. */
async function lockAgainstReads(db: Database) {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let locked = () => {};
  const lockTaken = new Promise<void>((resolve) => {
    locked = resolve;
  });
  const transaction = db.$transaction(
    async (tx) => {
      await tx.$executeRaw`LOCK TABLE search_document IN ACCESS EXCLUSIVE MODE`;
      locked();
      await released;
    },
    { timeout: 60_000 },
  );
  await lockTaken;
  return async () => {
    release();
    await transaction;
  };
}

describe('readiness while the in-memory copies load', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: Database;

  beforeAll(async () => {
    database = await createTestDatabase('search');
    db = createDatabase(database.url);
    const apply = createCatalogEventHandler(db, hashedNgramEmbedder());
    await apply(catalogEvent({ id: randomUUID(), title: 'Quantum Physics', description: null, published: true }, 1));
  });
  afterAll(async () => {
    await db.$disconnect();
    await database.drop();
  });

  it('is live at once, ready only once the copies are loaded, and then searches', async () => {
    const unlock = await lockAgainstReads(db);
    const routerKey = generateRouterKey();
    const service = await serveForTest(
      await createSearchServer({
        db,
        embedder: hashedNgramEmbedder(),
        tokenKeys: publicKeySet([generateTestKeys().publicKey]),
        logger: createLogger('search-test', 'silent'),
        routerKeys: [routerKey],
      }),
      async () => {},
      routerKey,
    );
    try {
      expect((await fetch(`${service.baseUrl}/health/live`)).status).toBe(200);
      const notReady = await fetch(`${service.baseUrl}/health/ready`);
      expect(notReady.status).toBe(503);
      expect(await notReady.json()).toEqual({ status: 'unavailable', failing: ['searchIndex'] });
      await unlock();
      await waitFor(async () => (await fetch(`${service.baseUrl}/health/ready`)).status === 200, {
        timeoutMs: 20_000,
      });
      const { data } = await service.query<{ search: { totalCount: number } }>(
        'query { search(input: { query: "quantum" }) { totalCount } }',
      );
      expect(data?.search.totalCount).toBe(1);
    } finally {
      await unlock();
      await service.close();
    }
  });
});
