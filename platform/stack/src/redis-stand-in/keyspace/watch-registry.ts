import type { ClientSession } from '../client-session.js';
import type { Database } from './database.js';

/**
 * Optimistic locking for MULTI/EXEC: which clients WATCH which keys, and which of them have seen a
 * watched key change since (their EXEC then answers with a null array). Keyed per database, as in
 * Redis, where a key is only the same key within one database.
 */
export class WatchRegistry {
  private readonly watchers: Map<string, Set<ClientSession>>[];

  constructor(databases: number) {
    this.watchers = Array.from({ length: databases }, () => new Map());
  }

  watch(client: ClientSession, db: number, key: string): void {
    const byKey = this.watchers[db];
    if (!byKey || client.watched.some((watched) => watched.db === db && watched.key === key)) return;
    const clients = byKey.get(key) ?? new Set();
    clients.add(client);
    byKey.set(key, clients);
    client.watched.push({ db, key });
  }

  unwatchAll(client: ClientSession): void {
    for (const { db, key } of client.watched) {
      const clients = this.watchers[db]?.get(key);
      clients?.delete(client);
      if (clients?.size === 0) this.watchers[db]?.delete(key);
    }
    client.watched = [];
    client.watchedKeyChanged = false;
  }

  keyModified(db: number, key: string): void {
    for (const client of this.watchers[db]?.get(key) ?? []) client.watchedKeyChanged = true;
  }

  /** FLUSHDB/FLUSHALL: like Redis's touchAllWatchedKeysInDb, only keys that exist count as changed. */
  databaseFlushed(database: Database): void {
    for (const [key, clients] of this.watchers[database.index] ?? []) {
      if (database.lookup(key) === undefined) continue;
      for (const client of clients) client.watchedKeyChanged = true;
    }
  }
}
