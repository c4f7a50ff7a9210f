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
};

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
  });
  if (onQuery) (client as unknown as PrismaClientLike).$on('query', (event) => onQuery(event.query));
  return client;
}
