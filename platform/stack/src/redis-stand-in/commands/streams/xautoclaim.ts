import type { CommandSpec } from '../../command.js';
import { type Reply, ReplyError } from '../../protocol/reply.js';
import { formatId, parseId, type StreamId } from '../../streams/stream-id.js';
import { errors } from '../../support/errors.js';
import { integerArg } from '../../support/integers.js';
import { entryReply, streamAndGroup } from './replies.js';

/** COUNT's value, 100 without it; JUSTID, Redis's other option, is not sent by anything in Learngraph. */
function parseCount(argv: readonly string[]): number {
  if (argv.length === 6) return 100;
  if (argv.length !== 8 || (argv[6] ?? '').toUpperCase() !== 'COUNT') throw errors.syntax();
  const count = integerArg(argv[7] ?? '', 'COUNT must be > 0');
  if (count < 1n) throw new ReplyError('ERR COUNT must be > 0');
  return Number(count);
}

/**
 * XAUTOCLAIM key group consumer min-idle-time start [COUNT n], after Redis 7's `xautoclaimCommand`:
 * from `start` on, pending entries idle for at least min-idle-time go to `consumer` with one more
 * delivery. The reply holds the cursor to continue from (0-0 when the scan is complete), the claimed
 * entries, and the IDs of pending entries no longer in the stream, which leave the pending list.
 */
export const xautoclaimCommand: CommandSpec = {
  name: 'xautoclaim',
  arity: -6,
  run: ({ db }, argv) => {
    const minIdle = integerArg(argv[4] ?? '', 'Invalid min-idle-time argument for XAUTOCLAIM');
    const start = parseId(argv[5] ?? '', 0n);
    let count = parseCount(argv);
    const { stream, group } = streamAndGroup(db, argv[1] ?? '', argv[2] ?? '');
    const now = Date.now();
    const claimed: Reply[] = [];
    const deleted: string[] = [];
    let cursor: StreamId | undefined;
    // Redis bounds the work per call: at most ten pending entries looked at per entry asked for.
    let attempts = count * 10;
    for (const [id, pending] of group.pending) {
      if (id < start) continue;
      if (attempts-- === 0 || count === 0) {
        cursor = id;
        break;
      }
      const entry = stream.get(id);
      if (entry === undefined) {
        group.pending.delete(id);
        deleted.push(formatId(id));
        count--;
      } else if (minIdle <= 0n || BigInt(now - pending.deliveryTime) >= minIdle) {
        pending.consumer = argv[3] ?? '';
        pending.deliveryTime = now;
        pending.deliveryCount++;
        claimed.push(entryReply(entry));
        count--;
      }
    }
    return [formatId(cursor ?? 0n), claimed, deleted];
  },
};
