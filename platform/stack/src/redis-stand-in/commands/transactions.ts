import type { CommandSpec } from '../command.js';
import { NULL_ARRAY, OK, ReplyError } from '../protocol/reply.js';

/**
 * MULTI, EXEC, DISCARD, WATCH and UNWATCH. EXEC runs the queue in one go — trivially atomic, as
 * commands run one at a time — and WATCH is real optimistic locking: EXEC answers a null array when
 * a watched key was written, deleted, expired or flushed since it was watched.
 */
export const transactionCommands: CommandSpec[] = [
  {
    name: 'multi',
    arity: 1,
    flags: 'loading stale fast',
    run: ({ client }) => {
      if (client.transaction) throw new ReplyError('ERR MULTI calls can not be nested');
      client.transaction = { queued: [], failed: false };
      return OK;
    },
  },
  {
    name: 'exec',
    arity: 1,
    flags: 'loading stale',
    run: ({ client, server, execute }) => {
      const transaction = client.transaction;
      if (transaction === undefined) throw new ReplyError('ERR EXEC without MULTI');
      client.transaction = undefined;
      // A watched key that expired since WATCH counts as changed; looking it up deletes it, which marks it so.
      for (const { db, key } of client.watched) server.databases[db]?.lookup(key);
      const changed = client.watchedKeyChanged;
      server.watches.unwatchAll(client);
      if (transaction.failed) throw new ReplyError('EXECABORT Transaction discarded because of previous errors.');
      if (changed) return NULL_ARRAY;
      return transaction.queued.map((argv) => execute(argv));
    },
  },
  {
    name: 'discard',
    arity: 1,
    flags: 'loading stale fast',
    run: ({ client, server }) => {
      if (client.transaction === undefined) throw new ReplyError('ERR DISCARD without MULTI');
      client.transaction = undefined;
      server.watches.unwatchAll(client);
      return OK;
    },
  },
  {
    name: 'watch',
    arity: -2,
    flags: 'loading stale fast',
    keys: [1, -1, 1],
    run: ({ client, server, db }, argv) => {
      if (client.transaction) throw new ReplyError('ERR WATCH inside MULTI is not allowed');
      for (const key of argv.slice(1)) {
        // An already expired key is deleted now, so that its deletion does not count as a change later.
        db.lookup(key);
        server.watches.watch(client, db.index, key);
      }
      return OK;
    },
  },
  {
    name: 'unwatch',
    arity: 1,
    flags: 'loading stale fast',
    run: ({ client, server }) => {
      server.watches.unwatchAll(client);
      return OK;
    },
  },
];
