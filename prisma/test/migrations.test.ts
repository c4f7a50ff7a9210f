import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { migrateDatabase, pendingSchemaChange, subgraphNames } from '../src/index.js';
import { createTestDatabase, testServerUrl } from '../src/test-database.js';

const expectedTables: Record<(typeof subgraphNames)[number], string[]> = {
  catalog: [
    'department',
    'learning_resource',
    'learning_resource_run',
    'offeror',
    'outbox_event',
    'platform',
    'resource_department',
    'resource_price',
    'resource_relation',
    'resource_topic',
    'school',
    'topic',
    'topic_mapping',
  ],
  users: ['user_account'],
  search: ['search_document'],
  'learning-paths': ['known_resource', 'learning_path', 'learning_path_item'],
};

async function tablesOf(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
    );
    return rows.map((row) => row.table_name);
  } finally {
    await client.end();
  }
}

describe.each(subgraphNames)('the %s migrations', (name) => {
  const drops: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const drop of drops) await drop();
  });

  it('create every table on a fresh database, and a second run applies nothing', async () => {
    const database = await createTestDatabase(name);
    drops.push(database.drop);
    expect(await tablesOf(database.url)).toEqual(['_prisma_migrations', ...expectedTables[name]].sort());
    expect(await migrateDatabase(name, database.url)).toEqual([]);
  });

  it('match the current schema.prisma', async () => {
    expect(await pendingSchemaChange(name, testServerUrl())).toBe('');
  });
});
