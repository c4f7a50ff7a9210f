import type { ClientSession } from './client-session.js';
import { Block, type CommandContext, type CommandSpec, type Handler } from './command.js';
import { type Reply, ReplyError, SimpleString } from './protocol/reply.js';
import type { ServerState } from './server-state.js';
import { errors } from './support/errors.js';

// Redis's processCommand list of what MULTI runs at once rather than queueing (of the stand-in's commands).
const RUN_DURING_MULTI = new Set(['exec', 'multi', 'quit']);
const QUEUED = new SimpleString('QUEUED');

interface Resolved {
  run: Handler;
  fullName: string;
}

/**
 * Runs one request for a client the way Redis's `processCommand` does: look the command up (and its
 * subcommand), check arity, queue it inside MULTI (where a rejected command dooms the transaction),
 * or execute it. Returns the reply, or a `Block` for a command that waits for data.
 */
export function dispatch(server: ServerState, client: ClientSession, argv: readonly string[]): Reply | Block {
  const resolved = resolveCommand(server.commands, argv);
  if (resolved instanceof ReplyError) {
    if (client.transaction) client.transaction.failed = true;
    return resolved;
  }
  if (client.transaction && !RUN_DURING_MULTI.has(resolved.fullName)) {
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

function run(
  server: ServerState,
  client: ClientSession,
  resolved: Resolved,
  argv: readonly string[],
  canBlock: boolean,
): Reply | Block {
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
