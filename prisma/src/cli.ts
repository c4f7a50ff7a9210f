#!/usr/bin/env node
import { createMigration, pendingSchemaChange } from './create-migration.js';
import { migrateDatabase } from './deploy.js';
import { generateClient } from './generate-clients.js';
import { databaseUrlFor, isSubgraphName, type SubgraphName, serverUrl, subgraphNames } from './subgraphs.js';

const usage = `learngraph-db <command>

  generate [subgraph…]          generate the Prisma clients (all by default)
  migrate [subgraph…]           apply pending migrations (all by default), creating databases as needed;
                                URLs from <NAME>_DATABASE_URL or POSTGRES_URL (default postgresql://postgres@127.0.0.1:5432)
  migration <subgraph> <label>  write a new migration for the changes to prisma/<subgraph>/schema.prisma
  check                         fail when a schema has changed without a migration

migration and check compare schema texts, but the engine needs a reachable PostgreSQL (POSTGRES_URL) to run.`;

function pickSubgraphs(args: string[]): SubgraphName[] {
  if (args.length === 0) return [...subgraphNames];
  const unknown = args.filter((arg) => !isSubgraphName(arg));
  if (unknown.length > 0)
    throw new Error(`Unknown subgraph ${unknown.join(', ')}; expected one of ${subgraphNames.join(', ')}.`);
  return args as SubgraphName[];
}

async function main(command: string | undefined, args: string[]): Promise<number> {
  switch (command) {
    case 'generate':
      for (const name of pickSubgraphs(args)) await generateClient(name);
      return 0;
    case 'migrate':
      for (const name of pickSubgraphs(args)) {
        const applied = await migrateDatabase(name, databaseUrlFor(name));
        console.log(`${name}: ${applied.length === 0 ? 'up to date' : `applied ${applied.join(', ')}`}`);
      }
      return 0;
    case 'migration': {
      const [name, label] = args;
      if (!name || !label || !isSubgraphName(name)) throw new Error(usage);
      const folder = await createMigration(name, label, serverUrl());
      console.log(folder ? `wrote ${folder}` : `${name}: the schema has no changes to migrate`);
      return 0;
    }
    case 'check': {
      let stale = 0;
      for (const name of subgraphNames) {
        if ((await pendingSchemaChange(name, serverUrl())) !== '') {
          stale += 1;
          console.error(
            `${name}: schema.prisma has changes without a migration; run pnpm db:migration ${name} <label>`,
          );
        }
      }
      if (stale === 0) console.log('every schema matches its migrations');
      return stale === 0 ? 0 : 1;
    }
    default:
      console.log(usage);
      return command === undefined || command === '--help' ? 0 : 2;
  }
}

main(process.argv[2], process.argv.slice(3)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
