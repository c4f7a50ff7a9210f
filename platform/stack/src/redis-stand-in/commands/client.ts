import type { ClientSession } from '../client-session.js';
import type { CommandSpec } from '../command.js';
import { OK, ReplyError } from '../protocol/reply.js';

// Redis accepts only printable ASCII without spaces in client names.
const PRINTABLE = /^[!-~]*$/;

/** One CLIENT LIST line, with the first fields of Redis's `catClientInfoString` and its flags for MULTI and blocked. */
function clientLine(client: ClientSession): string {
  const flags = `${client.transaction ? 'x' : ''}${client.blocked ? 'b' : ''}` || 'N';
  const { remote, local } = client.address;
  return `id=${client.id} addr=${remote} laddr=${local} name=${client.name} flags=${flags} db=${client.db.index}\n`;
}

/**
 * CLIENT SETNAME, which ioredis sends for its `connectionName`, and CLIENT LIST, which shows who is
 * connected and who is blocked (tests wait on it). CLIENT SETINFO, which ioredis also sends, is unknown
 * to Redis 7.0 and so to the stand-in; ioredis ignores the error.
 */
export const clientCommand: CommandSpec = {
  name: 'client',
  arity: -2,
  subcommands: [
    {
      name: 'setname',
      arity: 3,
      run: ({ client }, argv) => {
        const name = argv[2] ?? '';
        if (!PRINTABLE.test(name)) {
          throw new ReplyError('ERR Client names cannot contain spaces, newlines or special characters.');
        }
        client.name = name;
        return OK;
      },
    },
    { name: 'list', arity: 2, run: ({ server }) => [...server.clients.values()].map(clientLine).join('') },
  ],
};
