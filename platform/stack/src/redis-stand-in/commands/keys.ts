import type { CommandSpec } from '../command.js';
import { ReplyError } from '../protocol/reply.js';
import { errors } from '../support/errors.js';
import { INT64_MAX, integerArg } from '../support/integers.js';

/** DEL, and PEXPIRE after Redis's `expireGenericCommand`: a time not in the future deletes the key at once. */
export const keyCommands: CommandSpec[] = [
  {
    name: 'del',
    arity: -2,
    run: ({ db }, argv) => argv.slice(1).filter((key) => db.lookup(key) !== undefined && db.delete(key)).length,
  },
  {
    name: 'pexpire',
    arity: -3,
    run: ({ db }, argv) => {
      // Redis's NX, XX, GT and LT: nothing in Learngraph sends them.
      if (argv.length > 3) throw new ReplyError(`ERR Unsupported option ${argv[3]}`);
      const key = argv[1] ?? '';
      const now = BigInt(Date.now());
      const milliseconds = integerArg(argv[2] ?? '');
      if (milliseconds > INT64_MAX - now) throw errors.invalidExpire('pexpire');
      if (db.lookup(key) === undefined) return 0;
      if (milliseconds <= 0n) db.delete(key);
      else db.expireAt(key, Number(now + milliseconds));
      return 1;
    },
  },
];
