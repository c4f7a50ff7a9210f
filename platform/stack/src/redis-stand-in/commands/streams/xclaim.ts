import type { CommandSpec } from '../../command.js';
import { type Reply, ReplyError } from '../../protocol/reply.js';
import { parseId, type StreamId } from '../../streams/stream-id.js';
import { integerArg } from '../../support/integers.js';
import { entryReply, streamAndGroup } from './replies.js';

/** The IDs XCLAIM names: every argument from the sixth on that reads as one, as Redis parses them. */
function parseIds(argv: readonly string[]): StreamId[] {
  const ids: StreamId[] = [];
  for (const text of argv.slice(5)) {
    try {
      ids.push(parseId(text, 0n, true));
    } catch {
      // Redis reads what follows the IDs as options (IDLE, TIME, RETRYCOUNT, FORCE, JUSTID, LASTID);
      // nothing in Learngraph sends them.
      throw new ReplyError(`ERR Unrecognized XCLAIM option '${text}'`);
    }
  }
  return ids;
}

/**
 * XCLAIM key group consumer min-idle-time id [id ...], after Redis 7's `xclaimCommand`: each named
 * pending entry idle for at least min-idle-time goes to `consumer` with one more delivery and is
 * returned; one no longer in the stream leaves the pending list; others are left as they are.
 */
export const xclaimCommand: CommandSpec = {
  name: 'xclaim',
  arity: -6,
  run: ({ db }, argv) => {
    const { stream, group } = streamAndGroup(db, argv[1] ?? '', argv[2] ?? '');
    const minIdle = integerArg(argv[4] ?? '', 'Invalid min-idle-time argument for XCLAIM');
    const ids = parseIds(argv);
    const now = Date.now();
    const claimed: Reply[] = [];
    for (const id of ids) {
      const pending = group.pending.get(id);
      const entry = stream.get(id);
      if (entry === undefined) {
        group.pending.delete(id);
      } else if (pending !== undefined && (minIdle <= 0n || BigInt(now - pending.deliveryTime) >= minIdle)) {
        pending.consumer = argv[3] ?? '';
        pending.deliveryTime = now;
        pending.deliveryCount++;
        claimed.push(entryReply(entry));
      }
    }
    return claimed;
  },
};
