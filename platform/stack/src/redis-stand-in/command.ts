import type { ClientSession } from './client-session.js';
import type { BlockedCommand } from './keyspace/blocking-registry.js';
import type { Database } from './keyspace/database.js';
import type { Reply } from './protocol/reply.js';
import type { ServerState } from './server-state.js';

/** What a command handler sees: the server, the calling client, and its selected database. */
export interface CommandContext {
  readonly server: ServerState;
  readonly client: ClientSession;
  readonly db: Database;
  /** False inside EXEC, where Redis lets blocking commands answer as if they had timed out. */
  readonly canBlock: boolean;
  /** Runs another command for this client without blocking; EXEC runs its queue through it. */
  execute(argv: readonly string[]): Reply;
}

/** A handler's answer when it has to wait for data: the connection parks the client until served. */
export class Block {
  constructor(readonly command: BlockedCommand) {}
}

/**
 * Receives the whole argv (`argv[0]` is the command name), as Redis's command procedures do, so
 * that argument positions read the same as in Redis's sources. Errors are thrown as `ReplyError`.
 */
export type Handler = (ctx: CommandContext, argv: readonly string[]) => Reply | Block;

/**
 * One entry of the command table. `arity` follows Redis: positive means exactly that many arguments
 * (name included), negative means at least. A container command (CLIENT, XGROUP) has `subcommands`
 * instead of `run`; each subcommand's arity counts the container's name too.
 */
export interface CommandSpec {
  readonly name: string;
  readonly arity: number;
  readonly run?: Handler;
  readonly subcommands?: readonly CommandSpec[];
}
