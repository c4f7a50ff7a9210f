import { PrismaPg } from '@prisma/adapter-pg';

interface QueryEvent {
  query: string;
}

interface PrismaClientLike {
  $on(event: 'query', listener: (event: QueryEvent) => void): void;
}

type PrismaClientOptions = {
  adapter: PrismaPg;
  log: Array<{ emit: 'event'; level: 'query' }>;
  transactionOptions: { maxWait: number; timeout: number };
};

/**
 * Bounds of an interactive transaction. Writes to one row queue behind its lock, each holding a pooled
 * connection, so a burst waits longer for a connection than Prisma's 2 s default allows; together the two
 * bounds stay under the router's 10 s subgraph timeout, so no caller sees a timeout for a write that later commits.
 */
const transactionOptions = { maxWait: 4_000, timeout: 5_000 };

/**
 * A subgraph's generated Prisma client over node-postgres. `onQuery` sees every SQL statement the client
 * sends; tests use it to count database round trips.
 *
 * @example
 * const db = createPrismaClient(PrismaClient, config.DATABASE_URL);
 */
export function createPrismaClient<Client>(
  PrismaClient: new (options: PrismaClientOptions) => Client,
  url: string,
  onQuery?: (sql: string) => void,
): Client {
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString: url }),
    log: onQuery ? [{ emit: 'event', level: 'query' }] : [],
    transactionOptions,
  });
  if (onQuery) (client as unknown as PrismaClientLike).$on('query', (event) => onQuery(event.query));
  return client;
}
