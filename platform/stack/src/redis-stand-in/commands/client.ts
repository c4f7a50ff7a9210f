import type { ClientSession } from '../client-session.js';
import type { CommandSpec } from '../command.js';
import { OK, ReplyError } from '../protocol/reply.js';
import { errors } from '../support/errors.js';
import { integerArg } from '../support/integers.js';

// Redis accepts only printable ASCII without spaces in client names and library attributes.
const PRINTABLE = /^[!-~]*$/;

/** Sets the name CLIENT SETNAME and HELLO SETNAME give a connection, with Redis's validation. */
export function setClientName(client: ClientSession, name: string): void {
  if (!PRINTABLE.test(name)) {
    throw new ReplyError('ERR Client names cannot contain spaces, newlines or special characters.');
  }
  client.name = name;
}

/** One CLIENT INFO line, with the fields of Redis 7's `catClientInfoString`; buffer sizes are not tracked and read 0. */
function clientInfoLine(client: ClientSession, now = Date.now()): string {
  const flags = `${client.transaction ? 'x' : ''}${client.blocked ? 'b' : ''}${client.subscriptionCount > 0 ? 'P' : ''}`;
  const fields = [
    `id=${client.id}`,
    `addr=${client.address.remote}`,
    `laddr=${client.address.local}`,
    'fd=0',
    `name=${client.name}`,
    `age=${Math.floor((now - client.createdAt) / 1000)}`,
    `idle=${Math.floor((now - client.lastActiveAt) / 1000)}`,
    `flags=${flags || 'N'}`,
    `db=${client.db.index}`,
    `sub=${client.channels.size}`,
    `psub=${client.patterns.size}`,
    'ssub=0',
    `multi=${client.transaction ? client.transaction.queued.length : -1}`,
    'qbuf=0 qbuf-free=0 argv-mem=0 multi-mem=0 rbs=0 rbp=0 obl=0 oll=0 omem=0 tot-mem=0 events=r',
    `cmd=${client.lastCommand}`,
    'user=default redir=-1 resp=2',
    `lib-name=${client.libName}`,
    `lib-ver=${client.libVersion}`,
  ];
  return `${fields.join(' ')}\n`;
}

/** CLIENT LIST [TYPE type | ID id ...]: one info line per client; the stand-in has no replicas or masters. */
const clientList: CommandSpec = {
  name: 'list',
  arity: -2,
  run: ({ server }, argv) => {
    let clients = [...server.clients.values()];
    const filter = (argv[2] ?? '').toUpperCase();
    if (argv.length === 4 && filter === 'TYPE') {
      const type = (argv[3] ?? '').toLowerCase();
      if (!['normal', 'master', 'replica', 'slave', 'pubsub'].includes(type)) {
        throw new ReplyError(`ERR Unknown client type '${argv[3]}'`);
      }
      clients = clients.filter((client) => (client.subscriptionCount > 0 ? 'pubsub' : 'normal') === type);
    } else if (argv.length > 3 && filter === 'ID') {
      const ids = argv.slice(3).map((id) => integerArg(id, 'Invalid client ID'));
      clients = ids.flatMap((id) => server.clients.get(Number(id)) ?? []);
    } else if (argv.length !== 2) {
      throw errors.syntax();
    }
    const now = Date.now();
    return clients.map((client) => clientInfoLine(client, now)).join('');
  },
};

/** CLIENT ID, GETNAME, SETNAME, SETINFO, INFO and LIST: what client libraries send on connect, and what tests inspect. */
export const clientCommand: CommandSpec = {
  name: 'client',
  arity: -2,
  subcommands: [
    { name: 'id', arity: 2, run: ({ client }) => client.id },
    { name: 'getname', arity: 2, run: ({ client }) => client.name || null },
    {
      name: 'setname',
      arity: 3,
      run: ({ client }, argv) => {
        setClientName(client, argv[2] ?? '');
        return OK;
      },
    },
    {
      name: 'setinfo',
      arity: 4,
      run: ({ client }, argv) => {
        const attribute = (argv[2] ?? '').toLowerCase();
        const value = argv[3] ?? '';
        if (attribute !== 'lib-name' && attribute !== 'lib-ver') {
          throw new ReplyError(`ERR Unrecognized option '${argv[2]}'`);
        }
        if (!PRINTABLE.test(value)) {
          throw new ReplyError(`ERR ${attribute} cannot contain spaces, newlines or special characters.`);
        }
        if (attribute === 'lib-name') client.libName = value;
        else client.libVersion = value;
        return OK;
      },
    },
    { name: 'info', arity: 2, run: ({ client }) => clientInfoLine(client) },
    clientList,
  ],
};
