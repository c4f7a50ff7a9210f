export interface ChangeFeedOptions {
  /** How old the copy may be before a read asks for the changes since; default 250 ms. */
  maxAgeMs?: number;
  /**
   * How far back each refresh reads again: a row's `synced_at` is its transaction's start, so a transaction
   * that commits late is still seen. Default 10 s, far above the time one event's transaction takes.
   */
  overlapMs?: number;
}

/**
 * Keeps an in-memory copy of search_document rows current: `refresh()` reads the rows changed since the
 * last read (by `synced_at`) when the copy is older than `maxAgeMs`, one read at a time however many
 * callers wait, and hands them to `apply`.
 *
 * @example
 * const feed = createChangeFeed((since) => db.$queryRaw`… WHERE synced_at > ${since}`, (rows) => store(rows));
 * await feed.refresh();
 */
export function createChangeFeed<Row>(
  read: (since: Date) => Promise<Row[]>,
  apply: (rows: Row[]) => void,
  options: ChangeFeedOptions = {},
) {
  const maxAgeMs = options.maxAgeMs ?? 250;
  const overlapMs = options.overlapMs ?? 10_000;
  let readUntil = new Date(0);
  let refreshedAt = 0;
  let refreshing: Promise<void> | null = null;

  async function readChanges(): Promise<void> {
    const started = Date.now();
    apply(await read(new Date(readUntil.getTime() - overlapMs)));
    readUntil = new Date(started);
    refreshedAt = started;
  }

  return {
    async refresh(): Promise<void> {
      if (Date.now() - refreshedAt < maxAgeMs) return;
      refreshing ??= readChanges().finally(() => {
        refreshing = null;
      });
      await refreshing;
    },
  };
}
