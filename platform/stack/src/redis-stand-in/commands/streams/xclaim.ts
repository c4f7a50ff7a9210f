import type { CommandSpec } from '../../command.js';
import { type Reply, ReplyError } from '../../protocol/reply.js';
import type { Consumer } from '../../streams/consumer-group.js';
import { formatId, parseId, parseRangeBound, type StreamId } from '../../streams/stream-id.js';
import { errors } from '../../support/errors.js';
import { integerArg } from '../../support/integers.js';
import { entryReply, streamAndGroup } from './replies.js';

interface ClaimOptions {
  deliveryTime: number;
  retryCount: bigint | undefined;
  force: boolean;
  justId: boolean;
  lastId: StreamId | undefined;
}

function parseClaimOptions(argv: readonly string[], from: number, now: number): ClaimOptions {
  const options: ClaimOptions = {
    deliveryTime: now,
    retryCount: undefined,
    force: false,
    justId: false,
    lastId: undefined,
  };
  let deliveryTime: bigint | undefined;
  for (let i = from; i < argv.length; i++) {
    const option = (argv[i] ?? '').toUpperCase();
    const more = i < argv.length - 1;
    if (option === 'FORCE') options.force = true;
    else if (option === 'JUSTID') options.justId = true;
    else if (option === 'IDLE' && more) {
      deliveryTime = BigInt(now) - integerArg(argv[++i] ?? '', 'Invalid IDLE option argument for XCLAIM');
    } else if (option === 'TIME' && more) {
      deliveryTime = integerArg(argv[++i] ?? '', 'Invalid TIME option argument for XCLAIM');
    } else if (option === 'RETRYCOUNT' && more) {
      options.retryCount = integerArg(argv[++i] ?? '', 'Invalid RETRYCOUNT option argument for XCLAIM');
    } else if (option === 'LASTID' && more) {
      options.lastId = parseId(argv[++i] ?? '', 0n, { strict: true }).id;
    } else {
      throw new ReplyError(`ERR Unrecognized XCLAIM option '${argv[i]}'`);
    }
  }
  // Like Redis, a delivery time in the future or before the epoch means "now" rather than an error.
  if (deliveryTime !== undefined && deliveryTime >= 0n && deliveryTime <= BigInt(now)) {
    options.deliveryTime = Number(deliveryTime);
  }
  return options;
}

/**
 * XCLAIM key group consumer min-idle-time id ... [IDLE ms] [TIME ms] [RETRYCOUNT n] [FORCE] [JUSTID]
 * [LASTID id], after Redis's `xclaimCommand`: pending entries idle for at least min-idle-time
 * change owner; entries that no longer exist leave the pending list; FORCE creates pending entries.
 */
const xclaim: CommandSpec = {
  name: 'xclaim',
  arity: -6,
  run: (ctx, argv) => {
    const { stream, group } = streamAndGroup(ctx, argv[1] ?? '', argv[2] ?? '');
    const minIdle = integerArg(argv[4] ?? '', 'Invalid min-idle-time argument for XCLAIM');
    const ids: StreamId[] = [];
    let next = 5;
    for (; next < argv.length; next++) {
      try {
        ids.push(parseId(argv[next] ?? '', 0n, { strict: true }).id);
      } catch {
        break; // The first argument that is not an ID starts the options.
      }
    }
    const now = Date.now();
    const options = parseClaimOptions(argv, next, now);
    if (options.lastId !== undefined && options.lastId > group.lastId) group.lastId = options.lastId;
    let consumer: Consumer | undefined;
    const claimed: Reply[] = [];
    for (const id of ids) {
      const existing = group.pending.get(id);
      const entry = stream.get(id);
      if (entry === undefined) {
        group.release(id);
        continue;
      }
      if (existing === undefined && !options.force) continue;
      if (existing && minIdle > 0n && BigInt(now - existing.deliveryTime) < minIdle) continue;
      consumer ??= group.consumerOrCreate(argv[3] ?? '', now);
      const pending = group.assign(id, consumer, now);
      pending.deliveryTime = options.deliveryTime;
      if (options.retryCount !== undefined) pending.deliveryCount = Number(options.retryCount);
      else if (!options.justId) pending.deliveryCount++;
      claimed.push(options.justId ? formatId(id) : entryReply(entry));
    }
    return claimed;
  },
};

/**
 * XAUTOCLAIM key group consumer min-idle-time start [COUNT n] [JUSTID], Redis 7's reply: the cursor
 * to continue from (0-0 when the scan is complete), the claimed entries, and the IDs of pending
 * entries that no longer exist in the stream (removed from the pending list on the way).
 */
const xautoclaim: CommandSpec = {
  name: 'xautoclaim',
  arity: -6,
  run: (ctx, argv) => {
    let minIdle = integerArg(argv[4] ?? '', 'Invalid min-idle-time argument for XAUTOCLAIM');
    if (minIdle < 0n) minIdle = 0n;
    const start = parseRangeBound(argv[5] ?? '', 'start');
    let count = 100;
    let justId = false;
    for (let i = 6; i < argv.length; i++) {
      const option = (argv[i] ?? '').toUpperCase();
      if (option === 'COUNT' && i < argv.length - 1) {
        const value = integerArg(argv[++i] ?? '', 'COUNT must be > 0');
        if (value < 1n) throw new ReplyError('ERR COUNT must be > 0');
        count = Number(value);
      } else if (option === 'JUSTID') {
        justId = true;
      } else {
        throw errors.syntax();
      }
    }
    const { stream, group } = streamAndGroup(ctx, argv[1] ?? '', argv[2] ?? '');
    const now = Date.now();
    let consumer: Consumer | undefined;
    const claimed: Reply[] = [];
    const deleted: string[] = [];
    // Redis bounds the work per call: at most ten pending entries looked at per entry asked for.
    let attempts = count * 10;
    let cursor = start;
    for (let id = group.pending.firstAtOrAfter(cursor); attempts-- > 0 && count > 0 && id !== undefined; ) {
      cursor = id + 1n;
      const pending = group.pending.get(id);
      const entry = stream.get(id);
      if (entry === undefined) {
        group.release(id);
        deleted.push(formatId(id));
        count--;
      } else if (pending && (minIdle === 0n || BigInt(now - pending.deliveryTime) >= minIdle)) {
        consumer ??= group.consumerOrCreate(argv[3] ?? '', now);
        const claim = group.assign(id, consumer, now);
        claim.deliveryTime = now;
        if (!justId) claim.deliveryCount++;
        claimed.push(justId ? formatId(id) : entryReply(entry));
        count--;
      }
      id = group.pending.firstAtOrAfter(cursor);
    }
    const nextCursor = group.pending.firstAtOrAfter(cursor);
    return [formatId(nextCursor ?? 0n), claimed, deleted];
  },
};

export const claimCommands: CommandSpec[] = [xclaim, xautoclaim];
