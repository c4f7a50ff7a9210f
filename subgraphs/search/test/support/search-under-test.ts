import { randomUUID } from 'node:crypto';
import { createTestDatabase } from '@learngraph/prisma';
import { createLogger, createTokenSigner, type EventEnvelope, publicKeySet } from '@learngraph/service-kit';
import { generateRouterKey, generateTestKeys, serveForTest } from '@learngraph/service-kit/testing';
import { createDatabase } from '../../src/db.js';
import { hashedNgramEmbedder } from '../../src/modules/embeddings/index.js';
import { createCatalogEventHandler, createIndexMetrics } from '../../src/modules/index-sync/index.js';
import { createSearchServer } from '../../src/server.js';

export interface IndexedResource {
  id: string;
  title: string;
  description: string | null;
  published: boolean;
  /** Any other snapshot fields (topicTree, offerorName, instructors …), as the catalog sends them. */
  [field: string]: unknown;
}

/** A catalog event as the catalog publishes it (see the catalog's resource-events module). */
export function catalogEvent(resource: IndexedResource, version: number): EventEnvelope {
  return {
    id: randomUUID(),
    type: 'catalog.learning-resource.updated',
    aggregateId: resource.id,
    version,
    occurredAt: new Date().toISOString(),
    payload: { platform: 'ocw', readableId: `r-${resource.id}`, resourceType: 'COURSE', url: null, ...resource },
  };
}

/** A search subgraph on a fresh database, listening on a free port. */
export async function startSearch() {
  const database = await createTestDatabase('search');
  const db = createDatabase(database.url);
  const routerKey = generateRouterKey();
  const embedder = hashedNgramEmbedder();
  const keys = generateTestKeys();
  const signer = await createTokenSigner(keys.privateKey, 300);
  const indexMetrics = createIndexMetrics(db);
  const service = await serveForTest(
    await createSearchServer({
      db,
      embedder,
      tokenKeys: publicKeySet([keys.publicKey]),
      logger: createLogger('search-test', 'silent'),
      routerKeys: [routerKey],
      metrics: () => indexMetrics.registry.metrics(),
    }),
    async () => {
      await db.$disconnect();
      await database.drop();
    },
    routerKey,
  );
  return {
    db,
    databaseUrl: database.url,
    applyCatalogEvent: indexMetrics.observe(createCatalogEventHandler(db, embedder)),
    baseUrl: service.baseUrl,
    tokenFor: (userId: string) => signer.sign({ userId, roles: ['LEARNER'] }),
    query: service.query,
    send: service.send,
    close: service.close,
  };
}

export type SearchUnderTest = Awaited<ReturnType<typeof startSearch>>;
