import { Block, type CommandContext, type CommandSpec } from '../../command.js';
import type { Database } from '../../keyspace/database.js';
import { NULL_ARRAY, type Reply, ReplyError } from '../../protocol/reply.js';
import type { ConsumerGroup } from '../../streams/consumer-group.js';
import type { Stream } from '../../streams/stream.js';
import { MAX_ID, parseId } from '../../streams/stream-id.js';
import { errors } from '../../support/errors.js';
import { integerArg } from '../../support/integers.js';
import { entryReply, streamAndGroup } from './replies.js';

// Without COUNT, a blocked read is served at most this many entries (Redis's XREAD_BLOCKED_DEFAULT_COUNT).
const BLOCKED_DEFAULT_COUNT = 1000;

interface ReadRequest {
  group: string;
  consumer: string;
  /** 0: no limit. */
  count: number;
  blockMs: number | undefined;
  keys: string[];
  ids: string[];
}

/** Parses the options in Redis's order and with its errors. */
function parseRequest(argv: readonly string[]): ReadRequest {
  let group: { name: string; consumer: string } | undefined;
  let count = 0;
  let blockMs: number | undefined;
  for (let i = 1; i < argv.length; i++) {
    const more = argv.length - 1 - i;
    const option = (argv[i] ?? '').toUpperCase();
    if (option === 'BLOCK' && more > 0) {
      const timeout = integerArg(argv[++i] ?? '', 'timeout is not an integer or out of range');
      if (timeout < 0n) throw new ReplyError('ERR timeout is negative');
      blockMs = Number(timeout);
    } else if (option === 'COUNT' && more > 0) {
      const value = integerArg(argv[++i] ?? '');
      count = value < 0n ? 0 : Number(value);
    } else if (option === 'GROUP' && more >= 2) {
      group = { name: argv[i + 1] ?? '', consumer: argv[i + 2] ?? '' };
      i += 2;
    } else if (option === 'STREAMS' && more > 0) {
      const rest = argv.slice(i + 1);
      if (rest.length % 2 !== 0) {
        // Redis 7.0 words it as for XREAD.
        throw new ReplyError(
          "ERR Unbalanced XREAD list of streams: for each stream key an ID or '$' must be specified.",
        );
      }
      if (group === undefined) throw new ReplyError('ERR Missing GROUP option for XREADGROUP');
      const keys = rest.slice(0, rest.length / 2);
      return { group: group.name, consumer: group.consumer, count, blockMs, keys, ids: rest.slice(keys.length) };
    } else {
      // Redis's NOACK: nothing in Learngraph sends it.
      throw errors.syntax();
    }
  }
  throw errors.syntax();
}

/** The ID Learngraph reads with, `>` (new entries); Redis's errors for `$` and malformed IDs. */
function checkId(text: string): void {
  if (text === '>') return;
  if (text === '$') {
    throw new ReplyError(
      'ERR The $ ID is meaningless in the context of XREADGROUP: you want to read the history of this consumer by specifying a proper ID, or use the > ID to get new messages. The $ ID would just return an empty result set.',
    );
  }
  parseId(text, 0n, true);
  // Reading a consumer's own pending entries again: nothing in Learngraph does.
  throw new ReplyError('ERR the Redis stand-in reads consumer groups only with the > ID');
}

/** Hands the entries after the group's last delivered ID to `consumer`, each now pending for it. */
function deliver(stream: Stream, group: ConsumerGroup, consumer: string, count: number): Reply[] {
  const now = Date.now();
  const entries: Reply[] = [];
  for (const entry of stream.range(group.lastId + 1n, MAX_ID)) {
    group.lastId = entry.id;
    group.pending.set(entry.id, { consumer, deliveryTime: now, deliveryCount: 1 });
    entries.push(entryReply(entry));
    if (entries.length === count) break;
  }
  return entries;
}

/**
 * Serves a blocked read once `key` was signalled — new entries, or the key deleted — as Redis's
 * `serveClientsBlockedOnStreamKey` does; undefined keeps it waiting.
 */
function serveBlocked(db: Database, request: ReadRequest, key: string): Reply | undefined {
  const stored = db.lookup(key);
  if (stored?.type !== 'stream') return new ReplyError('UNBLOCKED the stream key no longer exists');
  const group = stored.value.groups.get(request.group);
  if (group === undefined)
    return new ReplyError('NOGROUP the consumer group this client was blocked on no longer exists');
  if (stored.value.lastId <= group.lastId) return undefined;
  return [[key, deliver(stored.value, group, request.consumer, request.count || BLOCKED_DEFAULT_COUNT)]];
}

/**
 * XREADGROUP GROUP group consumer [COUNT n] [BLOCK ms] STREAMS key ... > ..., after Redis's `xreadCommand`:
 * serves the new entries there are, else blocks if asked to (until an XADD to one of the keys, the
 * key's deletion, or the timeout's null reply), else answers a null array.
 */
function read(ctx: CommandContext, argv: readonly string[]): Reply | Block {
  const request = parseRequest(argv);
  const streams = request.keys.map((key, index) => {
    const found = streamAndGroup(ctx.db, key, request.group, ' in XREADGROUP with GROUP option');
    checkId(request.ids[index] ?? '');
    return { key, ...found };
  });
  const results: Reply[] = [];
  for (const { key, stream, group } of streams) {
    const last = stream.lastEntryId;
    if (last !== undefined && last > group.lastId) {
      results.push([key, deliver(stream, group, request.consumer, request.count)]);
    }
  }
  if (results.length > 0) return results;
  if (request.blockMs === undefined || !ctx.canBlock) return NULL_ARRAY;
  const db = ctx.db;
  return new Block({
    db: db.index,
    keys: request.keys,
    timeoutMs: request.blockMs,
    serve: (key) => serveBlocked(db, request, key),
    timeoutReply: NULL_ARRAY,
  });
}

export const xreadgroupCommand: CommandSpec = { name: 'xreadgroup', arity: -7, run: read };
