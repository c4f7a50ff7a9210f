import type { CommandSpec } from '../../command.js';
import { NULL_ARRAY, type Reply } from '../../protocol/reply.js';
import type { PendingEntry } from '../../streams/consumer-group.js';
import type { SortedIdMap } from '../../streams/sorted-id-map.js';
import { formatId, parseId, parseRangeBound } from '../../streams/stream-id.js';
import { errors } from '../../support/errors.js';
import { integerArg } from '../../support/integers.js';
import { streamAndGroup } from './replies.js';

/** XPENDING key group: count, smallest and largest pending IDs, and pending counts per consumer (by name). */
function summary(pending: SortedIdMap<PendingEntry>, consumers: Iterable<{ name: string; pending: { size: number } }>) {
  const first = pending.first();
  const last = pending.last();
  if (first === undefined || last === undefined) return [0, null, null, NULL_ARRAY];
  const owners = [...consumers]
    .filter((consumer) => consumer.pending.size > 0)
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .map((consumer) => [consumer.name, String(consumer.pending.size)]);
  return [pending.size, formatId(first), formatId(last), owners];
}

/** XACK and XPENDING (summary, and the extended form with IDLE, range, count and consumer). */
export const pendingCommands: CommandSpec[] = [
  {
    name: 'xack',
    arity: -4,
    run: ({ db }, argv) => {
      const group = db.typed(argv[1] ?? '', 'stream')?.groups.get(argv[2] ?? '');
      if (group === undefined) return 0;
      // Every ID is validated before any is acknowledged.
      const ids = argv.slice(3).map((text) => parseId(text, 0n, { strict: true }).id);
      return ids.filter((id) => group.release(id)).length;
    },
  },
  {
    name: 'xpending',
    arity: -3,
    run: (ctx, argv) => {
      if (argv.length !== 3 && (argv.length < 6 || argv.length > 9)) throw errors.syntax();
      let minIdle = 0n;
      let first = 3;
      if (argv.length >= 6 && (argv[3] ?? '').toUpperCase() === 'IDLE') {
        minIdle = integerArg(argv[4] ?? '');
        if (argv.length < 8) throw errors.syntax();
        first = 5;
      }
      const extended = argv.length >= 6;
      const count = extended ? integerArg(argv[first + 2] ?? '') : 0n;
      const start = extended ? parseRangeBound(argv[first] ?? '', 'start') : 0n;
      const end = extended ? parseRangeBound(argv[first + 1] ?? '', 'end') : 0n;
      const consumerName = argv[first + 3];
      const { group } = streamAndGroup(ctx, argv[1] ?? '', argv[2] ?? '');
      if (!extended) return summary(group.pending, group.consumers.values());
      const source = consumerName === undefined ? group.pending : group.consumer(consumerName, 0, false)?.pending;
      if (source === undefined) return [];
      const now = Date.now();
      const rows: Reply[] = [];
      for (let id = source.firstAtOrAfter(start); id !== undefined && id <= end && BigInt(rows.length) < count; ) {
        const entry = source.get(id);
        if (entry && (minIdle === 0n || BigInt(now - entry.deliveryTime) >= minIdle)) {
          rows.push([formatId(id), entry.consumer.name, Math.max(now - entry.deliveryTime, 0), entry.deliveryCount]);
        }
        id = source.firstAtOrAfter(id + 1n);
      }
      return rows;
    },
  },
];
