import type { CommandSpec } from './command.js';
import { clientCommand } from './commands/client.js';
import { connectionCommands } from './commands/connection.js';
import { infoCommand } from './commands/info.js';
import { keyCommands } from './commands/keys.js';
import { sortedSetCommands } from './commands/sorted-sets.js';
import { xaddCommand, xtrimCommand } from './commands/streams/xadd.js';
import { claimCommands } from './commands/streams/xclaim.js';
import { xgroupCommand } from './commands/streams/xgroup.js';
import { xinfoCommand } from './commands/streams/xinfo.js';
import { pendingCommands } from './commands/streams/xpending.js';
import { streamRangeCommands } from './commands/streams/xrange.js';
import { streamReadCommands } from './commands/streams/xread.js';
import { transactionCommands } from './commands/transactions.js';

/**
 * Every command the stand-in implements, by lower-case name. Anything else — EVAL and EVALSHA
 * included — gets Redis's unknown-command error from the dispatcher.
 */
export const commandTable: ReadonlyMap<string, CommandSpec> = new Map(
  [
    ...connectionCommands,
    clientCommand,
    infoCommand,
    ...keyCommands,
    ...sortedSetCommands,
    xaddCommand,
    xtrimCommand,
    ...streamRangeCommands,
    ...streamReadCommands,
    xgroupCommand,
    ...pendingCommands,
    ...claimCommands,
    xinfoCommand,
    ...transactionCommands,
  ].map((spec) => [spec.name, spec]),
);
