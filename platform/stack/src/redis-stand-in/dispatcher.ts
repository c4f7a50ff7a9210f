import type { ClientSession } from './client-session.js';
import { Block, type CommandContext, type CommandSpec, type Handler } from './command.js';
import { type Reply, ReplyError, SimpleString } from './protocol/reply.js';
import type { ServerState } from './server-state.js';
import { errors } from './support/errors.js';

// Redis's processCommand lists: what a RESP2 subscriber may send, and what MULTI does not queue.
const ALLOWED_WHILE_SUBSCRIBED = new Set(['ping', 'subscribe', 'unsubscribe', 'psubscribe', 'punsubscribe', 'quit']);
const RUN_DURING_MULTI = new Set(['exec', 'discard', 'multi', 'watch', 'quit']);
const QUEUED = new SimpleString('QUEUED');

interface Resolved {
  run: Handler;
  fullName: string;
}

/**
 * Runs one request for a client the way Redis's `processCommand` does: look the command up (and
 * its subcommand), check arity, enforce the subscriber context, queue it inside MULTI (where a
 * rejected command dooms the transaction), or execute it. Returns the reply, or a `Block` for a
 * command that waits for data.
 */
export function dispatch(server: ServerState, client: ClientSession, argv: readonly string[]): Reply | Block {
  const resolved = resolveCommand(server.commands, argv);
  if (resolved instanceof ReplyError) return reject(client, resolved);
  const name = resolved.fullName.split('|')[0] ?? '';
  if (client.subscriptionCount > 0 && !ALLOWED_WHILE_SUBSCRIBED.has(name)) {
    return reject(
      client,
      new ReplyError(
        `ERR Can't execute '${resolved.fullName}': only (P|S)SUBSCRIBE / (P|S)UNSUBSCRIBE / PING / QUIT / RESET are allowed in this context`,
      ),
    );
  }
  if (client.transaction && !RUN_DURING_MULTI.has(name)) {
    client.transaction.queued.push([...argv]);
    return QUEUED;
  }
  return run(server, client, resolved, argv, true);
}

/** Finds the command (and subcommand) for an argv, or the error Redis gives for it. */
function resolveCommand(commands: ReadonlyMap<string, CommandSpec>, argv: readonly string[]): Resolved | ReplyError {
  const name = (argv[0] ?? '').toLowerCase();
  const command = commands.get(name);
  if (command === undefined) return errors.unknownCommand(argv);
  let spec = command;
  let fullName = name;
  if (command.subcommands && argv.length > 1) {
    const subName = (argv[1] ?? '').toLowerCase();
    const sub = command.subcommands.find((candidate) => candidate.name === subName);
    if (sub === undefined) return errors.unknownSubcommand(argv);
    spec = sub;
    fullName = `${name}|${subName}`;
  }
  const { arity, run } = spec;
  // A container (CLIENT, XGROUP) has no handler of its own: without a subcommand it lacks an argument.
  if ((arity > 0 && argv.length !== arity) || argv.length < -arity || run === undefined) return errors.arity(fullName);
  return { run, fullName };
}

function reject(client: ClientSession, error: ReplyError): ReplyError {
  if (client.transaction) client.transaction.failed = true;
  return error;
}

function run(
  server: ServerState,
  client: ClientSession,
  resolved: Resolved,
  argv: readonly string[],
  canBlock: boolean,
): Reply | Block {
  server.stats.commandsProcessed++;
  client.lastCommand = resolved.fullName;
  client.lastActiveAt = Date.now();
  const context: CommandContext = {
    server,
    client,
    db: client.db,
    canBlock,
    execute: (queued) => {
      const found = resolveCommand(server.commands, queued);
      if (found instanceof ReplyError) return found;
      const reply = run(server, client, found, queued, false);
      return reply instanceof Block ? reply.command.timeoutReply : reply;
    },
  };
  try {
    return resolved.run(context, argv);
  } catch (error) {
    if (error instanceof ReplyError) return error;
    // A bug in a handler must not take every other client down with the process.
    return new ReplyError(`ERR stand-in internal error: ${error instanceof Error ? error.message : String(error)}`);
  }
}
