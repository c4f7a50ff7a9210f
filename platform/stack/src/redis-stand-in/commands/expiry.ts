import type { CommandContext, CommandSpec } from '../command.js';
import { ReplyError } from '../protocol/reply.js';
import { errors } from '../support/errors.js';
import { INT64_MAX, INT64_MIN, integerArg } from '../support/integers.js';

type Condition = 'NX' | 'XX' | 'GT' | 'LT';

function conditions(options: readonly string[]): Set<Condition> {
  const found = new Set<Condition>();
  for (const option of options) {
    const upper = option.toUpperCase();
    if (upper !== 'NX' && upper !== 'XX' && upper !== 'GT' && upper !== 'LT') {
      throw new ReplyError(`ERR Unsupported option ${option}`);
    }
    found.add(upper);
  }
  if (found.has('NX') && (found.has('XX') || found.has('GT') || found.has('LT'))) {
    throw new ReplyError('ERR NX and XX, GT or LT options at the same time are not compatible');
  }
  if (found.has('GT') && found.has('LT')) {
    throw new ReplyError('ERR GT and LT options at the same time are not compatible');
  }
  return found;
}

/** Whether NX/XX/GT/LT allow replacing `current` (undefined: no TTL, which GT and LT treat as infinite). */
function allowed(found: Set<Condition>, current: number | undefined, when: bigint): boolean {
  if (found.has('NX') && current !== undefined) return false;
  if (found.has('XX') && current === undefined) return false;
  if (found.has('GT') && (current === undefined || when <= BigInt(current))) return false;
  if (found.has('LT') && current !== undefined && when >= BigInt(current)) return false;
  return true;
}

/** EXPIRE and PEXPIRE, after Redis's `expireGenericCommand`: a time in the past deletes the key. */
function expire(name: string, unitMs: bigint): CommandSpec {
  return {
    name,
    arity: -3,
    flags: 'write fast',
    keys: [1, 1, 1],
    run: ({ db }: CommandContext, argv) => {
      const key = argv[1] ?? '';
      const found = conditions(argv.slice(3));
      let when = integerArg(argv[2] ?? '');
      if (when > INT64_MAX / unitMs || when < INT64_MIN / unitMs) throw errors.invalidExpire(name);
      when *= unitMs;
      const now = BigInt(Date.now());
      if (when > INT64_MAX - now) throw errors.invalidExpire(name);
      when += now;
      if (db.lookup(key) === undefined || !allowed(found, db.expiryOf(key), when)) return 0;
      if (when <= now) {
        db.delete(key);
        return 1;
      }
      db.setExpiry(key, Number(when));
      db.touch(key);
      return 1;
    },
  };
}

function ttl(name: string, unitMs: number): CommandSpec {
  return {
    name,
    arity: 2,
    flags: 'readonly fast',
    keys: [1, 1, 1],
    run: ({ db }, argv) => {
      const key = argv[1] ?? '';
      if (db.lookup(key) === undefined) return -2;
      const at = db.expiryOf(key);
      if (at === undefined) return -1;
      const remaining = Math.max(at - Date.now(), 0);
      return unitMs === 1 ? remaining : Math.floor((remaining + 500) / 1000);
    },
  };
}

/** EXPIRE, PEXPIRE (with NX/XX/GT/LT), TTL, PTTL and PERSIST. */
export const expiryCommands: CommandSpec[] = [
  expire('expire', 1000n),
  expire('pexpire', 1n),
  ttl('ttl', 1000),
  ttl('pttl', 1),
  {
    name: 'persist',
    arity: 2,
    flags: 'write fast',
    keys: [1, 1, 1],
    run: ({ db }, argv) => {
      const key = argv[1] ?? '';
      if (db.lookup(key) === undefined || db.expiryOf(key) === undefined) return 0;
      db.setExpiry(key, undefined);
      db.touch(key);
      return 1;
    },
  },
];
