import { createPrismaClient, type StatementObserver } from '@learngraph/service-kit';
import { PrismaClient } from './generated/prisma/client.js';

export { Prisma } from './generated/prisma/client.js';
export type Database = PrismaClient;

/** The catalog's database client; `onQuery` sees every SQL statement (tests count them, the benchmark explains them). */
export function createDatabase(url: string, onQuery?: StatementObserver): Database {
  return createPrismaClient(PrismaClient, url, onQuery);
}
