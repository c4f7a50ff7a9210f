import type { CommandSpec } from '../command.js';
import { OK, ReplyError, SimpleString } from '../protocol/reply.js';
import { errors } from '../support/errors.js';
import { parseInt64 } from '../support/integers.js';

const PONG = new SimpleString('PONG');

/** PING, SELECT (ioredis sends it for a database in the URL) and QUIT. */
export const connectionCommands: CommandSpec[] = [
  {
    name: 'ping',
    arity: -1,
    run: (_, argv) => {
      if (argv.length > 2) throw errors.arity('ping');
      return argv[1] ?? PONG;
    },
  },
  {
    name: 'select',
    arity: 2,
    run: ({ client, server }, argv) => {
      const index = parseInt64(argv[1] ?? '');
      if (index === undefined || index < -(2n ** 31n) || index >= 2n ** 31n) throw errors.notInteger();
      const database = index < 0n ? undefined : server.databases[Number(index)];
      if (database === undefined) throw new ReplyError('ERR DB index is out of range');
      client.db = database;
      return OK;
    },
  },
  {
    name: 'quit',
    arity: -1,
    run: ({ client }) => {
      client.closeAfterReply = true;
      return OK;
    },
  },
];
