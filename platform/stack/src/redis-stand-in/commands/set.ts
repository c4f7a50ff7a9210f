import type { CommandSpec } from '../command.js';
import { OK } from '../protocol/reply.js';
import { errors } from '../support/errors.js';
import { INT64_MAX, integerArg } from '../support/integers.js';

type ExpiryOption = 'EX' | 'PX' | 'EXAT' | 'PXAT';

interface SetOptions {
  condition?: 'NX' | 'XX';
  get: boolean;
  keepTtl: boolean;
  expiry?: { kind: ExpiryOption; value: string };
}

/** Parses SET's options with the compatibility rules of Redis's `parseExtendedStringArgumentsOrReply`. */
function parseOptions(argv: readonly string[]): SetOptions {
  const options: SetOptions = { get: false, keepTtl: false };
  for (let i = 3; i < argv.length; i++) {
    const option = (argv[i] ?? '').toUpperCase();
    const next = argv[i + 1];
    const expiryKind = options.expiry?.kind;
    if ((option === 'NX' || option === 'XX') && (options.condition === undefined || options.condition === option)) {
      options.condition = option;
    } else if (option === 'GET') {
      options.get = true;
    } else if (option === 'KEEPTTL' && expiryKind === undefined) {
      options.keepTtl = true;
    } else if (
      (option === 'EX' || option === 'PX' || option === 'EXAT' || option === 'PXAT') &&
      next !== undefined &&
      !options.keepTtl &&
      (expiryKind === undefined || expiryKind === option)
    ) {
      options.expiry = { kind: option, value: next };
      i++;
    } else {
      throw errors.syntax();
    }
  }
  return options;
}

/** The absolute expiry time in milliseconds, validated as Redis's `getExpireMillisecondsOrReply`. */
function expiresAt(expiry: NonNullable<SetOptions['expiry']>): number {
  let milliseconds = integerArg(expiry.value);
  const seconds = expiry.kind === 'EX' || expiry.kind === 'EXAT';
  if (milliseconds <= 0n || (seconds && milliseconds > INT64_MAX / 1000n)) throw errors.invalidExpire('set');
  if (seconds) milliseconds *= 1000n;
  if (expiry.kind === 'EX' || expiry.kind === 'PX') milliseconds += BigInt(Date.now());
  if (milliseconds > INT64_MAX) throw errors.invalidExpire('set');
  return Number(milliseconds);
}

/** SET key value [NX | XX] [GET] [EX s | PX ms | EXAT t | PXAT t | KEEPTTL]. */
export const setCommand: CommandSpec = {
  name: 'set',
  arity: -3,
  flags: 'write denyoom',
  keys: [1, 1, 1],
  run: ({ db }, argv) => {
    const key = argv[1] ?? '';
    const options = parseOptions(argv);
    const at = options.expiry ? expiresAt(options.expiry) : undefined;
    const previous = options.get ? (db.typed(key, 'string') ?? null) : undefined;
    const exists = db.lookup(key) !== undefined;
    if ((options.condition === 'NX' && exists) || (options.condition === 'XX' && !exists)) {
      return options.get ? (previous ?? null) : null;
    }
    db.set(key, { type: 'string', value: argv[2] ?? '' }, options.keepTtl);
    if (at !== undefined) db.setExpiry(key, at);
    return options.get ? (previous ?? null) : OK;
  },
};
