import type { CommandContext, CommandSpec } from '../../command.js';
import type { Reply } from '../../protocol/reply.js';
import type { Stream } from '../../streams/stream.js';
import { formatId } from '../../streams/stream-id.js';
import { errors } from '../../support/errors.js';
import { entryReply, noSuchGroup } from './replies.js';

function existingStream({ db }: CommandContext, key: string): Stream {
  const stream = db.typed(key, 'stream');
  if (stream === undefined) throw errors.noSuchKey();
  return stream;
}

const byName = <T>(entries: Iterable<[string, T]>) => [...entries].sort(([a], [b]) => (a < b ? -1 : 1));

/**
 * XINFO STREAM key, XINFO GROUPS key and XINFO CONSUMERS key group, with Redis 7.0's fields.
 * `radix-tree-keys` counts the nodes as Redis would lay them out; `radix-tree-nodes` describes
 * Redis's radix tree internals, which are not modelled, and is an estimate.
 */
export const xinfoCommand: CommandSpec = {
  name: 'xinfo',
  arity: -2,
  subcommands: [
    {
      name: 'stream',
      arity: -3,
      run: (ctx, argv) => {
        // XINFO STREAM ... FULL is not implemented; Redis answers extra arguments it cannot parse like this.
        if (argv.length !== 3) throw errors.subcommandSyntax(argv);
        const stream = existingStream(ctx, argv[2] ?? '');
        const first = stream.first();
        const last = stream.last();
        return [
          ...[
            'length',
            stream.length,
            'radix-tree-keys',
            stream.nodes.length,
            'radix-tree-nodes',
            stream.nodes.length + 1,
          ],
          ...['last-generated-id', formatId(stream.lastId), 'max-deleted-entry-id', formatId(stream.maxDeletedId)],
          ...['entries-added', stream.entriesAdded, 'recorded-first-entry-id', formatId(stream.firstId)],
          ...['groups', stream.groups.size],
          ...['first-entry', first ? entryReply(first) : null, 'last-entry', last ? entryReply(last) : null],
        ];
      },
    },
    {
      name: 'groups',
      arity: 3,
      run: (ctx, argv) => {
        const stream = existingStream(ctx, argv[2] ?? '');
        return byName(stream.groups).map(([name, group]): Reply => {
          const lag = group.lag(stream);
          return [
            ...['name', name, 'consumers', group.consumers.size, 'pending', group.pending.size],
            ...['last-delivered-id', formatId(group.lastId)],
            ...['entries-read', group.entriesRead < 0 ? null : group.entriesRead, 'lag', lag ?? null],
          ];
        });
      },
    },
    {
      name: 'consumers',
      arity: 4,
      run: (ctx, argv) => {
        const key = argv[2] ?? '';
        const group = existingStream(ctx, key).groups.get(argv[3] ?? '');
        if (group === undefined) throw noSuchGroup(argv[3] ?? '', key);
        const now = Date.now();
        return byName(group.consumers).map(([name, consumer]) => [
          ...['name', name, 'pending', consumer.pending.size],
          ...['idle', Math.max(now - consumer.seenTime, 0)],
        ]);
      },
    },
  ],
};
