import type { CommandSpec } from '../command.js';
import { type IndexRange, lexRange, scoreRange } from '../data/ranges.js';
import type { ScoredMember, SortedSet } from '../data/sorted-set.js';
import { ReplyError } from '../protocol/reply.js';
import { formatDouble } from '../support/doubles.js';
import { errors } from '../support/errors.js';
import { numberArg } from '../support/integers.js';

interface ZrangeOptions {
  by: 'rank' | 'score' | 'lex';
  rev: boolean;
  withScores: boolean;
  limit?: { offset: number; count: number };
}

function parseOptions(argv: readonly string[]): ZrangeOptions {
  const options: ZrangeOptions = { by: 'rank', rev: false, withScores: false };
  for (let i = 4; i < argv.length; i++) {
    const option = (argv[i] ?? '').toUpperCase();
    if (option === 'WITHSCORES') options.withScores = true;
    else if (option === 'REV') options.rev = true;
    else if (option === 'BYSCORE' && options.by === 'rank') options.by = 'score';
    else if (option === 'BYLEX' && options.by === 'rank') options.by = 'lex';
    else if (option === 'LIMIT' && argv.length - i - 1 >= 2) {
      options.limit = { offset: numberArg(argv[i + 1] ?? ''), count: numberArg(argv[i + 2] ?? '') };
      i += 2;
    } else throw errors.syntax();
  }
  if (options.limit && options.by === 'rank') {
    throw new ReplyError('ERR syntax error, LIMIT is only supported in combination with either BYSCORE or BYLEX');
  }
  if (options.withScores && options.by === 'lex') {
    throw new ReplyError('ERR syntax error, WITHSCORES not supported in combination with BYLEX');
  }
  return options;
}

/** Rank bounds as Redis sanitises them: negative ranks count from the end, out-of-range ends are clipped. */
function rankRange(start: number, stop: number): (set: SortedSet) => IndexRange {
  return (set) => {
    const length = set.size;
    const first = Math.max(start < 0 ? length + start : start, 0);
    const last = Math.min(stop < 0 ? length + stop : stop, length - 1);
    return first > last || first >= length ? { start: 0, end: 0 } : { start: first, end: last + 1 };
  };
}

/** Applies REV to an index range, then LIMIT (a negative offset selects nothing, a negative count everything). */
function select(set: SortedSet, { start, end }: IndexRange, options: ZrangeOptions): ScoredMember[] {
  const members = set.slice(start, end);
  if (options.rev) members.reverse();
  if (!options.limit) return members;
  const { offset, count } = options.limit;
  if (offset < 0) return [];
  return members.slice(offset, count < 0 ? undefined : offset + count);
}

/**
 * ZRANGE key start stop [BYSCORE | BYLEX] [REV] [LIMIT offset count] [WITHSCORES], after Redis's
 * `zrangeGenericCommand`: with REV and BYSCORE/BYLEX the range is given max first.
 */
export const zrangeCommand: CommandSpec = {
  name: 'zrange',
  arity: -4,
  flags: 'readonly',
  keys: [1, 1, 1],
  run: ({ db }, argv) => {
    const options = parseOptions(argv);
    const swap = options.rev && options.by !== 'rank';
    const [min, max] = swap ? [argv[3] ?? '', argv[2] ?? ''] : [argv[2] ?? '', argv[3] ?? ''];
    const range =
      options.by === 'score'
        ? scoreRange(min, max)
        : options.by === 'lex'
          ? lexRange(min, max)
          : rankRange(numberArg(min), numberArg(max));
    const set = db.typed(argv[1] ?? '', 'zset');
    if (set === undefined) return [];
    const bounds = range(set);
    const indexes =
      options.by === 'rank' && options.rev ? { start: set.size - bounds.end, end: set.size - bounds.start } : bounds;
    const members = select(set, indexes, options);
    return options.withScores
      ? members.flatMap(({ member, score }) => [member, formatDouble(score)])
      : members.map(({ member }) => member);
  },
};
