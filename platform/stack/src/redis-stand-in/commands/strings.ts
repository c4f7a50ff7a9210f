import type { CommandContext, CommandSpec } from '../command.js';
import { OK, ReplyError } from '../protocol/reply.js';
import { errors } from '../support/errors.js';
import { INT64_MAX, INT64_MIN, integerArg, parseInt64 } from '../support/integers.js';

/** Adds `increment` to the integer stored at `key`, keeping its TTL, as Redis's `incrDecrCommand`. */
function incrementBy({ db }: CommandContext, key: string, increment: bigint): bigint {
  const stored = db.typed(key, 'string');
  const current = stored === undefined ? 0n : parseInt64(stored);
  if (current === undefined) throw errors.notInteger();
  const next = current + increment;
  if (next > INT64_MAX || next < INT64_MIN) throw errors.overflow();
  db.set(key, { type: 'string', value: String(next) }, true);
  return next;
}

const oneKey: readonly [number, number, number] = [1, 1, 1];

/** GET, GETDEL, MGET, MSET, INCR, INCRBY, DECR and DECRBY (SET has its own module). */
export const stringCommands: CommandSpec[] = [
  {
    name: 'get',
    arity: 2,
    flags: 'readonly fast',
    keys: oneKey,
    run: ({ db }, argv) => db.typed(argv[1] ?? '', 'string') ?? null,
  },
  {
    name: 'getdel',
    arity: 2,
    flags: 'write fast',
    keys: oneKey,
    run: ({ db }, argv) => {
      const key = argv[1] ?? '';
      const value = db.typed(key, 'string');
      if (value !== undefined) db.delete(key);
      return value ?? null;
    },
  },
  {
    name: 'mget',
    arity: -2,
    flags: 'readonly fast',
    keys: [1, -1, 1],
    run: ({ db }, argv) =>
      argv.slice(1).map((key) => {
        const stored = db.lookup(key);
        return stored?.type === 'string' ? stored.value : null;
      }),
  },
  {
    name: 'mset',
    arity: -3,
    flags: 'write denyoom',
    keys: [1, -1, 2],
    run: ({ db }, argv) => {
      if (argv.length % 2 === 0) throw errors.arity('mset');
      for (let i = 1; i < argv.length; i += 2) db.set(argv[i] ?? '', { type: 'string', value: argv[i + 1] ?? '' });
      return OK;
    },
  },
  {
    name: 'incr',
    arity: 2,
    flags: 'write denyoom fast',
    keys: oneKey,
    run: (ctx, argv) => incrementBy(ctx, argv[1] ?? '', 1n),
  },
  {
    name: 'decr',
    arity: 2,
    flags: 'write denyoom fast',
    keys: oneKey,
    run: (ctx, argv) => incrementBy(ctx, argv[1] ?? '', -1n),
  },
  {
    name: 'incrby',
    arity: 3,
    flags: 'write denyoom fast',
    keys: oneKey,
    run: (ctx, argv) => incrementBy(ctx, argv[1] ?? '', integerArg(argv[2] ?? '')),
  },
  {
    name: 'decrby',
    arity: 3,
    flags: 'write denyoom fast',
    keys: oneKey,
    run: (ctx, argv) => {
      const decrement = integerArg(argv[2] ?? '');
      // Negating INT64_MIN does not fit in 64 bits.
      if (decrement === INT64_MIN) throw new ReplyError('ERR decrement would overflow');
      return incrementBy(ctx, argv[1] ?? '', -decrement);
    },
  },
];
