import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrateDatabase } from './deploy.js';
import type { SubgraphName } from './subgraphs.js';
import { subgraphDatabase } from './subgraphs.js';

/**
 * A throwaway, fully migrated database for one test file, on the server in `TEST_POSTGRES_URL`
 * (else `POSTGRES_URL`, else the local server). Each call gets its own database, so test files can
 * run in parallel without seeing each other's rows.
 *
 * @example
 * const database = await createTestDatabase('catalog');
 * afterAll(() => database.drop());
 */
export async function createTestDatabase(name: SubgraphName): Promise<{ url: string; drop(): Promise<void> }> {
  const server = new URL(
    process.env.TEST_POSTGRES_URL || process.env.POSTGRES_URL || 'postgresql://postgres@127.0.0.1:5432/postgres',
  );
  const databaseName = `${subgraphDatabase(name).databaseName}_test_${randomBytes(4).toString('hex')}`;
  const url = new URL(server);
  url.pathname = `/${databaseName}`;
  await migrateDatabase(name, url.toString());
  return {
    url: url.toString(),
    async drop() {
      const admin = new URL(server);
      admin.pathname = '/postgres';
      const client = new pg.Client({ connectionString: admin.toString() });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
