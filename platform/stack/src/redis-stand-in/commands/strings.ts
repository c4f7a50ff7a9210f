import type { CommandContext, CommandSpec } from '../command.js';
import { OK, ReplyError } from '../protocol/reply.js';
import { errors } from '../support/errors.js';
import { INT64_MAX, integerArg, parseInt64 } from '../support/integers.js';

const INT64_MIN = -INT64_MAX - 1n;

/** The options of SET that Learngraph sends (ioredis's `set(key, value, 'EX', seconds)`), read as Redis 7.0 reads them. */
interface SetOptions {
  condition?: 'NX' | 'XX';
  keepTtl: boolean;
  expire?: { unit: 'EX' | 'PX'; amount: string };
}

/**
 * SET's options after Redis's `parseExtendedStringArgumentsOrReply`: NX and XX exclude each other, KEEPTTL and an
 * expiry too, and an expiry needs its value. (Redis's GET, EXAT and PXAT: nothing in Learngraph sends them.)
 */
function setOptions(argv: readonly string[]): SetOptions {
  const options: SetOptions = { keepTtl: false };
  for (let j = 3; j < argv.length; j++) {
    const option = (argv[j] ?? '').toUpperCase();
    const next = argv[j + 1];
    if ((option === 'NX' || option === 'XX') && options.condition !== (option === 'NX' ? 'XX' : 'NX')) {
      options.condition = option;
    } else if (option === 'KEEPTTL' && !options.expire) {
      options.keepTtl = true;
    } else if ((option === 'EX' || option === 'PX') && !options.keepTtl && !options.expire && next !== undefined) {
      options.expire = { unit: option, amount: next };
      j++;
    } else if (option === 'GET' || option === 'EXAT' || option === 'PXAT') {
      throw new ReplyError(`ERR Unsupported option ${argv[j]}`);
    } else {
      throw errors.syntax();
    }
  }
  return options;
}

/** When an expiry of SET ends, in milliseconds since the epoch, after Redis's `getExpireMillisecondsOrReply`. */
function expiryTime({ unit, amount }: { unit: 'EX' | 'PX'; amount: string }): number {
  const now = BigInt(Date.now());
  let milliseconds = integerArg(amount);
  if (milliseconds <= 0n || (unit === 'EX' && milliseconds > INT64_MAX / 1000n)) throw errors.invalidExpire('set');
  if (unit === 'EX') milliseconds *= 1000n;
  if (milliseconds > INT64_MAX - now) throw errors.invalidExpire('set');
  return Number(now + milliseconds);
}

/** INCR and INCRBY after Redis's `incrDecrCommand`: the value must read as a 64-bit integer, and keeps its expiry. */
function incrementBy({ db }: CommandContext, key: string, increment: bigint): bigint {
  const current = db.typed(key, 'string');
  const value = current === undefined ? 0n : parseInt64(current);
  if (value === undefined) throw errors.notInteger();
  const next = value + increment;
  if (next > INT64_MAX || next < INT64_MIN) throw new ReplyError('ERR increment or decrement would overflow');
  db.replace(key, 'string', String(next), true);
  return next;
}

/**
 * GET, SET, MGET, INCR and INCRBY: the router's response cache and API-key cache (GET, SET … EX) and the partner
 * rate limit's per-minute counters (INCR with EXPIRE in MULTI/EXEC).
 */
export const stringCommands: CommandSpec[] = [
  { name: 'get', arity: 2, run: ({ db }, argv) => db.typed(argv[1] ?? '', 'string') ?? null },
  {
    name: 'set',
    arity: -3,
    run: ({ db }, argv) => {
      const [key, value] = [argv[1] ?? '', argv[2] ?? ''];
      const options = setOptions(argv);
      const expiresAt = options.expire && expiryTime(options.expire);
      const exists = db.lookup(key) !== undefined;
      if ((options.condition === 'NX' && exists) || (options.condition === 'XX' && !exists)) return null;
      db.replace(key, 'string', value, options.keepTtl);
      if (expiresAt !== undefined) db.expireAt(key, expiresAt);
      return OK;
    },
  },
  {
    name: 'mget',
    arity: -2,
    // Unlike GET, a key of another type is answered nil rather than WRONGTYPE, as in Redis.
    run: ({ db }, argv) =>
      argv.slice(1).map((key) => {
        const stored = db.lookup(key);
        return stored?.type === 'string' ? stored.value : null;
      }),
  },
  { name: 'incr', arity: 2, run: (ctx, argv) => incrementBy(ctx, argv[1] ?? '', 1n) },
  { name: 'incrby', arity: 3, run: (ctx, argv) => incrementBy(ctx, argv[1] ?? '', integerArg(argv[2] ?? '')) },
];
