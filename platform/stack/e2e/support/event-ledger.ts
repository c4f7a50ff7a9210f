import { Redis } from 'ioredis';
import pg from 'pg';
import type { StackState } from './fault-system.js';
import { waitUntil } from './poll.js';

/** The catalog event stream's dead-letter stream, as the consumers name it by default. */
export const deadLetterStream = 'learngraph:catalog:events:dead-letter';

/** Where every catalog event stands at one moment, read from the databases and Redis themselves. */
export interface Ledger {
  /** Each resource's version: in the catalog, in search's index, in learning-paths' copy. */
  versions: Record<'catalog' | 'search' | 'learningPaths', Map<string, number>>;
  /** Every event id in the catalog outbox, and those not yet published. */
  outbox: { ids: string[]; unpublished: string[] };
  /** Every event id each consumer recorded as applied (`inbox_event`). */
  inbox: Record<'search' | 'learningPaths', string[]>;
  deadLetters: number;
}

const versionsOf = async (pool: pg.Pool, table: string, ids: string[]) =>
  new Map(
    (
      await pool.query<{ id: string; version: number }>(`SELECT id, version FROM ${table} WHERE id = ANY($1::uuid[])`, [
        ids,
      ])
    ).rows.map((row) => [row.id, row.version]),
  );

const idsOf = async (pool: pg.Pool, sql: string) => (await pool.query<{ id: string }>(sql)).rows.map((row) => row.id);

/**
 * Reads where the catalog's events stand: the outbox, each consumer's inbox and copies, and the dead-letter
 * stream. Redis is only asked when `withRedis` (it may be down on purpose).
 *
 * @example
 * const ledger = openLedger(await system.state());
 * const now = await ledger.read(resourceIds);
 * await ledger.close();
 */
export function openLedger(state: StackState) {
  const pool = (url: string) => {
    const created = new pg.Pool({ connectionString: url, max: 2 });
    // An idle connection the server closed (a restart) is dropped from the pool; the next read opens another.
    created.on('error', () => {});
    return created;
  };
  const catalog = pool(state.databaseUrls.catalog);
  const search = pool(state.databaseUrls.search);
  const learningPaths = pool(state.databaseUrls['learning-paths']);
  const countDeadLetters = async () => {
    const redis = new Redis(state.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    redis.on('error', () => {});
    try {
      await redis.connect();
      return await redis.xlen(deadLetterStream);
    } finally {
      redis.disconnect();
    }
  };
  return {
    async read(resourceIds: string[], { withRedis = true } = {}): Promise<Ledger> {
      const [catalogVersions, searchVersions, pathVersions, outbox, unpublished, searchInbox, pathInbox, deadLetters] =
        await Promise.all([
          versionsOf(catalog, 'learning_resource', resourceIds),
          versionsOf(search, 'search_document', resourceIds),
          versionsOf(learningPaths, 'known_resource', resourceIds),
          idsOf(catalog, 'SELECT id FROM outbox_event'),
          idsOf(catalog, 'SELECT id FROM outbox_event WHERE published_at IS NULL'),
          idsOf(search, 'SELECT id FROM inbox_event'),
          idsOf(learningPaths, 'SELECT id FROM inbox_event'),
          withRedis ? countDeadLetters() : Promise.resolve(Number.NaN),
        ]);
      return {
        versions: { catalog: catalogVersions, search: searchVersions, learningPaths: pathVersions },
        outbox: { ids: outbox, unpublished },
        inbox: { search: searchInbox, learningPaths: pathInbox },
        deadLetters,
      };
    },
    /** Outbox event ids (of the given resources, when named) that nobody has published yet. */
    async unpublishedOf(resourceIds: string[]) {
      const { rows } = await catalog.query<{ id: string }>(
        'SELECT id FROM outbox_event WHERE published_at IS NULL AND aggregate_id = ANY($1::uuid[])',
        [resourceIds],
      );
      return rows.map((row) => row.id);
    },
    /**
     * Holds the catalog outbox so that no relay can mark events published (its UPDATE waits) while it can
     * still select and publish them; resolves with a function that lets go.
     */
    async holdOutbox() {
      const client = await catalog.connect();
      await client.query('BEGIN');
      await client.query('LOCK TABLE outbox_event IN SHARE MODE');
      return async () => {
        await client.query('ROLLBACK');
        client.release();
      };
    },
    /** How many relays have published a batch and wait to mark it published (held by `holdOutbox`). */
    async relaysWaitingToMark() {
      const { rows } = await catalog.query<{ waiting: number }>(
        `SELECT count(*)::int AS waiting FROM pg_stat_activity
         WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE 'UPDATE%outbox_event%'`,
      );
      return rows[0]?.waiting ?? 0;
    },
    close: () => Promise.all([catalog.end(), search.end(), learningPaths.end()]),
  };
}

/** Whether both consumers hold every resource at the catalog's version. */
export const caughtUp = (ledger: Ledger) =>
  [...ledger.versions.catalog].every(
    ([id, version]) => ledger.versions.search.get(id) === version && ledger.versions.learningPaths.get(id) === version,
  );

/**
 * Resources whose version in a consumer went down between two readings: an older event applied after a newer one.
 */
export function regressions(before: Ledger, after: Ledger): string[] {
  const found: string[] = [];
  for (const consumer of ['search', 'learningPaths'] as const) {
    for (const [id, version] of after.versions[consumer]) {
      const earlier = before.versions[consumer].get(id);
      if (earlier !== undefined && version < earlier) found.push(`${consumer} ${id}: ${earlier} → ${version}`);
    }
  }
  return found;
}

/**
 * Reads the ledger until both consumers hold every given resource at the catalog's version and the outbox is
 * all published; resolves with the last reading and every version that went down on the way.
 *
 * @example
 * const { after, regressed } = await waitForCatchUp(ledger, ids, await ledger.read(ids));
 * expect(regressed).toEqual([]);
 */
export async function waitForCatchUp(ledger: ReturnType<typeof openLedger>, resourceIds: string[], from: Ledger) {
  let previous = from;
  const regressed: string[] = [];
  const after = await waitUntil(
    'search and learning-paths reach the catalog versions, every event published',
    async () => {
      const now = await ledger.read(resourceIds);
      regressed.push(...regressions(previous, now));
      previous = now;
      return now;
    },
    (now) => caughtUp(now) && now.outbox.unpublished.length === 0,
    { timeoutMs: 120_000, intervalMs: 250 },
  );
  return { after, regressed };
}
