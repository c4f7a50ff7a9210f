import type { CommandSpec, Handler } from '../command.js';
import { ReplyError } from '../protocol/reply.js';
import { errors } from '../support/errors.js';
import { INT64_MAX, integerArg } from '../support/integers.js';

/** EXPIRE and PEXPIRE after Redis's `expireGenericCommand`: a time not in the future deletes the key at once. */
const expireIn =
  (name: 'expire' | 'pexpire', unitMilliseconds: bigint): Handler =>
  ({ db }, argv) => {
    // Redis's NX, XX, GT and LT: nothing in Learngraph sends them.
    if (argv.length > 3) throw new ReplyError(`ERR Unsupported option ${argv[3]}`);
    const key = argv[1] ?? '';
    const now = BigInt(Date.now());
    const amount = integerArg(argv[2] ?? '');
    if (amount > INT64_MAX / unitMilliseconds || amount < -INT64_MAX / unitMilliseconds)
      throw errors.invalidExpire(name);
    const milliseconds = amount * unitMilliseconds;
    if (milliseconds > INT64_MAX - now) throw errors.invalidExpire(name);
    if (db.lookup(key) === undefined) return 0;
    if (milliseconds <= 0n) db.delete(key);
    else db.expireAt(key, Number(now + milliseconds));
    return 1;
  };

/** TTL and PTTL after Redis's `ttlGenericCommand`: -2 for a missing key, -1 for one that never expires. */
const timeToLive =
  (inSeconds: boolean): Handler =>
  ({ db }, argv) => {
    const milliseconds = db.timeToLive(argv[1] ?? '');
    if (milliseconds === undefined) return -2;
    if (milliseconds === null) return -1;
    const left = Math.max(0, milliseconds);
    return inSeconds ? Math.floor((left + 500) / 1000) : left;
  };

/** DEL, EXPIRE, PEXPIRE, TTL and PTTL. */
export const keyCommands: CommandSpec[] = [
  {
    name: 'del',
    arity: -2,
    run: ({ db }, argv) => argv.slice(1).filter((key) => db.lookup(key) !== undefined && db.delete(key)).length,
  },
  { name: 'expire', arity: -3, run: expireIn('expire', 1000n) },
  { name: 'pexpire', arity: -3, run: expireIn('pexpire', 1n) },
  { name: 'ttl', arity: 2, run: timeToLive(true) },
  { name: 'pttl', arity: 2, run: timeToLive(false) },
];
