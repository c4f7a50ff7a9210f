import { createPrismaClient } from '@learngraph/service-kit';
import { PrismaClient } from './generated/prisma/client.js';

export type { PathVisibility } from './generated/prisma/client.js';
export { Prisma } from './generated/prisma/client.js';

export type Database = PrismaClient;

/** What a transaction may do: the client without connecting, disconnecting or nesting transactions. */
export type Transaction = Parameters<Parameters<Database['$transaction']>[0]>[0];

/** The learning-paths database client; `onQuery` sees every SQL statement (tests count them). */
export function createDatabase(url: string, onQuery?: (sql: string) => void): Database {
  return createPrismaClient(PrismaClient, url, onQuery);
}
