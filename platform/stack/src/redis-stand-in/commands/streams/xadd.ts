import type { CommandSpec } from '../../command.js';
import { ReplyError } from '../../protocol/reply.js';
import { Stream } from '../../streams/stream.js';
import {
  formatId,
  MAX_ID,
  msOf,
  type ParsedId,
  parseId,
  type StreamId,
  seqOf,
  streamId,
} from '../../streams/stream-id.js';
import { type TrimOptions, type TrimStrategy, trimStream } from '../../streams/stream-trim.js';
import { errors } from '../../support/errors.js';
import { integerArg } from '../../support/integers.js';

// Redis bounds approximate trims to 100 nodes' worth of entries unless LIMIT says otherwise.
const DEFAULT_APPROXIMATE_LIMIT = 10_000;

interface AddOrTrimArgs {
  trim?: TrimOptions;
  id?: ParsedId;
  noMkStream: boolean;
  /** Where XADD's ID (or `*`) sits. */
  idIndex: number;
}

/** Parses XADD's and XTRIM's options, after Redis's `streamParseAddOrTrimArgsOrReply`. */
function parseAddOrTrimArgs(argv: readonly string[], xadd: boolean): AddOrTrimArgs {
  let strategy: TrimStrategy | undefined;
  let approximate = false;
  let limit: bigint | undefined;
  let id: ParsedId | undefined;
  let noMkStream = false;
  let i = 2;
  for (; i < argv.length; i++) {
    const more = argv.length - 1 - i;
    const option = (argv[i] ?? '').toUpperCase();
    if (xadd && argv[i] === '*') break;
    if ((option === 'MAXLEN' || option === 'MINID') && more > 0) {
      if (strategy) {
        throw new ReplyError('ERR syntax error, MAXLEN and MINID options at the same time are not compatible');
      }
      const operator = argv[i + 1];
      approximate = more >= 2 && operator === '~';
      if (more >= 2 && (operator === '~' || operator === '=')) i++;
      const threshold = argv[++i] ?? '';
      if (option === 'MAXLEN') {
        const maxLength = integerArg(threshold);
        if (maxLength < 0n) throw new ReplyError('ERR The MAXLEN argument must be >= 0.');
        strategy = { kind: 'maxlen', maxLength: Number(maxLength) };
      } else {
        strategy = { kind: 'minid', minId: parseId(threshold, 0n, { strict: true }).id };
      }
    } else if (option === 'LIMIT' && more > 0) {
      limit = integerArg(argv[++i] ?? '');
      if (limit < 0n) throw new ReplyError('ERR The LIMIT argument must be >= 0.');
    } else if (xadd && option === 'NOMKSTREAM') {
      noMkStream = true;
    } else if (xadd) {
      id = parseId(argv[i] ?? '', 0n, { strict: true, autoSeq: true });
      break;
    } else {
      throw errors.syntax();
    }
  }
  if (limit !== undefined && limit > 0n && !strategy) {
    throw new ReplyError('ERR syntax error, LIMIT cannot be used without specifying a trimming strategy');
  }
  if (!xadd && !strategy) throw new ReplyError('ERR syntax error, XTRIM must be called with a trimming strategy');
  if (limit !== undefined && !approximate) {
    throw new ReplyError('ERR syntax error, LIMIT cannot be used without the special ~ option');
  }
  const effectiveLimit = limit !== undefined ? Number(limit) : approximate ? DEFAULT_APPROXIMATE_LIMIT : 0;
  return { trim: strategy && { strategy, approximate, limit: effectiveLimit }, id, noMkStream, idIndex: i };
}

/** The ID a new entry gets: the next one after the top item for `*`, or the explicit one (`<ms>-*` picks the sequence). */
function nextId(stream: Stream, requested: ParsedId | undefined): StreamId | undefined {
  if (requested === undefined) {
    const now = BigInt(Date.now());
    return now > msOf(stream.lastId) ? streamId(now, 0n) : stream.lastId + 1n;
  }
  if (requested.seqGiven || msOf(requested.id) !== msOf(stream.lastId)) return requested.id;
  return seqOf(stream.lastId) === seqOf(MAX_ID) ? undefined : stream.lastId + 1n;
}

/** XADD key [NOMKSTREAM] [MAXLEN | MINID [= | ~] threshold [LIMIT count]] <* | id> field value [field value ...]. */
export const xaddCommand: CommandSpec = {
  name: 'xadd',
  arity: -5,
  run: ({ db, server }, argv) => {
    const key = argv[1] ?? '';
    const args = parseAddOrTrimArgs(argv, true);
    const fields = argv.slice(args.idIndex + 1);
    if (fields.length < 2 || fields.length % 2 === 1) throw errors.arity('xadd');
    if (args.id?.seqGiven && args.id.id === 0n) {
      throw new ReplyError('ERR The ID specified in XADD must be greater than 0-0');
    }
    const existing = db.typed(key, 'stream');
    if (existing === undefined && args.noMkStream) return null;
    const stream = existing ?? db.typedOrCreate(key, 'stream', () => new Stream());
    if (stream.lastId === MAX_ID) {
      throw new ReplyError('ERR The stream has exhausted the last possible ID, unable to add more items');
    }
    const id = nextId(stream, args.id);
    if (id === undefined || id <= stream.lastId) {
      throw new ReplyError('ERR The ID specified in XADD is equal or smaller than the target stream top item');
    }
    stream.append(id, fields);
    if (args.trim) trimStream(stream, args.trim);
    server.blocking.signal(db.index, key);
    return formatId(id);
  },
};

/** XTRIM key MAXLEN | MINID [= | ~] threshold [LIMIT count]. */
export const xtrimCommand: CommandSpec = {
  name: 'xtrim',
  arity: -4,
  run: ({ db }, argv) => {
    const key = argv[1] ?? '';
    const { trim } = parseAddOrTrimArgs(argv, false);
    const stream = db.typed(key, 'stream');
    if (stream === undefined || trim === undefined) return 0;
    const removed = trimStream(stream, trim);
    return removed;
  },
};
