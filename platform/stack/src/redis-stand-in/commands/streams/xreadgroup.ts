import { Block, type CommandContext, type CommandSpec } from '../../command.js';
import type { Database } from '../../keyspace/database.js';
import { NULL_ARRAY, type Reply, ReplyError } from '../../protocol/reply.js';
import type { ConsumerGroup } from '../../streams/consumer-group.js';
import type { Stream } from '../../streams/stream.js';
import { MAX_ID } from '../../streams/stream-id.js';
import { checkReadId, parseReadRequest, type ReadRequest } from './read-request.js';
import { entryReply, streamAndGroup } from './replies.js';

// Without COUNT, a blocked read is served at most this many entries (Redis's XREAD_BLOCKED_DEFAULT_COUNT).
const BLOCKED_DEFAULT_COUNT = 1000;

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
  const request = parseReadRequest(argv);
  const streams = request.keys.map((key, index) => {
    const found = streamAndGroup(ctx.db, key, request.group, ' in XREADGROUP with GROUP option');
    checkReadId(request.ids[index] ?? '');
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
