import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { lockfileContent, readMigrations } from './migrations-dir.js';
import { noFilters, withSchemaEngine } from './schema-engine.js';
import { type SubgraphName, subgraphDatabase } from './subgraphs.js';

/** Creates the database named in `databaseUrl` when it does not exist yet, connecting to the server's `postgres` database. */
export async function ensureDatabase(databaseUrl: string): Promise<void> {
  const target = new URL(databaseUrl);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`Refusing to create database with unusual name "${name}".`);
  const admin = new URL(databaseUrl);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) {
      try {
        await client.query(`CREATE DATABASE "${name}"`);
      } catch (error) {
        // Another process may have created it between the check and the CREATE.
        if ((error as { code?: string }).code !== '42P04') throw error;
      }
    }
  } finally {
    await client.end();
  }
}

/**
 * Applies every pending migration of a subgraph to its database (creating the database first) and
 * returns the names of the migrations it applied; a second run applies nothing.
 *
 * @example
 * await migrateDatabase('catalog', 'postgresql://postgres@127.0.0.1:5432/learngraph_catalog');
 */
export async function migrateDatabase(name: SubgraphName, databaseUrl: string): Promise<string[]> {
  await ensureDatabase(databaseUrl);
  const { migrationsDir, schemaPath } = subgraphDatabase(name);
  const migrations = await readMigrations(migrationsDir);
  return withSchemaEngine(databaseUrl, [['schema.prisma', await readFile(schemaPath, 'utf8')]], async (engine) => {
    const output = await engine.applyMigrations({
      migrationsList: {
        baseDir: migrationsDir,
        lockfile: { path: 'migration_lock.toml', content: lockfileContent },
        shadowDbInitScript: '',
        migrationDirectories: migrations.map((migration) => ({
          path: migration.name,
          migrationFile: { path: 'migration.sql', content: { tag: 'ok', value: migration.sql } },
        })),
      },
      filters: noFilters,
    });
    return output.appliedMigrationNames;
  });
}
