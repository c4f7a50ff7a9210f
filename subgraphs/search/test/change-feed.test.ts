import { randomUUID } from 'node:crypto';
import { createTestDatabase } from '@learngraph/prisma';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type Database, Prisma } from '../src/db.js';
import { hashedNgramEmbedder } from '../src/modules/embeddings/index.js';
import { rebuildSearchTable } from '../src/modules/reindex/index.js';
import { createChangeFeed } from '../src/modules/search/postgres/change-feed.js';

interface Row {
  id: string;
  version: number;
  title: string;
}

/** A feed over id, version and title, recording what each read hands over and the copy it keeps. */
function feedOf(db: Database) {
  const copy = new Map<string, Row>();
  const reads: Row[][] = [];
  const feed = createChangeFeed<Row>(db, Prisma.sql`id::text, version, title`, (rows) => {
    reads.push(rows);
    for (const row of rows) copy.set(row.id, { id: row.id, version: row.version, title: row.title });
  });
  return { feed, copy, reads };
}

/** A gate a test opens by hand: holds a transaction open until then. */
function gate() {
  let open = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { open, opened };
}

describe('the change feed', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: Database;
  const ids = Array.from({ length: 40 }, () => randomUUID());

  beforeAll(async () => {
    database = await createTestDatabase('search');
    db = createDatabase(database.url);
    await db.$executeRaw`
      INSERT INTO search_document (id, resource_type, title, published, version)
      SELECT id, 'COURSE', 'first', true, 1 FROM unnest(${ids}::uuid[]) AS id`;
  });
  afterAll(async () => {
    await db.$disconnect();
    await database.drop();
  });

  const bump = (client: Prisma.TransactionClient | Database, id: string, title: string) =>
    client.$executeRaw`UPDATE search_document SET version = version + 1, title = ${title} WHERE id = ${id}::uuid`;

  it('loads every row, then reads only the rows written since, none twice', async () => {
    const { feed, copy, reads } = feedOf(db);
    expect(feed.loaded()).toBe(false);
    await feed.refresh();
    expect(feed.loaded()).toBe(true);
    expect(copy.size).toBe(ids.length);
    reads.length = 0;
    await feed.refresh();
    expect(reads).toEqual([[]]);
    await bump(db, ids[0] as string, 'second');
    await feed.refresh();
    expect(reads[1]?.map((row) => [row.id, row.title])).toEqual([[ids[0], 'second']]);
    await feed.refresh();
    expect(reads[2]).toEqual([]);
  });

  it('sees a transaction that began before the last read and committed after it', async () => {
    const { feed, copy } = feedOf(db);
    await feed.refresh();
    const late = gate();
    const written = gate();
    const transaction = db.$transaction(
      async (tx) => {
        await bump(tx, ids[1] as string, 'late');
        written.open();
        await late.opened;
      },
      { timeout: 30_000 },
    );
    await written.opened;
    await bump(db, ids[2] as string, 'early');
    await feed.refresh();
    expect(copy.get(ids[2] as string)?.title).toBe('early');
    expect(copy.get(ids[1] as string)?.title).not.toBe('late');
    late.open();
    await transaction;
    await feed.refresh();
    expect(copy.get(ids[1] as string)?.title).toBe('late');
  });

  it('under concurrent writes, every refresh sees every write committed before it was called', async () => {
    const { feed, copy } = feedOf(db);
    await feed.refresh();
    const committed = new Map<string, number>();
    let writing = true;
    const writers = Array.from({ length: 4 }, async (_, writer) => {
      for (let round = 0; round < 25; round += 1) {
        const id = ids[(writer * 7 + round * 3) % ids.length] as string;
        const [row] = await db.$transaction(async (tx) => {
          // Some transactions stay open across other commits and refreshes before they commit.
          if (round % 5 === writer) await tx.$executeRaw`SELECT pg_sleep(0.02)`;
          await bump(tx, id, `w${writer}r${round}`);
          return tx.$queryRaw<Array<{ version: number }>>`SELECT version FROM search_document WHERE id = ${id}::uuid`;
        });
        committed.set(id, Math.max(committed.get(id) ?? 0, row?.version ?? 0));
      }
    });
    const checks = (async () => {
      let checked = 0;
      while (writing || checked === 0) {
        const expected = new Map(committed);
        await Promise.all([feed.refresh(), feed.refresh(), feed.refresh()]);
        for (const [id, version] of expected) expect(copy.get(id)?.version ?? 0).toBeGreaterThanOrEqual(version);
        checked += 1;
      }
      return checked;
    })();
    await Promise.all(writers).finally(() => {
      writing = false;
    });
    expect(await checks).toBeGreaterThan(0);
    await feed.refresh();
    const rows = await db.$queryRaw<Row[]>`SELECT id::text, version, title FROM search_document`;
    expect(new Map(rows.map((row) => [row.id, row]))).toEqual(copy);
  });

  it('reads the whole table again once a reindex has swapped in a new one', async () => {
    const { feed, reads } = feedOf(db);
    await feed.refresh();
    await rebuildSearchTable(db, hashedNgramEmbedder());
    reads.length = 0;
    await feed.refresh();
    expect(reads.flat()).toHaveLength(ids.length);
    await bump(db, ids[3] as string, 'after the swap');
    reads.length = 0;
    await feed.refresh();
    expect(reads.flat().map((row) => row.title)).toEqual(['after the swap']);
  });
});
