import type { CommandSpec } from '../command.js';
import { scoreRange } from '../data/ranges.js';
import { SortedSet } from '../data/sorted-set.js';
import { ReplyError } from '../protocol/reply.js';
import { doubleArg, formatDouble } from '../support/doubles.js';
import { errors } from '../support/errors.js';

const oneKey: readonly [number, number, number] = [1, 1, 1];
const ZADD_FLAGS = ['NX', 'XX', 'CH', 'INCR', 'GT', 'LT'];

/** ZADD key [NX | XX] [GT | LT] [CH] [INCR] score member [score member ...], after Redis's `zaddGenericCommand`. */
const zadd: CommandSpec = {
  name: 'zadd',
  arity: -4,
  flags: 'write denyoom fast',
  keys: oneKey,
  run: ({ db }, argv) => {
    const key = argv[1] ?? '';
    const flags = new Set<string>();
    let first = 2;
    while (first < argv.length && ZADD_FLAGS.includes((argv[first] ?? '').toUpperCase())) {
      flags.add((argv[first++] ?? '').toUpperCase());
    }
    const pairs = (argv.length - first) / 2;
    if (pairs === 0 || !Number.isInteger(pairs)) throw errors.syntax();
    const [nx, xx, gt, lt, incr] = ['NX', 'XX', 'GT', 'LT', 'INCR'].map((flag) => flags.has(flag));
    if (nx && xx) throw new ReplyError('ERR XX and NX options at the same time are not compatible');
    if ((gt && nx) || (lt && nx) || (gt && lt)) {
      throw new ReplyError('ERR GT, LT, and/or NX options at the same time are not compatible');
    }
    if (incr && pairs > 1) throw new ReplyError('ERR INCR option supports a single increment-element pair');
    const scores = Array.from({ length: pairs }, (_, i) => doubleArg(argv[first + i * 2] ?? ''));
    const set = xx ? db.typed(key, 'zset') : db.typedOrCreate(key, 'zset', () => new SortedSet());
    let added = 0;
    let updated = 0;
    let result: number | undefined;
    for (let i = 0; set !== undefined && i < pairs; i++) {
      const member = argv[first + i * 2 + 1] ?? '';
      const current = set.score(member);
      let score = scores[i] ?? 0;
      if (current === undefined) {
        if (xx) continue;
        set.set(member, score);
        added++;
      } else {
        if (nx) continue;
        if (incr) score += current;
        if (Number.isNaN(score)) throw new ReplyError('ERR resulting score is not a number (NaN)');
        if ((lt && score >= current) || (gt && score <= current)) continue;
        if (score !== current) {
          set.set(member, score);
          updated++;
        }
      }
      result = score;
    }
    if (added + updated > 0) db.touch(key);
    if (incr) return result === undefined ? null : formatDouble(result);
    return flags.has('CH') ? added + updated : added;
  },
};

/** ZADD, ZREM, ZCARD, ZSCORE, ZCOUNT and ZREMRANGEBYSCORE (ZRANGE has its own module). */
export const sortedSetCommands: CommandSpec[] = [
  zadd,
  {
    name: 'zrem',
    arity: -3,
    flags: 'write fast',
    keys: oneKey,
    run: ({ db }, argv) => {
      const key = argv[1] ?? '';
      const set = db.typed(key, 'zset');
      if (set === undefined) return 0;
      const removed = argv.slice(2).filter((member) => set.delete(member)).length;
      if (set.size === 0) db.delete(key);
      else if (removed > 0) db.touch(key);
      return removed;
    },
  },
  {
    name: 'zcard',
    arity: 2,
    flags: 'readonly fast',
    keys: oneKey,
    run: ({ db }, argv) => db.typed(argv[1] ?? '', 'zset')?.size ?? 0,
  },
  {
    name: 'zscore',
    arity: 3,
    flags: 'readonly fast',
    keys: oneKey,
    run: ({ db }, argv) => {
      const score = db.typed(argv[1] ?? '', 'zset')?.score(argv[2] ?? '');
      return score === undefined ? null : formatDouble(score);
    },
  },
  {
    name: 'zcount',
    arity: 4,
    flags: 'readonly fast',
    keys: oneKey,
    run: ({ db }, argv) => {
      const range = scoreRange(argv[2] ?? '', argv[3] ?? '');
      const set = db.typed(argv[1] ?? '', 'zset');
      if (set === undefined) return 0;
      const { start, end } = range(set);
      return end - start;
    },
  },
  {
    name: 'zremrangebyscore',
    arity: 4,
    flags: 'write',
    keys: oneKey,
    run: ({ db }, argv) => {
      const key = argv[1] ?? '';
      const range = scoreRange(argv[2] ?? '', argv[3] ?? '');
      const set = db.typed(key, 'zset');
      if (set === undefined) return 0;
      const { start, end } = range(set);
      for (const { member } of set.slice(start, end)) set.delete(member);
      if (set.size === 0) db.delete(key);
      else if (end > start) db.touch(key);
      return end - start;
    },
  },
];
