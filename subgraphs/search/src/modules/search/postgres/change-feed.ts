import { type Database, Prisma } from '../../../db.js';

/** Where a feed's copy stands: the snapshot its last read saw, and which table (a reindex swaps in another). */
interface FeedPosition {
  snapshot: string;
  table: string;
}

/** A changed row with the position its read saw; a read that finds no change returns one row of nulls. */
type PositionedRow<Row> = Omit<Row, 'id'> & { id: string | null; feedSnapshot: string; feedTable: string };

const firstId = '00000000-0000-0000-0000-000000000000';

/**
 * Keeps in-memory copies of search_document rows current, by transaction rather than by clock: every write
 * stamps its row with its transaction id (`change_xid`, set by a trigger), and each read also returns the
 * snapshot it saw (`pg_current_snapshot()` of the same statement). The next read selects the rows whose
 * transaction that snapshot did not see: exactly the changes committed since, however late a transaction
 * that began earlier commits, and none read twice. The first read (and one after a reindex swapped in a new
 * table) loads every row in batches by id, after taking the snapshot, so a row changed meanwhile is read
 * again by the next read.
 *
 * `refresh()` runs one read at a time; callers arriving while one runs share the next, which starts after
 * it, so that a caller always sees every change committed before it called, at one round trip for all of
 * them. `apply` receives the rows as they are now, published or not (rows are never deleted).
 *
 * @example
 * const feed = createChangeFeed<Row>(db, Prisma.sql`id::text, published`, (rows) => store(rows));
 * await feed.refresh();
 */
export function createChangeFeed<Row extends { id: string }>(
  db: Database,
  columns: Prisma.Sql,
  apply: (rows: Row[]) => void,
  options: { batchSize?: number } = {},
) {
  const batchSize = options.batchSize ?? 5000;
  let position: FeedPosition | null = null;
  let last: Promise<void> = Promise.resolve();
  let next: Promise<void> | null = null;

  // Batches by the uuid column's index: `columns` may name an output column `id` (`id::text AS id`), which a
  // bare ORDER BY id would sort by, computing every row's columns first.
  async function loadAll(): Promise<FeedPosition> {
    const [start] = await db.$queryRaw<FeedPosition[]>`
      SELECT pg_current_snapshot()::text AS snapshot, 'search_document'::regclass::oid::text AS "table"`;
    if (!start) throw new Error('the database returned no snapshot');
    for (let after = firstId; ; ) {
      const rows = await db.$queryRaw<Row[]>`
        SELECT ${columns} FROM search_document WHERE id > ${after}::uuid
        ORDER BY search_document.id LIMIT ${batchSize}`;
      if (rows.length === 0) return start;
      apply(rows);
      after = rows.at(-1)?.id ?? after;
    }
  }

  async function readChanges(): Promise<void> {
    if (position === null) {
      position = await loadAll();
      return;
    }
    const rows = await db.$queryRaw<Array<PositionedRow<Row>>>`
      WITH feed AS (SELECT pg_current_snapshot() AS snapshot, 'search_document'::regclass::oid::text AS "table")
      SELECT feed.snapshot::text AS "feedSnapshot", feed."table" AS "feedTable", ${columns}
      FROM feed LEFT JOIN search_document
        ON change_xid >= pg_snapshot_xmin(${position.snapshot}::pg_snapshot)
        AND NOT pg_visible_in_snapshot(change_xid, ${position.snapshot}::pg_snapshot)`;
    const [first] = rows;
    if (!first) throw new Error('the database returned no snapshot');
    if (first.feedTable !== position.table) {
      position = await loadAll();
      return;
    }
    apply(rows.filter((row) => row.id !== null) as unknown as Row[]);
    position = { snapshot: first.feedSnapshot, table: first.feedTable };
  }

  return {
    /** Brings the copies up to date with every change committed before the call. */
    refresh(): Promise<void> {
      if (next) return next;
      const read: Promise<void> = last
        .catch(() => undefined)
        .then(() => {
          next = null;
          return readChanges();
        });
      next = read;
      last = read;
      return read;
    },
    /** Whether the first read, of every row, is done. */
    loaded: () => position !== null,
  };
}
