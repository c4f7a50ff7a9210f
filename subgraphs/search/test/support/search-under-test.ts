import { randomUUID } from 'node:crypto';
import { createTestDatabase } from '@learngraph/prisma';
import { createLogger, type EventEnvelope, publicKeySet } from '@learngraph/service-kit';
import { generateRouterKey, generateTestKeys, serveForTest } from '@learngraph/service-kit/testing';
import { createDatabase } from '../../src/db.js';
import { createCatalogEventHandler } from '../../src/modules/index-sync/index.js';
import { createSearchServer } from '../../src/server.js';

export interface IndexedResource {
  id: string;
  title: string;
  description: string | null;
  published: boolean;
}

/** A catalog event as the catalog publishes it (see the catalog's resource-events module). */
export function catalogEvent(resource: IndexedResource, version: number): EventEnvelope {
  return {
    id: randomUUID(),
    type: 'catalog.learning-resource.updated',
    aggregateId: resource.id,
    version,
    occurredAt: new Date().toISOString(),
    payload: { ...resource, platform: 'ocw', readableId: `r-${resource.id}`, resourceType: 'COURSE', url: null },
  };
}

/** A search subgraph on a fresh database, listening on a free port. */
export async function startSearch() {
  const database = await createTestDatabase('search');
  const db = createDatabase(database.url);
  const routerKey = generateRouterKey();
  const service = await serveForTest(
    await createSearchServer({
      db,
      tokenKeys: publicKeySet([generateTestKeys().publicKey]),
      logger: createLogger('search-test', 'silent'),
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
    applyCatalogEvent: createCatalogEventHandler(db),
    query: service.query,
    close: service.close,
  };
}

export type SearchUnderTest = Awaited<ReturnType<typeof startSearch>>;
