import type { ClientSession } from './client-session.js';
import type { CommandSpec } from './command.js';
import { BlockingRegistry } from './keyspace/blocking-registry.js';
import { Database } from './keyspace/database.js';

const DATABASE_COUNT = 16;

/** Everything the commands share: the databases, the connected clients and the clients blocked on keys. */
export interface ServerState {
  /** Database 0 first: where every connection starts. */
  readonly databases: readonly [Database, ...Database[]];
  readonly commands: ReadonlyMap<string, CommandSpec>;
  readonly clients: Map<number, ClientSession>;
  readonly blocking: BlockingRegistry;
}

/**
 * Builds an empty server with the given command table, its databases telling the blocking registry
 * about every deleted key.
 *
 * @example
 * const state = createServerState(commandTable);
 */
export function createServerState(commands: ReadonlyMap<string, CommandSpec>): ServerState {
  const blocking = new BlockingRegistry();
  const database = (index: number) => new Database(index, (db, key) => blocking.signal(db, key));
  return {
    databases: [database(0), ...Array.from({ length: DATABASE_COUNT - 1 }, (_, index) => database(index + 1))],
    commands,
    clients: new Map(),
    blocking,
  };
}
