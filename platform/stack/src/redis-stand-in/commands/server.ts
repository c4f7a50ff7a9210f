import type { CommandSpec } from '../command.js';
import { OK, type Reply, SimpleString } from '../protocol/reply.js';
import { errors } from '../support/errors.js';

function flushMode(argv: readonly string[]): void {
  if (argv.length > 2) throw errors.syntax();
  const mode = argv[1]?.toUpperCase();
  if (mode !== undefined && mode !== 'ASYNC' && mode !== 'SYNC') throw errors.syntax();
}

/** COMMAND INFO's ten-field description of a command (Redis 7 layout; ACL categories, tips and key specs left empty). */
function describe(spec: CommandSpec, fullName = spec.name): Reply {
  const [first, last, step] = spec.keys ?? [0, 0, 0];
  const flags = (spec.flags ?? '').split(' ').filter(Boolean);
  const subcommands = (spec.subcommands ?? []).map((sub) => describe(sub, `${fullName}|${sub.name}`));
  return [
    fullName,
    spec.arity,
    flags.map((flag) => new SimpleString(flag)),
    first,
    last,
    step,
    [],
    [],
    [],
    subcommands,
  ];
}

/** DBSIZE, FLUSHDB, FLUSHALL, TIME and COMMAND. */
export const serverCommands: CommandSpec[] = [
  { name: 'dbsize', arity: 1, flags: 'readonly fast', run: ({ db }) => db.size },
  {
    name: 'flushdb',
    arity: -1,
    flags: 'write',
    run: ({ db, server }, argv) => {
      flushMode(argv);
      server.watches.databaseFlushed(db);
      db.clear();
      return OK;
    },
  },
  {
    name: 'flushall',
    arity: -1,
    flags: 'write',
    run: ({ server }, argv) => {
      flushMode(argv);
      for (const db of server.databases) {
        server.watches.databaseFlushed(db);
        db.clear();
      }
      return OK;
    },
  },
  {
    name: 'time',
    arity: 1,
    flags: 'loading stale fast',
    run: () => {
      const micros = BigInt(Math.round((performance.timeOrigin + performance.now()) * 1000));
      return [String(micros / 1_000_000n), String(micros % 1_000_000n)];
    },
  },
  {
    name: 'command',
    arity: -1,
    flags: 'loading stale',
    run: ({ server }) => [...server.commands.values()].map((spec) => describe(spec)),
    subcommands: [
      { name: 'count', arity: 2, run: ({ server }) => server.commands.size },
      {
        name: 'info',
        arity: -2,
        run: ({ server }, argv) => {
          if (argv.length === 2) return [...server.commands.values()].map((spec) => describe(spec));
          return argv.slice(2).map((name) => {
            const spec = server.commands.get(name.toLowerCase());
            return spec ? describe(spec) : null;
          });
        },
      },
      // Documentation is not kept; an empty map is a valid, if terse, COMMAND DOCS answer.
      { name: 'docs', arity: -2, run: () => [] },
    ],
  },
];
