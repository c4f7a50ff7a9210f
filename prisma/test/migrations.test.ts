import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
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
    'resource_list_version',
    'resource_price',
    'resource_relation',
    'resource_topic',
    'resource_view',
    'school',
    'taxonomy_version',
    'topic',
    'topic_mapping',
  ],
  users: [
    'api_key',
    'email_verification',
    'outbox_event',
    'partner_app',
    'refresh_token',
    'signing_key',
    'user_account',
  ],
  search: ['facet_label', 'inbox_event', 'saved_search', 'search_document', 'search_term'],
  'learning-paths': [
    'favorite',
    'inbox_event',
    'item_progress',
    'known_resource',
    'learning_path',
    'learning_path_editor',
    'learning_path_item',
    'path_follow',
  ],
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

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Runs `pnpm <args>` at the repository root, as a user types it, without any database variable of ours. */
const typed = (args: string[], env: Record<string, string>) => {
  const inherited = Object.entries(process.env).filter(([name]) => !/(^POSTGRES_URL|_DATABASE_URL)$/.test(name));
  return promisify(execFile)('pnpm', args, { cwd: repoRoot, env: { ...Object.fromEntries(inherited), ...env } }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ ...error, code: error.code }),
  );
};

/** What the command itself wrote to stderr: pnpm adds the script line and its own failure line. */
const messages = (stderr: string) =>
  stderr.split('\n').filter((line) => line !== '' && !line.startsWith('$ ') && !line.startsWith('[ELIFECYCLE]'));

describe('pnpm db:migrate, typed at the repository root', () => {
  it('creates and migrates the database it is given and exits 0', async () => {
    const database = await createTestDatabase('catalog');
    await database.drop();
    try {
      const { code, stdout, stderr } = await typed(['db:migrate', 'catalog'], { CATALOG_DATABASE_URL: database.url });
      expect(code, stderr).toBe(0);
      expect(stdout).toMatch(/^catalog: applied \d+_/m);
      expect(await tablesOf(database.url)).toEqual(['_prisma_migrations', ...expectedTables.catalog].sort());
    } finally {
      await database.drop();
    }
  });

  it('exits 1 with one line for an unknown subgraph', async () => {
    const { code, stderr } = await typed(['db:migrate', 'payments'], {});
    expect(code).toBe(1);
    expect(messages(stderr)).toEqual([
      'Unknown subgraph payments; expected one of catalog, users, search, learning-paths.',
    ]);
  });

  it('exits 1 with one line when POSTGRES_URL points at a closed port, having migrated nothing', async () => {
    const { code, stdout, stderr } = await typed(['db:migrate'], {
      POSTGRES_URL: 'postgresql://postgres@127.0.0.1:1/postgres',
    });
    expect(code).toBe(1);
    expect(messages(stderr)).toEqual(['connect ECONNREFUSED 127.0.0.1:1']);
    expect(stdout).not.toMatch(/applied|up to date/);
  });
});
