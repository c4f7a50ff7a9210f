import type { CommandSpec } from '../command.js';
import { scoreRange } from '../data/score-range.js';
import { SortedSet } from '../data/sorted-set.js';
import { doubleArg, formatDouble } from '../support/doubles.js';
import { errors } from '../support/errors.js';
import { numberArg } from '../support/integers.js';

/**
 * ZADD key [XX] score member [score member ...], after Redis's `zaddGenericCommand`: answers how many
 * members were added; XX only updates members that exist. (Redis's NX, GT, LT, CH and INCR: nothing in
 * Learngraph sends them.)
 */
const zadd: CommandSpec = {
  name: 'zadd',
  arity: -4,
  run: ({ db }, argv) => {
    const key = argv[1] ?? '';
    const onlyUpdate = (argv[2] ?? '').toUpperCase() === 'XX';
    const first = onlyUpdate ? 3 : 2;
    const pairs = (argv.length - first) / 2;
    if (pairs === 0 || !Number.isInteger(pairs)) throw errors.syntax();
    const scores = Array.from({ length: pairs }, (_, i) => doubleArg(argv[first + i * 2] ?? ''));
    const set = onlyUpdate ? db.typed(key, 'zset') : db.typedOrCreate(key, 'zset', () => new SortedSet());
    let added = 0;
    scores.forEach((score, i) => {
      const member = argv[first + i * 2 + 1] ?? '';
      const isNew = set?.score(member) === undefined;
      if (onlyUpdate && isNew) return;
      if (isNew) added++;
      set?.set(member, score);
    });
    return added;
  },
};

/** ZRANGE key start stop [WITHSCORES], by rank: negative ranks count from the end, ends out of range are clipped. */
const zrange: CommandSpec = {
  name: 'zrange',
  arity: -4,
  run: ({ db }, argv) => {
    const options = argv.slice(4).map((option) => option.toUpperCase());
    // Redis's BYSCORE, BYLEX, REV and LIMIT: nothing in Learngraph sends them.
    if (options.some((option) => option !== 'WITHSCORES')) throw errors.syntax();
    const [start, stop] = [numberArg(argv[2] ?? ''), numberArg(argv[3] ?? '')];
    const set = db.typed(argv[1] ?? '', 'zset');
    if (set === undefined) return [];
    const first = Math.max(start < 0 ? set.size + start : start, 0);
    const last = Math.min(stop < 0 ? set.size + stop : stop, set.size - 1);
    const members = first > last ? [] : set.slice(first, last + 1);
    return options.length > 0
      ? members.flatMap(({ member, score }) => [member, formatDouble(score)])
      : members.map(({ member }) => member);
  },
};

/** ZADD, ZCARD, ZRANGE and ZREMRANGEBYSCORE: the sorted sets of the sign-in throttle's sliding windows. */
export const sortedSetCommands: CommandSpec[] = [
  zadd,
  { name: 'zcard', arity: 2, run: ({ db }, argv) => db.typed(argv[1] ?? '', 'zset')?.size ?? 0 },
  zrange,
  {
    name: 'zremrangebyscore',
    arity: 4,
    run: ({ db }, argv) => {
      const key = argv[1] ?? '';
      const range = scoreRange(argv[2] ?? '', argv[3] ?? '');
      const set = db.typed(key, 'zset');
      if (set === undefined) return 0;
      const { start, end } = range(set);
      for (const { member } of set.slice(start, end)) set.delete(member);
      if (set.size === 0) db.delete(key);
      return end - start;
    },
  },
];
