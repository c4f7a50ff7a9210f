import type { CommandSpec } from '../command.js';
import { OK, ReplyError, SimpleString } from '../protocol/reply.js';
import { errors } from '../support/errors.js';
import { parseInt64 } from '../support/integers.js';
import { setClientName } from './client.js';
import { REDIS_VERSION } from './info.js';

const PONG = new SimpleString('PONG');

/** PING, ECHO, SELECT, QUIT and HELLO. */
export const connectionCommands: CommandSpec[] = [
  {
    name: 'ping',
    arity: -1,
    flags: 'fast',
    run: ({ client }, argv) => {
      if (argv.length > 2) throw errors.arity('ping');
      // A RESP2 subscriber can only receive arrays, so Redis answers it with one.
      if (client.subscriptionCount > 0) return ['pong', argv[1] ?? ''];
      return argv[1] ?? PONG;
    },
  },
  { name: 'echo', arity: 2, flags: 'fast', run: (_, argv) => argv[1] ?? '' },
  {
    name: 'select',
    arity: 2,
    flags: 'loading stale fast',
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
    flags: 'loading stale fast',
    run: ({ client }) => {
      client.closeAfterReply = true;
      return OK;
    },
  },
  {
    name: 'hello',
    arity: -1,
    flags: 'loading stale fast',
    run: ({ client }, argv) => {
      if (argv.length >= 2) {
        const version = parseInt64(argv[1] ?? '');
        if (version === undefined) throw new ReplyError('ERR Protocol version is not an integer or out of range');
        // RESP3 is not implemented: refusing it keeps clients on RESP2, which they all fall back to.
        if (version !== 2n) throw new ReplyError('NOPROTO unsupported protocol version');
      }
      for (let i = 2; i < argv.length; i++) {
        const option = (argv[i] ?? '').toUpperCase();
        const remaining = argv.length - 1 - i;
        if (option === 'AUTH' && remaining >= 2) {
          // Like a Redis without requirepass, where the default user takes any password.
          if (argv[i + 1] !== 'default') {
            throw new ReplyError('WRONGPASS invalid username-password pair or user is disabled.');
          }
          i += 2;
        } else if (option === 'SETNAME' && remaining >= 1) {
          setClientName(client, argv[++i] ?? '');
        } else {
          throw new ReplyError(`ERR Syntax error in HELLO option '${argv[i]}'`);
        }
      }
      const info = ['server', 'redis', 'version', REDIS_VERSION, 'proto', 2, 'id', client.id, 'mode', 'standalone'];
      return [...info, 'role', 'master', 'modules', []];
    },
  },
];
