import { randomUUID } from 'node:crypto';
import { createTestDatabase } from '@learngraph/prisma';
import { createLogger, createTokenSigner, type EventEnvelope, publicKeySet, type Role } from '@learngraph/service-kit';
import { generateRouterKey, generateTestKeys, serveForTest } from '@learngraph/service-kit/testing';
import { createDatabase } from '../../src/db.js';
import { createUserEventHandler } from '../../src/modules/account-erasure/index.js';
import { createCatalogEventHandler } from '../../src/modules/known-resources/index.js';
import { createLearningPathsServer } from '../../src/server.js';

/** A catalog event as the catalog publishes it (see the catalog's resource-events module). */
export function catalogEvent(
  resource: { id: string; title: string; published: boolean },
  version: number,
): EventEnvelope {
  return {
    id: randomUUID(),
    type: resource.published ? 'catalog.learning-resource.updated' : 'catalog.learning-resource.unpublished',
    aggregateId: resource.id,
    version,
    occurredAt: new Date().toISOString(),
    payload: {
      ...resource,
      platform: 'ocw',
      readableId: `course-${resource.id}`,
      resourceType: 'COURSE',
      description: null,
      url: null,
    },
  };
}

/** The users subgraph's event for a deleted account (see the users-events stream). */
export function userDeletedEvent(userId: string): EventEnvelope {
  return {
    id: randomUUID(),
    type: 'users.user.deleted',
    aggregateId: userId,
    version: 1,
    occurredAt: new Date().toISOString(),
    payload: { userId },
  };
}

/** A learning-paths subgraph on a fresh database, listening on a free port, counting its SQL statements. */
export async function startLearningPaths() {
  const database = await createTestDatabase('learning-paths');
  const sql: string[] = [];
  const db = createDatabase(database.url, (statement) => sql.push(statement));
  const keys = generateTestKeys();
  const signer = await createTokenSigner(keys.privateKey, 300);
  const routerKey = generateRouterKey();
  const service = await serveForTest(
    await createLearningPathsServer({
      db,
      tokenKeys: publicKeySet([keys.publicKey]),
      logger: createLogger('learning-paths-test', 'silent'),
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
    applyCatalogEvent: createCatalogEventHandler(db),
    applyUserEvent: createUserEventHandler(db),
    tokenFor: (userId: string, roles: Role[] = ['LEARNER']) => signer.sign({ userId, roles }),
    query: service.query,
    send: service.send,
    close: service.close,
  };
}

export type LearningPathsUnderTest = Awaited<ReturnType<typeof startLearningPaths>>;
