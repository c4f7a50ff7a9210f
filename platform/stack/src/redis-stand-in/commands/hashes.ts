import type { CommandSpec } from '../command.js';
import { ReplyError } from '../protocol/reply.js';
import { errors } from '../support/errors.js';
import { INT64_MAX, INT64_MIN, integerArg, parseInt64 } from '../support/integers.js';

const oneKey: readonly [number, number, number] = [1, 1, 1];

/** HSET, HGET, HMGET, HDEL, HGETALL, HINCRBY, HLEN and HEXISTS; fields keep insertion order, as Redis's small hashes do. */
export const hashCommands: CommandSpec[] = [
  {
    name: 'hset',
    arity: -4,
    flags: 'write denyoom fast',
    keys: oneKey,
    run: ({ db }, argv) => {
      if (argv.length % 2 === 1) throw errors.arity('hset');
      const key = argv[1] ?? '';
      const hash = db.typedOrCreate(key, 'hash', () => new Map());
      let added = 0;
      for (let i = 2; i < argv.length; i += 2) {
        const field = argv[i] ?? '';
        if (!hash.has(field)) added++;
        hash.set(field, argv[i + 1] ?? '');
      }
      db.touch(key);
      return added;
    },
  },
  {
    name: 'hget',
    arity: 3,
    flags: 'readonly fast',
    keys: oneKey,
    run: ({ db }, argv) => db.typed(argv[1] ?? '', 'hash')?.get(argv[2] ?? '') ?? null,
  },
  {
    name: 'hmget',
    arity: -3,
    flags: 'readonly fast',
    keys: oneKey,
    run: ({ db }, argv) => {
      const hash = db.typed(argv[1] ?? '', 'hash');
      return argv.slice(2).map((field) => hash?.get(field) ?? null);
    },
  },
  {
    name: 'hdel',
    arity: -3,
    flags: 'write fast',
    keys: oneKey,
    run: ({ db }, argv) => {
      const key = argv[1] ?? '';
      const hash = db.typed(key, 'hash');
      if (hash === undefined) return 0;
      const deleted = argv.slice(2).filter((field) => hash.delete(field)).length;
      if (hash.size === 0) db.delete(key);
      else if (deleted > 0) db.touch(key);
      return deleted;
    },
  },
  {
    name: 'hgetall',
    arity: 2,
    flags: 'readonly',
    keys: oneKey,
    run: ({ db }, argv) => [...(db.typed(argv[1] ?? '', 'hash') ?? [])].flat(),
  },
  {
    name: 'hincrby',
    arity: 4,
    flags: 'write denyoom fast',
    keys: oneKey,
    run: ({ db }, argv) => {
      const key = argv[1] ?? '';
      const field = argv[2] ?? '';
      const increment = integerArg(argv[3] ?? '');
      const hash = db.typedOrCreate(key, 'hash', () => new Map());
      const stored = hash.get(field);
      const current = stored === undefined ? 0n : parseInt64(stored);
      if (current === undefined) throw new ReplyError('ERR hash value is not an integer');
      const next = current + increment;
      if (next > INT64_MAX || next < INT64_MIN) throw errors.overflow();
      hash.set(field, String(next));
      db.touch(key);
      return next;
    },
  },
  {
    name: 'hlen',
    arity: 2,
    flags: 'readonly fast',
    keys: oneKey,
    run: ({ db }, argv) => db.typed(argv[1] ?? '', 'hash')?.size ?? 0,
  },
  {
    name: 'hexists',
    arity: 3,
    flags: 'readonly fast',
    keys: oneKey,
    run: ({ db }, argv) => (db.typed(argv[1] ?? '', 'hash')?.has(argv[2] ?? '') ? 1 : 0),
  },
];
