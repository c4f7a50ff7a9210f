import { type Database, Prisma } from '../../db.js';
import { type Embedder, embeddingText } from '../embeddings/index.js';
import { copiedColumns, documentOf } from './document-columns.js';

const live = 'search_document';
const rebuild = 'search_document_rebuild';

interface SourceRow {
  id: string;
  title: string;
  description: string | null;
  topicNames: string[];
}

const first = '00000000-0000-0000-0000-000000000000';
const after = (last: string) => Prisma.sql`d.id > ${last}::uuid`;
const changedAfter = (since: Date, last: string) => Prisma.sql`d.synced_at > ${since} AND d.id > ${last}::uuid`;

/** The next `limit` rows of the live table, by id, that `where` selects, with what they are embedded from. */
function readRows(tx: Prisma.TransactionClient | Database, where: Prisma.Sql, limit: number) {
  return tx.$queryRaw<SourceRow[]>`
    SELECT d.id::text, d.title, d.description,
      coalesce((SELECT array_agg(label) FROM facet_label WHERE facet = 'topics' AND value = ANY(d.topic_ids::text[])),
               '{}') AS "topicNames"
    FROM search_document AS d WHERE ${where} ORDER BY d.id LIMIT ${limit}`;
}

/** Copies `rows` into the rebuild table (replacing earlier copies) with document and embedding computed again. */
async function copyRows(tx: Prisma.TransactionClient | Database, embedder: Embedder, rows: SourceRow[]) {
  if (rows.length === 0) return;
  const vectors = await embedder.embed(rows.map(embeddingText));
  const batch = JSON.stringify(rows.map((row, index) => ({ id: row.id, e: Array.from(vectors[index] ?? []) })));
  await tx.$executeRaw`DELETE FROM search_document_rebuild WHERE id = ANY(${rows.map((row) => row.id)}::uuid[])`;
  await tx.$executeRaw`
    INSERT INTO search_document_rebuild (${copiedColumns}, synced_at, document, embedding)
    SELECT ${copiedColumns}, now(), ${documentOf('d')}, ARRAY(SELECT jsonb_array_elements_text(v.e)::real)
    FROM jsonb_to_recordset(${batch}::jsonb) AS v(id uuid, e jsonb)
    JOIN search_document AS d USING (id)`;
}

/**
 * Copies the rows changed since the rebuild began again, under a lock that lets searches read but holds
 * writes, then gives the new table the live one's name and index names, in one transaction.
 */
async function swapIn(db: Database, embedder: Embedder, startedAt: Date, batchSize: number) {
  await db.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`LOCK TABLE ${live} IN EXCLUSIVE MODE`);
      // synced_at is a transaction's start: reading 10 s back catches writes that committed late.
      const since = new Date(startedAt.getTime() - 10_000);
      for (let last = first; ; ) {
        const rows = await readRows(tx, changedAfter(since, last), batchSize);
        if (rows.length === 0) break;
        await copyRows(tx, embedder, rows);
        last = rows.at(-1)?.id ?? last;
      }
      const indexes = await tx.$queryRaw<Array<{ name: string }>>`
        SELECT indexname AS name FROM pg_indexes WHERE tablename = ${rebuild}`;
      await tx.$executeRawUnsafe(`DROP TABLE ${live}`);
      await tx.$executeRawUnsafe(`ALTER TABLE ${rebuild} RENAME TO ${live}`);
      for (const { name } of indexes) {
        await tx.$executeRawUnsafe(`ALTER INDEX "${name}" RENAME TO "${name.replace(rebuild, live)}"`);
      }
    },
    { timeout: 600_000, maxWait: 60_000 },
  );
}

export interface ReindexReport {
  documents: number;
  seconds: number;
  perSecond: number;
}

/**
 * Rebuilds the search table: a new table like the live one (its indexes and defaults) is filled from the
 * live rows, with every document and embedding computed again (after a change of weights or embedder),
 * while searches and event writes go on against the live table. Then, holding a lock that lets searches
 * read but stops writes, the rows changed meanwhile are copied again and the new table takes the live
 * one's name and index names in one transaction. Searches waiting on the swap read the new table; each
 * process's change feed sees another table and reads it whole (see `createChangeFeed`). The old table
 * goes with the swap, a failed rebuild's copy is dropped, and the new table is vacuumed and analysed, so
 * reindexing again and again leaves no dead rows behind.
 *
 * @example
 * const { documents, perSecond } = await rebuildSearchTable(db, hashedNgramEmbedder());
 */
export async function rebuildSearchTable(
  db: Database,
  embedder: Embedder,
  options: { batchSize?: number; onProgress?: (copied: number) => void } = {},
): Promise<ReindexReport> {
  const batchSize = options.batchSize ?? 1000;
  const started = Date.now();
  const [{ now: startedAt } = { now: new Date() }] = await db.$queryRaw<Array<{ now: Date }>>`SELECT now()`;
  await db.$executeRawUnsafe(`DROP TABLE IF EXISTS ${rebuild}`);
  await db.$executeRawUnsafe(`CREATE TABLE ${rebuild} (LIKE ${live} INCLUDING ALL)`);
  // LIKE copies no triggers: this one stamps each write with its transaction, which change feeds read by.
  await db.$executeRawUnsafe(
    `CREATE TRIGGER search_document_changed BEFORE INSERT OR UPDATE ON ${rebuild} FOR EACH ROW EXECUTE FUNCTION search_document_changed()`,
  );
  let copied = 0;
  try {
    for (let last = first; ; ) {
      const rows = await readRows(db, after(last), batchSize);
      if (rows.length === 0) break;
      await copyRows(db, embedder, rows);
      copied += rows.length;
      last = rows.at(-1)?.id ?? last;
      options.onProgress?.(copied);
    }
    // A new table has no statistics until autovacuum gets to it: without them the planner would scan it whole
    // where an index finds a few rows (a change feed's read of the rows changed since a snapshot).
    await db.$executeRawUnsafe(`ANALYZE ${rebuild}`);
    await swapIn(db, embedder, startedAt, batchSize);
  } catch (error) {
    // A half-filled copy would hold its disk until the next reindex, which drops it anyway if this cannot.
    await db.$executeRawUnsafe(`DROP TABLE IF EXISTS ${rebuild}`).catch(() => undefined);
    throw error;
  }
  // The new table has no planner statistics and no visibility map yet, and the rows copied again under the
  // lock left their first copies dead: vacuum it now rather than whenever autovacuum notices.
  await db.$executeRawUnsafe(`VACUUM (ANALYZE) ${live}`);
  const seconds = (Date.now() - started) / 1000;
  return { documents: copied, seconds, perSecond: copied / seconds };
}
