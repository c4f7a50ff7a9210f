import { ReplyError } from '../protocol/reply.js';
import { parseUint64 } from '../support/integers.js';

/**
 * A stream entry ID `<ms>-<seq>` (two unsigned 64-bit halves) packed into one bigint as
 * `ms << 64 | seq`, so that IDs compare with `<` and increment with `+ 1n`.
 */
export type StreamId = bigint;

export const MIN_ID: StreamId = 0n;
export const MAX_ID: StreamId = (1n << 128n) - 1n;
const HALF = (1n << 64n) - 1n;

export const streamId = (ms: bigint, seq: bigint): StreamId => (ms << 64n) | seq;
export const msOf = (id: StreamId): bigint => id >> 64n;
export const seqOf = (id: StreamId): bigint => id & HALF;
export const formatId = (id: StreamId): string => `${msOf(id)}-${seqOf(id)}`;

const invalidId = () => new ReplyError('ERR Invalid stream ID specified as stream command argument');

export interface ParsedId {
  id: StreamId;
  /** False for XADD's `<ms>-*`, where the server picks the sequence number. */
  seqGiven: boolean;
}

/**
 * Parses an ID as Redis's `streamGenericParseIDOrReply`: `-` and `+` are the smallest and largest
 * IDs unless `strict`, a missing sequence becomes `missingSeq`, and `<ms>-*` is accepted only when
 * `autoSeq` (XADD). Throws Redis's invalid-ID error.
 */
export function parseId(
  text: string,
  missingSeq: bigint,
  options: { strict?: boolean; autoSeq?: boolean } = {},
): ParsedId {
  if (text.length > 127) throw invalidId();
  if (text === '-' || text === '+') {
    if (options.strict) throw invalidId();
    return { id: text === '-' ? MIN_ID : MAX_ID, seqGiven: true };
  }
  const dash = text.indexOf('-');
  const ms = parseUint64(dash < 0 ? text : text.slice(0, dash));
  if (ms === undefined) throw invalidId();
  if (dash < 0) return { id: streamId(ms, missingSeq), seqGiven: true };
  const seqText = text.slice(dash + 1);
  if (options.autoSeq && seqText === '*') return { id: streamId(ms, 0n), seqGiven: false };
  const seq = parseUint64(seqText);
  if (seq === undefined) throw invalidId();
  return { id: streamId(ms, seq), seqGiven: true };
}

/**
 * Parses a range bound (XRANGE, XPENDING, XAUTOCLAIM): a `(` prefix makes it exclusive, which is
 * turned into the next (for a start) or previous (for an end) ID, with Redis's errors when there is none.
 */
export function parseRangeBound(text: string, side: 'start' | 'end'): StreamId {
  const exclusive = text.length > 1 && text.startsWith('(');
  const missingSeq = side === 'start' ? 0n : HALF;
  if (!exclusive) return parseId(text, missingSeq).id;
  const { id } = parseId(text.slice(1), missingSeq, { strict: true });
  if (side === 'start' && id === MAX_ID) throw new ReplyError('ERR invalid start ID for the interval');
  if (side === 'end' && id === MIN_ID) throw new ReplyError('ERR invalid end ID for the interval');
  return side === 'start' ? id + 1n : id - 1n;
}
