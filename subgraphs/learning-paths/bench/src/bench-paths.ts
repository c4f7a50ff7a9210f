import { createLogger, createTokenSigner, publicKeySet } from '@learngraph/service-kit';
import {
  generateRouterKey,
  generateTestKeys,
  listenOnFreePort,
  type SignedEndpoint,
} from '@learngraph/service-kit/testing';
import { createDatabase } from '../../dist/db.js';
import { createLearningPathsServer } from '../../dist/server.js';

/**
 * The learning-paths subgraph over real HTTP on a free port, as the router reaches it, on a database client that
 * records every statement it sends, and a token of `userId` to ask as.
 *
 * @example
 * const paths = await startBenchPaths(url, userId);
 * paths.statements.length = 0; // before a request, to count its round trips
 */
export async function startBenchPaths(databaseUrl: string, userId: string) {
  const statements: string[] = [];
  const db = createDatabase(databaseUrl, (statement) => statements.push(statement));
  const keys = generateTestKeys();
  const routerKey = generateRouterKey();
  const service = await createLearningPathsServer({
    db,
    tokenKeys: publicKeySet([keys.publicKey]),
    logger: createLogger('learning-paths-bench', 'silent'),
    routerKeys: [routerKey],
  });
  await service.start();
  const baseUrl = await listenOnFreePort(service.server);
  const token = await (await createTokenSigner(keys.privateKey, 3600)).sign({ userId, roles: ['LEARNER'] });
  return {
    endpoint: { url: `${baseUrl}/graphql`, routerKey } satisfies SignedEndpoint,
    token,
    statements,
    async close() {
      await new Promise((resolve) => service.server.close(resolve));
      await service.stop();
      await db.$disconnect();
    },
  };
}
