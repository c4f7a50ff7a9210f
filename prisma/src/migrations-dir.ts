import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** One migration folder: `migration.sql` (what runs) and `schema.prisma` (the schema it leads to). */
export interface Migration {
  name: string;
  sql: string;
  schemaSnapshotPath: string;
}

export const lockfileContent = '# Written by learngraph-db; do not edit.\nprovider = "postgresql"\n';

/** The migrations of one schema, oldest first (folder names start with a UTC timestamp). */
export async function readMigrations(migrationsDir: string): Promise<Migration[]> {
  if (!existsSync(migrationsDir)) return [];
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  const folders = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    folders.map(async (name) => ({
      name,
      sql: await readFile(join(migrationsDir, name, 'migration.sql'), 'utf8'),
      schemaSnapshotPath: join(migrationsDir, name, 'schema.prisma'),
    })),
  );
}

/** The schema text the newest migration leads to, or null before the first migration. */
export async function latestSnapshot(migrationsDir: string): Promise<string | null> {
  const migrations = await readMigrations(migrationsDir);
  const last = migrations.at(-1);
  return last ? readFile(last.schemaSnapshotPath, 'utf8') : null;
}
