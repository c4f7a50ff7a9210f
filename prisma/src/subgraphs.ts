import { fileURLToPath } from 'node:url';

/** The subgraphs that own a database, each with its schema folder under `prisma/<name>/`. */
export const subgraphNames = ['catalog', 'users', 'search', 'learning-paths'] as const;

export type SubgraphName = (typeof subgraphNames)[number];

const prismaRoot = fileURLToPath(new URL('..', import.meta.url));

export interface SubgraphDatabase {
  name: SubgraphName;
  schemaPath: string;
  migrationsDir: string;
  /** `learngraph_<name>` with dashes turned into underscores. */
  databaseName: string;
  /** The environment variable that, when set, names this subgraph's database URL directly. */
  urlVariable: string;
}

export function isSubgraphName(value: string): value is SubgraphName {
  return (subgraphNames as readonly string[]).includes(value);
}

export function subgraphDatabase(name: SubgraphName): SubgraphDatabase {
  const snake = name.replaceAll('-', '_');
  return {
    name,
    schemaPath: `${prismaRoot}${name}/schema.prisma`,
    migrationsDir: `${prismaRoot}${name}/migrations`,
    databaseName: `learngraph_${snake}`,
    urlVariable: `${snake.toUpperCase()}_DATABASE_URL`,
  };
}

/** The PostgreSQL server for local work: `POSTGRES_URL`, by default the local server on 127.0.0.1:5432. */
export function serverUrl(env: Record<string, string | undefined> = process.env): string {
  return env.POSTGRES_URL || 'postgresql://postgres@127.0.0.1:5432/postgres';
}

/**
 * The database URL of a subgraph: `<NAME>_DATABASE_URL` when set, otherwise the server in
 * `POSTGRES_URL` (default: the local server on 127.0.0.1:5432) with the subgraph's database name.
 */
export function databaseUrlFor(name: SubgraphName, env: Record<string, string | undefined> = process.env): string {
  const database = subgraphDatabase(name);
  const direct = env[database.urlVariable];
  if (direct) return direct;
  const server = new URL(serverUrl(env));
  server.pathname = `/${database.databaseName}`;
  return server.toString();
}
