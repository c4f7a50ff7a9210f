import type { CommandSpec } from '../../command.js';
import { NULL_ARRAY, type Reply } from '../../protocol/reply.js';
import { LAST_SEQ, parseId } from '../../streams/stream-id.js';
import { errors } from '../../support/errors.js';
import { integerArg } from '../../support/integers.js';
import { entryReply } from './replies.js';

/** XRANGE key start end [COUNT n], after Redis's `xrangeGenericCommand` (`-` and `+` are the open ends), and XLEN. */
export const streamRangeCommands: CommandSpec[] = [
  {
    name: 'xrange',
    arity: -4,
    run: ({ db }, argv) => {
      const start = parseId(argv[2] ?? '', 0n);
      const end = parseId(argv[3] ?? '', LAST_SEQ);
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
      const entries: Reply[] = [];
      for (const entry of stream.range(start, end)) {
        entries.push(entryReply(entry));
        if (BigInt(entries.length) === count) break;
      }
      return entries;
    },
  },
  { name: 'xlen', arity: 2, run: ({ db }, argv) => db.typed(argv[1] ?? '', 'stream')?.length ?? 0 },
];
