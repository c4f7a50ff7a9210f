import type { CommandSpec } from '../../command.js';
import { OK, ReplyError } from '../../protocol/reply.js';
import { ConsumerGroup } from '../../streams/consumer-group.js';
import { Stream } from '../../streams/stream.js';
import { parseId } from '../../streams/stream-id.js';
import { errors } from '../../support/errors.js';

/**
 * XGROUP CREATE key group <id | $> [MKSTREAM], after Redis's `xgroupCommand`: the group delivers the
 * entries after the ID (`$`: after the last one). XGROUP's other subcommands: nothing in Learngraph
 * sends them.
 */
export const xgroupCommand: CommandSpec = {
  name: 'xgroup',
  arity: -2,
  subcommands: [
    {
      name: 'create',
      arity: -5,
      run: ({ db }, argv) => {
        const mkStream = argv.length === 6 && (argv[5] ?? '').toUpperCase() === 'MKSTREAM';
        if (argv.length > 5 && !mkStream) throw errors.subcommandSyntax(argv);
        const [key = '', groupName = '', idText = ''] = argv.slice(2);
        const existing = db.typed(key, 'stream');
        if (existing === undefined && !mkStream) {
          throw new ReplyError(
            'ERR The XGROUP subcommand requires the key to exist. Note that for CREATE you may want to use the MKSTREAM option to create an empty stream automatically.',
          );
        }
        const lastId = idText === '$' ? (existing?.lastId ?? 0n) : parseId(idText, 0n, true);
        const stream = existing ?? db.typedOrCreate(key, 'stream', () => new Stream());
        if (stream.groups.has(groupName)) throw new ReplyError('BUSYGROUP Consumer Group name already exists');
        stream.groups.set(groupName, new ConsumerGroup(lastId));
        return OK;
      },
    },
  ],
};
