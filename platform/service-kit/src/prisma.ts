import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';

interface QueryEvent {
  query: string;
  params: string;
  duration: number;
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

/** What a statement observer learns of each statement besides its SQL: its parameters as JSON, and its duration. */
export interface StatementDetail {
  params: string;
  durationMs: number;
}

/** Sees every SQL statement a client sends; tests count round trips with it, benchmarks explain them. */
export type StatementObserver = (sql: string, detail: StatementDetail) => void;

/** A raw statement as `Prisma.sql` builds it: PostgreSQL text with `$n` placeholders, and their values. */
export interface RawStatement {
  text: string;
  values: unknown[];
}

const rowReaders = new WeakMap<object, (statement: RawStatement) => Promise<unknown[]>>();

const asJson = (values: unknown[]) =>
  JSON.stringify(values, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value));

/**
 * A subgraph's generated Prisma client over a node-postgres pool, which `readRows` can use too. `onQuery`
 * sees every SQL statement the client sends, through Prisma or `readRows`; tests use it to count database
 * round trips.
 *
 * @example
 * const db = createPrismaClient(PrismaClient, config.DATABASE_URL);
 */
export function createPrismaClient<Client extends object>(
  PrismaClient: new (options: PrismaClientOptions) => Client,
  url: string,
  onQuery?: StatementObserver,
): Client {
  const pool = new pg.Pool({ connectionString: url });
  // An idle connection the server drops (a restart) is an 'error' event, which would end the process unheard;
  // the pool discards that connection by itself, and the next statement opens another.
  pool.on('error', () => {});
  const client = new PrismaClient({
    adapter: new PrismaPg(pool, { disposeExternalPool: true }),
    log: onQuery ? [{ emit: 'event', level: 'query' }] : [],
    transactionOptions,
  });
  if (onQuery) {
    (client as unknown as PrismaClientLike).$on('query', (event) =>
      onQuery(event.query, { params: event.params, durationMs: event.duration }),
    );
  }
  rowReaders.set(client, async ({ text, values }) => {
    const started = performance.now();
    const { rows } = await pool.query({ text, values });
    onQuery?.(text, { params: asJson(values), durationMs: performance.now() - started });
    return rows;
  });
  return client;
}

/**
 * The rows of a raw read-only statement, read straight from the pool of a client `createPrismaClient` made,
 * outside any transaction, and parsed as node-postgres parses values (`bigint` as text, timestamps as `Date`,
 * `json` parsed). Prisma's `$queryRaw` maps each value in JavaScript instead: for a list page of 21 rows of
 * 40 columns that took about 2 ms of CPU, a fifth of the request.
 *
 * @example
 * const rows = await readRows<{ id: string }>(db, Prisma.sql`SELECT id FROM topic WHERE code = ${code}`);
 */
export async function readRows<Row>(client: object, statement: RawStatement): Promise<Row[]> {
  const read = rowReaders.get(client);
  if (!read) throw new Error('readRows needs a client made by createPrismaClient');
  return (await read(statement)) as Row[];
}
