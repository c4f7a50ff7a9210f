import type { ClientSession } from './client-session.js';
import type { CommandSpec } from './command.js';
import { BlockingRegistry } from './keyspace/blocking-registry.js';
import { Database } from './keyspace/database.js';
import { WatchRegistry } from './keyspace/watch-registry.js';
import { PubSubHub } from './pubsub-hub.js';

const DATABASE_COUNT = 16;

/** Everything the commands share: the databases, the connected clients and the cross-client registries. */
export interface ServerState {
  /** Database 0 first: where every connection starts. */
  readonly databases: readonly [Database, ...Database[]];
  readonly commands: ReadonlyMap<string, CommandSpec>;
  readonly clients: Map<number, ClientSession>;
  readonly watches: WatchRegistry;
  readonly blocking: BlockingRegistry;
  readonly pubsub: PubSubHub;
  readonly stats: { readonly startedAt: number; connectionsReceived: number; commandsProcessed: number };
  readonly address: { host: string; port: number };
}

/** Builds an empty server with the given command table. */
export function createServerState(commands: ReadonlyMap<string, CommandSpec>): ServerState {
  const watches = new WatchRegistry(DATABASE_COUNT);
  return {
    databases: [
      new Database(0, watches),
      ...Array.from({ length: DATABASE_COUNT - 1 }, (_, index) => new Database(index + 1, watches)),
    ],
    commands,
    clients: new Map(),
    watches,
    blocking: new BlockingRegistry(),
    pubsub: new PubSubHub(),
    stats: { startedAt: Date.now(), connectionsReceived: 0, commandsProcessed: 0 },
    address: { host: '127.0.0.1', port: 0 },
  };
}
