import type { CommandSpec } from './command.js';
import { clientCommand } from './commands/client.js';
import { connectionCommands } from './commands/connection.js';
import { infoCommand } from './commands/info.js';
import { keyCommands } from './commands/keys.js';
import { sortedSetCommands } from './commands/sorted-sets.js';
import { xaddCommand } from './commands/streams/xadd.js';
import { xclaimCommand } from './commands/streams/xclaim.js';
import { xgroupCommand } from './commands/streams/xgroup.js';
import { pendingCommands } from './commands/streams/xpending.js';
import { streamRangeCommands } from './commands/streams/xrange.js';
import { xreadgroupCommand } from './commands/streams/xreadgroup.js';
import { stringCommands } from './commands/strings.js';
import { transactionCommands } from './commands/transactions.js';

/**
 * Every command the stand-in implements, by lower-case name: what Learngraph's services and tests send.
 * Anything else gets Redis's unknown-command error from the dispatcher.
 */
export const commandTable: ReadonlyMap<string, CommandSpec> = new Map(
  [
    ...connectionCommands,
    clientCommand,
    infoCommand,
    ...keyCommands,
    ...stringCommands,
    ...sortedSetCommands,
    xaddCommand,
    ...streamRangeCommands,
    xgroupCommand,
    xreadgroupCommand,
    ...pendingCommands,
    xclaimCommand,
    ...transactionCommands,
  ].map((spec) => [spec.name, spec]),
);
