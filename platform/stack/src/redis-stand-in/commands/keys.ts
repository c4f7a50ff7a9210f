import type { CommandSpec } from '../command.js';
import { SimpleString } from '../protocol/reply.js';
import { globMatch } from '../support/glob.js';

const ALL_KEYS: readonly [number, number, number] = [1, -1, 1];

/** DEL, UNLINK, EXISTS, TYPE and KEYS. */
export const keyCommands: CommandSpec[] = [
  {
    name: 'del',
    arity: -2,
    flags: 'write',
    keys: ALL_KEYS,
    run: ({ db }, argv) => argv.slice(1).filter((key) => db.lookup(key) !== undefined && db.delete(key)).length,
  },
  {
    // Deleting is immediate here: there is no background thread to hand large values to.
    name: 'unlink',
    arity: -2,
    flags: 'write fast',
    keys: ALL_KEYS,
    run: ({ db }, argv) => argv.slice(1).filter((key) => db.lookup(key) !== undefined && db.delete(key)).length,
  },
  {
    name: 'exists',
    arity: -2,
    flags: 'readonly fast',
    keys: ALL_KEYS,
    run: ({ db }, argv) => argv.slice(1).filter((key) => db.lookup(key) !== undefined).length,
  },
  {
    name: 'type',
    arity: 2,
    flags: 'readonly fast',
    keys: [1, 1, 1],
    run: ({ db }, argv) => new SimpleString(db.lookup(argv[1] ?? '')?.type ?? 'none'),
  },
  {
    name: 'keys',
    arity: 2,
    flags: 'readonly',
    run: ({ db }, argv) => {
      const pattern = argv[1] ?? '';
      const keys = [...db.keys()];
      return pattern === '*' ? keys : keys.filter((key) => globMatch(pattern, key));
    },
  },
];
