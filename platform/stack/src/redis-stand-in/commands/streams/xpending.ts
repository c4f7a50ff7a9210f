import type { CommandSpec } from '../../command.js';
import { NULL_ARRAY, type Reply } from '../../protocol/reply.js';
import type { ConsumerGroup } from '../../streams/consumer-group.js';
import { formatId, LAST_SEQ, parseId } from '../../streams/stream-id.js';
import { errors } from '../../support/errors.js';
import { integerArg } from '../../support/integers.js';
import { streamAndGroup } from './replies.js';

/** XPENDING key group: how many entries are pending, the first and last, and how many per consumer (by name). */
function summary(group: ConsumerGroup): Reply {
  const ids = [...group.pending.keys()];
  const [first, last] = [ids[0], ids[ids.length - 1]];
  if (first === undefined || last === undefined) return [0, null, null, NULL_ARRAY];
  const perConsumer = new Map<string, number>();
  for (const { consumer } of group.pending.values()) perConsumer.set(consumer, (perConsumer.get(consumer) ?? 0) + 1);
  const consumers = [...perConsumer].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, n]) => [name, String(n)]);
  return [ids.length, formatId(first), formatId(last), consumers];
}

/**
 * XACK, and XPENDING in its summary form and its extended form `start end count`, after Redis's
 * `xpendingCommand`. (Its IDLE and consumer filters: nothing in Learngraph sends them.)
 */
export const pendingCommands: CommandSpec[] = [
  {
    name: 'xack',
    arity: -4,
    run: ({ db }, argv) => {
      const group = db.typed(argv[1] ?? '', 'stream')?.groups.get(argv[2] ?? '');
      if (group === undefined) return 0;
      // Every ID is validated before any is acknowledged.
      const ids = argv.slice(3).map((text) => parseId(text, 0n, true));
      return ids.filter((id) => group.pending.delete(id)).length;
    },
  },
  {
    name: 'xpending',
    arity: -3,
    run: ({ db }, argv) => {
      if (argv.length !== 3 && argv.length !== 6) throw errors.syntax();
      const count = argv.length === 6 ? integerArg(argv[5] ?? '') : 0n;
      const start = argv.length === 6 ? parseId(argv[3] ?? '', 0n) : 0n;
      const end = argv.length === 6 ? parseId(argv[4] ?? '', LAST_SEQ) : 0n;
      const { group } = streamAndGroup(db, argv[1] ?? '', argv[2] ?? '');
      if (argv.length === 3) return summary(group);
      const now = Date.now();
      const rows: Reply[] = [];
      for (const [id, { consumer, deliveryTime, deliveryCount }] of group.pending) {
        if (id > end || BigInt(rows.length) >= count) break;
        if (id >= start) rows.push([formatId(id), consumer, Math.max(now - deliveryTime, 0), deliveryCount]);
      }
      return rows;
    },
  },
];
