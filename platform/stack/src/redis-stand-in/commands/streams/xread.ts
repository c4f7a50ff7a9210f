import { Block, type CommandContext, type CommandSpec } from '../../command.js';
import type { Database } from '../../keyspace/database.js';
import { NULL_ARRAY, type Reply, ReplyError } from '../../protocol/reply.js';
import { parseId, type StreamId } from '../../streams/stream-id.js';
import { errors } from '../../support/errors.js';
import { integerArg } from '../../support/integers.js';
import { deliverHistory, deliverNew, plainRead } from './deliveries.js';
import { streamAndGroup } from './replies.js';

// Without COUNT, a blocked read is served at most this many entries (Redis's XREAD_BLOCKED_DEFAULT_COUNT).
const BLOCKED_DEFAULT_COUNT = 1000;
const NEW_ENTRIES = '>';

/** Where a read starts for one key: after an ID, or (XREADGROUP's `>`) after the group's last delivered ID. */
type Cursor = StreamId | typeof NEW_ENTRIES;

interface ReadRequest {
  count: number;
  blockMs: number | undefined;
  group: { name: string; consumer: string; noAck: boolean } | undefined;
  keys: string[];
  ids: string[];
}

function parseRequest(argv: readonly string[], isGroupRead: boolean): ReadRequest {
  const request: ReadRequest = { count: 0, blockMs: undefined, group: undefined, keys: [], ids: [] };
  let noAck = false;
  for (let i = 1; i < argv.length; i++) {
    const more = argv.length - 1 - i;
    const option = (argv[i] ?? '').toUpperCase();
    if (option === 'BLOCK' && more > 0) {
      const timeout = integerArg(argv[++i] ?? '', 'timeout is not an integer or out of range');
      if (timeout < 0n) throw new ReplyError('ERR timeout is negative');
      request.blockMs = Number(timeout);
    } else if (option === 'COUNT' && more > 0) {
      const count = integerArg(argv[++i] ?? '');
      request.count = count < 0n ? 0 : Number(count);
    } else if (option === 'STREAMS' && more > 0) {
      const rest = argv.slice(i + 1);
      if (rest.length % 2 !== 0) {
        throw new ReplyError(
          "ERR Unbalanced XREAD list of streams: for each stream key an ID or '$' must be specified.",
        );
      }
      request.keys = rest.slice(0, rest.length / 2);
      request.ids = rest.slice(rest.length / 2);
      break;
    } else if (option === 'GROUP' && more >= 2) {
      if (!isGroupRead) {
        throw new ReplyError('ERR The GROUP option is only supported by XREADGROUP. You called XREAD instead.');
      }
      request.group = { name: argv[i + 1] ?? '', consumer: argv[i + 2] ?? '', noAck: false };
      i += 2;
    } else if (option === 'NOACK') {
      if (!isGroupRead) {
        throw new ReplyError('ERR The NOACK option is only supported by XREADGROUP. You called XREAD instead.');
      }
      noAck = true;
    } else {
      throw errors.syntax();
    }
  }
  if (request.keys.length === 0) throw errors.syntax();
  if (isGroupRead && !request.group) throw new ReplyError('ERR Missing GROUP option for XREADGROUP');
  if (request.group) request.group.noAck = noAck;
  return request;
}

/** Resolves each key's ID argument: `$` to the stream's top ID, `>` kept as is, anything else parsed. */
function resolveCursors(ctx: CommandContext, request: ReadRequest): Cursor[] {
  return request.keys.map((key, index) => {
    const stream = ctx.db.typed(key, 'stream');
    if (request.group) streamAndGroup(ctx, key, request.group.name, ' in XREADGROUP with GROUP option');
    const text = request.ids[index] ?? '';
    if (text === '$') {
      if (request.group) {
        throw new ReplyError(
          'ERR The $ ID is meaningless in the context of XREADGROUP: you want to read the history of this consumer by specifying a proper ID, or use the > ID to get new messages. The $ ID would just return an empty result set.',
        );
      }
      return stream?.lastId ?? 0n;
    }
    if (text === NEW_ENTRIES) {
      if (!request.group) {
        throw new ReplyError(
          'ERR The > ID can be specified only when calling XREADGROUP using the GROUP <group> <consumer> option.',
        );
      }
      return NEW_ENTRIES;
    }
    return parseId(text, 0n, { strict: true }).id;
  });
}

/** Serves a blocked read once `key` got new entries (Redis's `serveClientsBlockedOnStreamKey`). */
function serveBlocked(db: Database, request: ReadRequest, cursors: readonly Cursor[], key: string): Reply | undefined {
  const stored = db.lookup(key);
  if (stored?.type !== 'stream') return undefined;
  const stream = stored.value;
  const count = request.count || BLOCKED_DEFAULT_COUNT;
  if (request.group) {
    const group = stream.groups.get(request.group.name);
    if (group === undefined) {
      return new ReplyError('NOGROUP the consumer group this client was blocked on no longer exists');
    }
    if (stream.lastId <= group.lastId) return undefined;
    const consumer = group.consumerOrCreate(request.group.consumer, Date.now());
    return [[key, deliverNew(stream, group, consumer, group.lastId, count, request.group.noAck)]];
  }
  const after = cursors[request.keys.indexOf(key)];
  if (typeof after !== 'bigint' || stream.lastId <= after) return undefined;
  return [[key, plainRead(stream, after, count)]];
}

/** XREAD and XREADGROUP, after Redis's `xreadCommand`: serve what is there, else block if asked to, else a null array. */
function read(ctx: CommandContext, argv: readonly string[], isGroupRead: boolean): Reply | Block {
  const request = parseRequest(argv, isGroupRead);
  const cursors = resolveCursors(ctx, request);
  const results: Reply[] = [];
  request.keys.forEach((key, index) => {
    const stream = ctx.db.typed(key, 'stream');
    const cursor = cursors[index] ?? 0n;
    if (stream === undefined) return;
    const lastLiveId = stream.last()?.id;
    if (request.group) {
      const group = streamAndGroup(ctx, key, request.group.name).group;
      const consumer = group.consumerOrCreate(request.group.consumer, Date.now());
      if (cursor !== NEW_ENTRIES) {
        results.push([key, deliverHistory(stream, consumer, cursor, request.count)]);
      } else if (lastLiveId !== undefined && lastLiveId > group.lastId) {
        results.push([key, deliverNew(stream, group, consumer, group.lastId, request.count, request.group.noAck)]);
      }
    } else if (typeof cursor === 'bigint' && lastLiveId !== undefined && lastLiveId > cursor) {
      results.push([key, plainRead(stream, cursor, request.count)]);
    }
  });
  if (results.length > 0) return results;
  if (request.blockMs === undefined || !ctx.canBlock) return NULL_ARRAY;
  const db = ctx.db;
  return new Block({
    db: db.index,
    keys: request.keys,
    timeoutMs: request.blockMs,
    serve: (key) => serveBlocked(db, request, cursors, key),
    timeoutReply: NULL_ARRAY,
  });
}

/** XREAD [COUNT n] [BLOCK ms] STREAMS key ... id ... and XREADGROUP GROUP g c [COUNT n] [BLOCK ms] [NOACK] STREAMS key ... id .... */
export const streamReadCommands: CommandSpec[] = [
  { name: 'xread', arity: -4, run: (ctx, argv) => read(ctx, argv, false) },
  { name: 'xreadgroup', arity: -7, run: (ctx, argv) => read(ctx, argv, true) },
];
