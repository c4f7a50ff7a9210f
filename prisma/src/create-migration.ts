import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { latestSnapshot } from './migrations-dir.js';
import { noFilters, withSchemaEngine } from './schema-engine.js';
import { type SubgraphName, subgraphDatabase } from './subgraphs.js';

/**
 * The SQL that takes a database from the newest migration's schema to the current `schema.prisma`,
 * or an empty string when they agree. The engine compares the two texts, but it insists on a live
 * connection (to learn the server's flavour), so `serverUrl` must reach some PostgreSQL database;
 * nothing is read from or written to it.
 */
export async function pendingSchemaChange(name: SubgraphName, serverUrl: string): Promise<string> {
  const { schemaPath, migrationsDir } = subgraphDatabase(name);
  const current = await readFile(schemaPath, 'utf8');
  const previous = await latestSnapshot(migrationsDir);
  return withSchemaEngine(serverUrl, [['schema.prisma', current]], async (engine) => {
    const result = await engine.diff({
      from:
        previous === null
          ? { tag: 'empty' }
          : { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: previous }] },
      to: { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: current }] },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    const sql = (result.stdout ?? '').trim();
    return sql === '' || sql === '-- This is an empty migration.' ? '' : `${sql}\n`;
  });
}

const timestamp = (date: Date) => date.toISOString().replace(/[-:T]/g, '').slice(0, 14);

/**
 * Writes a new migration folder `<UTC timestamp>_<label>` with the SQL for the schema change and a
 * snapshot of the schema it leads to (the starting point of the next diff). Returns the folder, or
 * null when the schema has not changed. The SQL may be edited before it is applied, e.g. to add an
 * index Prisma cannot express.
 */
export async function createMigration(
  name: SubgraphName,
  label: string,
  serverUrl: string,
  now = new Date(),
): Promise<string | null> {
  if (!/^[a-z0-9_]+$/.test(label)) throw new Error('A migration label uses lowercase letters, digits and underscores.');
  const sql = await pendingSchemaChange(name, serverUrl);
  if (sql === '') return null;
  const { schemaPath, migrationsDir } = subgraphDatabase(name);
  const folder = join(migrationsDir, `${timestamp(now)}_${label}`);
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, 'migration.sql'), sql);
  await writeFile(join(folder, 'schema.prisma'), await readFile(schemaPath, 'utf8'));
  return folder;
}
