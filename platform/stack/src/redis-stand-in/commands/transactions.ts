import type { CommandSpec } from '../command.js';
import { OK, ReplyError } from '../protocol/reply.js';

/**
 * MULTI and EXEC. EXEC runs the queue in one go — trivially atomic, as commands run one at a time —
 * and answers each queued command's reply in place, errors included; a command refused while queueing
 * (unknown, wrong arity) makes EXEC discard the whole transaction, as in Redis.
 */
export const transactionCommands: CommandSpec[] = [
  {
    name: 'multi',
    arity: 1,
    run: ({ client }) => {
      if (client.transaction) throw new ReplyError('ERR MULTI calls can not be nested');
      client.transaction = { queued: [], failed: false };
      return OK;
    },
  },
  {
    name: 'exec',
    arity: 1,
    run: ({ client, execute }) => {
      const transaction = client.transaction;
      if (transaction === undefined) throw new ReplyError('ERR EXEC without MULTI');
      client.transaction = undefined;
      if (transaction.failed) throw new ReplyError('EXECABORT Transaction discarded because of previous errors.');
      return transaction.queued.map((argv) => execute(argv));
    },
  },
];
