import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrateDatabase } from './deploy.js';
import type { SubgraphName } from './subgraphs.js';
import { serverUrl, subgraphDatabase } from './subgraphs.js';

/**
 * The PostgreSQL server tests create their databases on: `TEST_POSTGRES_URL`, which `pnpm test` sets to
 * the server it provides, else `POSTGRES_URL`, else the local server on 127.0.0.1:5432.
 *
 * @example
 * expect(await pendingSchemaChange('catalog', testServerUrl())).toBe('');
 */
export function testServerUrl(env: Record<string, string | undefined> = process.env): string {
  return env.TEST_POSTGRES_URL || serverUrl(env);
}

/**
 * A throwaway, fully migrated database for one test file, on the server of `testServerUrl()`. Each call
 * gets its own database, so test files can run in parallel without seeing each other's rows.
 *
 * @example
 * const database = await createTestDatabase('catalog');
 * afterAll(() => database.drop());
 */
export async function createTestDatabase(name: SubgraphName): Promise<{ url: string; drop(): Promise<void> }> {
  const server = new URL(testServerUrl());
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
