import type { CommandContext, CommandSpec } from '../../command.js';
import { OK, ReplyError } from '../../protocol/reply.js';
import { ConsumerGroup, UNKNOWN_ENTRIES_READ } from '../../streams/consumer-group.js';
import { Stream } from '../../streams/stream.js';
import { parseId, type StreamId } from '../../streams/stream-id.js';
import { errors } from '../../support/errors.js';
import { integerArg } from '../../support/integers.js';
import { noSuchGroup } from './replies.js';

interface Target {
  key: string;
  groupName: string;
  stream: Stream | undefined;
  group: ConsumerGroup | undefined;
  mkStream: boolean;
  entriesRead: number;
}

/**
 * The checks every XGROUP subcommand shares, in Redis's order: options (MKSTREAM for CREATE,
 * ENTRIESREAD for CREATE and SETID), then the key, which must exist unless MKSTREAM, then —
 * except for CREATE and DESTROY — the group.
 */
function target(ctx: CommandContext, argv: readonly string[]): Target {
  const subcommand = (argv[1] ?? '').toLowerCase();
  let mkStream = false;
  let entriesRead = UNKNOWN_ENTRIES_READ;
  for (let i = 5; i < argv.length; i++) {
    const option = (argv[i] ?? '').toUpperCase();
    if (subcommand === 'create' && option === 'MKSTREAM') {
      mkStream = true;
    } else if ((subcommand === 'create' || subcommand === 'setid') && option === 'ENTRIESREAD' && i + 1 < argv.length) {
      const value = integerArg(argv[++i] ?? '');
      if (value < 0n && value !== -1n) throw new ReplyError('ERR value for ENTRIESREAD must be positive or -1');
      entriesRead = Number(value);
    } else {
      throw errors.subcommandSyntax(argv);
    }
  }
  const key = argv[2] ?? '';
  const groupName = argv[3] ?? '';
  const stream = ctx.db.typed(key, 'stream');
  const group = stream?.groups.get(groupName);
  if (stream === undefined && !mkStream) {
    throw new ReplyError(
      'ERR The XGROUP subcommand requires the key to exist. Note that for CREATE you may want to use the MKSTREAM option to create an empty stream automatically.',
    );
  }
  if (stream !== undefined && group === undefined && ['setid', 'createconsumer', 'delconsumer'].includes(subcommand)) {
    throw noSuchGroup(groupName, key);
  }
  return { key, groupName, stream, group, mkStream, entriesRead };
}

function requireGroup(found: Target): ConsumerGroup {
  if (found.group === undefined) throw noSuchGroup(found.groupName, found.key);
  return found.group;
}

/** XGROUP CREATE, SETID, DESTROY, CREATECONSUMER and DELCONSUMER, after Redis's `xgroupCommand`. */
export const xgroupCommand: CommandSpec = {
  name: 'xgroup',
  arity: -2,
  subcommands: [
    {
      name: 'create',
      arity: -5,
      run: (ctx, argv) => {
        const found = target(ctx, argv);
        if (argv.length > 8) throw errors.subcommandSyntax(argv);
        const idText = argv[4] ?? '';
        const id: StreamId = idText === '$' ? (found.stream?.lastId ?? 0n) : parseId(idText, 0n, { strict: true }).id;
        const stream = found.stream ?? ctx.db.typedOrCreate(found.key, 'stream', () => new Stream());
        if (stream.groups.has(found.groupName)) throw new ReplyError('BUSYGROUP Consumer Group name already exists');
        stream.groups.set(found.groupName, new ConsumerGroup(id, found.entriesRead));
        return OK;
      },
    },
    {
      name: 'setid',
      arity: -5,
      run: (ctx, argv) => {
        const found = target(ctx, argv);
        if (argv.length !== 5 && argv.length !== 7) throw errors.subcommandSyntax(argv);
        const group = requireGroup(found);
        const idText = argv[4] ?? '';
        group.lastId = idText === '$' ? (found.stream?.lastId ?? 0n) : parseId(idText, 0n).id;
        group.entriesRead = found.entriesRead;
        return OK;
      },
    },
    {
      name: 'destroy',
      arity: 4,
      run: (ctx, argv) => {
        const found = target(ctx, argv);
        if (!found.stream?.groups.delete(found.groupName)) return 0;
        // Consumers blocked in XREADGROUP on this group are answered with NOGROUP.
        ctx.server.blocking.signal(ctx.db.index, found.key);
        return 1;
      },
    },
    {
      name: 'createconsumer',
      arity: 5,
      run: (ctx, argv) => {
        const group = requireGroup(target(ctx, argv));
        const name = argv[4] ?? '';
        if (group.consumers.has(name)) return 0;
        group.consumerOrCreate(name, Date.now());
        return 1;
      },
    },
    {
      name: 'delconsumer',
      arity: 5,
      run: (ctx, argv) => requireGroup(target(ctx, argv)).deleteConsumer(argv[4] ?? ''),
    },
  ],
};
