import { createPrismaClient } from '@learngraph/service-kit';
import { PrismaClient } from './generated/prisma/client.js';

export { Prisma } from './generated/prisma/client.js';
export type Database = PrismaClient;

/** The users subgraph's database client; `onQuery` sees every SQL statement (tests count them). */
export function createDatabase(url: string, onQuery?: (sql: string) => void): Database {
  return createPrismaClient(PrismaClient, url, onQuery);
}
