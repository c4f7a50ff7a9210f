import type { CommandSpec } from './command.js';
import { clientCommand } from './commands/client.js';
import { connectionCommands } from './commands/connection.js';
import { expiryCommands } from './commands/expiry.js';
import { hashCommands } from './commands/hashes.js';
import { infoCommand } from './commands/info.js';
import { keyCommands } from './commands/keys.js';
import { pubsubCommands } from './commands/pubsub.js';
import { scanCommand } from './commands/scan.js';
import { serverCommands } from './commands/server.js';
import { setCommand } from './commands/set.js';
import { sortedSetCommands } from './commands/sorted-sets.js';
import { xaddCommand, xtrimCommand } from './commands/streams/xadd.js';
import { claimCommands } from './commands/streams/xclaim.js';
import { xgroupCommand } from './commands/streams/xgroup.js';
import { xinfoCommand } from './commands/streams/xinfo.js';
import { pendingCommands } from './commands/streams/xpending.js';
import { streamRangeCommands } from './commands/streams/xrange.js';
import { streamReadCommands } from './commands/streams/xread.js';
import { stringCommands } from './commands/strings.js';
import { transactionCommands } from './commands/transactions.js';
import { zrangeCommand } from './commands/zrange.js';

/**
 * Every command the stand-in implements, by lower-case name. Anything else — EVAL and EVALSHA
 * included — gets Redis's unknown-command error from the dispatcher.
 */
export const commandTable: ReadonlyMap<string, CommandSpec> = new Map(
  [
    ...connectionCommands,
    clientCommand,
    infoCommand,
    ...serverCommands,
    ...keyCommands,
    ...expiryCommands,
    scanCommand,
    setCommand,
    ...stringCommands,
    ...hashCommands,
    ...sortedSetCommands,
    zrangeCommand,
    xaddCommand,
    xtrimCommand,
    ...streamRangeCommands,
    ...streamReadCommands,
    xgroupCommand,
    ...pendingCommands,
    ...claimCommands,
    xinfoCommand,
    ...transactionCommands,
    ...pubsubCommands,
  ].map((spec) => [spec.name, spec]),
);
