import { createLogger, publicKeySet } from '@learngraph/service-kit';
import { generateRouterKey, generateTestKeys, listenOnFreePort } from '@learngraph/service-kit/testing';
import { createDatabase } from '../../dist/db.js';
import { createCatalogServer } from '../../dist/server.js';

/** One SQL statement the subgraph sent, with its parameters, for counting round trips and explaining plans. */
export interface SqlStatement {
  query: string;
  /** The parameters as a JSON array. */
  params: string;
  durationMs: number;
}

/** Where the catalog listens, and the key its requests are signed with, as the router signs them. */
export interface CatalogEndpoint {
  url: string;
  routerKey: string;
}

/**
 * The catalog subgraph over real HTTP on a free port, as the router reaches it, on a database client that
 * records every statement it sends.
 *
 * @example
 * const catalog = await startBenchCatalog(url);
 * catalog.statements.length = 0; // before a request, to count its round trips
 */
export async function startBenchCatalog(databaseUrl: string) {
  const statements: SqlStatement[] = [];
  const db = createDatabase(databaseUrl, (query, { params, durationMs }) =>
    statements.push({ query, params, durationMs }),
  );
  const routerKey = generateRouterKey();
  const service = await createCatalogServer({
    db,
    tokenKeys: publicKeySet([generateTestKeys().publicKey]),
    logger: createLogger('catalog-bench', 'silent'),
    routerKeys: [routerKey],
  });
  await service.start();
  const baseUrl = await listenOnFreePort(service.server);
  return {
    endpoint: { url: `${baseUrl}/graphql`, routerKey } satisfies CatalogEndpoint,
    statements,
    async close() {
      await new Promise((resolve) => service.server.close(resolve));
      await service.stop();
      await db.$disconnect();
    },
  };
}

export type BenchCatalog = Awaited<ReturnType<typeof startBenchCatalog>>;
