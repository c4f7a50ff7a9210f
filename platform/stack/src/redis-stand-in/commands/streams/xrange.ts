import type { CommandSpec } from '../../command.js';
import { NULL_ARRAY } from '../../protocol/reply.js';
import { parseId, parseRangeBound } from '../../streams/stream-id.js';
import { errors } from '../../support/errors.js';
import { integerArg } from '../../support/integers.js';
import { entryReply } from './replies.js';

/** XRANGE key start end [COUNT n] and XREVRANGE key end start [COUNT n], after Redis's `xrangeGenericCommand`. */
function rangeCommand(name: string, reverse: boolean): CommandSpec {
  return {
    name,
    arity: -4,
    run: ({ db }, argv) => {
      const start = parseRangeBound((reverse ? argv[3] : argv[2]) ?? '', 'start');
      const end = parseRangeBound((reverse ? argv[2] : argv[3]) ?? '', 'end');
      let count = -1n;
      for (let i = 4; i < argv.length; i += 2) {
        if ((argv[i] ?? '').toUpperCase() !== 'COUNT' || argv[i + 1] === undefined) throw errors.syntax();
        count = integerArg(argv[i + 1] ?? '');
        if (count < 0n) count = 0n;
      }
      const stream = db.typed(argv[1] ?? '', 'stream');
      if (stream === undefined) return [];
      // Redis answers COUNT 0 with a null array rather than an empty one.
      if (count === 0n) return NULL_ARRAY;
      const entries = [];
      for (const entry of stream.range(start, end, reverse)) {
        entries.push(entryReply(entry));
        if (BigInt(entries.length) === count) break;
      }
      return entries;
    },
  };
}

/** XRANGE, XREVRANGE, XLEN and XDEL. */
export const streamRangeCommands: CommandSpec[] = [
  rangeCommand('xrange', false),
  rangeCommand('xrevrange', true),
  {
    name: 'xlen',
    arity: 2,
    run: ({ db }, argv) => db.typed(argv[1] ?? '', 'stream')?.length ?? 0,
  },
  {
    name: 'xdel',
    arity: -3,
    run: ({ db }, argv) => {
      const key = argv[1] ?? '';
      const stream = db.typed(key, 'stream');
      if (stream === undefined) return 0;
      // All IDs are checked before any is deleted, so that the command is not half applied.
      const ids = argv.slice(2).map((text) => parseId(text, 0n, { strict: true }).id);
      const deleted = ids.filter((id) => stream.delete(id)).length;
      return deleted;
    },
  },
];
