import { ReplyError } from '../protocol/reply.js';

/**
 * A stream entry ID `<ms>-<seq>` (two unsigned 64-bit halves) packed into one bigint as
 * `ms << 64 | seq`, so that IDs compare with `<` and increment with `+ 1n`.
 */
export type StreamId = bigint;

const HALF_MAX = (1n << 64n) - 1n;
export const MIN_ID: StreamId = 0n;
export const MAX_ID: StreamId = (1n << 128n) - 1n;
/** The sequence a range's end gets when it names only milliseconds: the last of that millisecond. */
export const LAST_SEQ = HALF_MAX;

export const streamId = (ms: bigint, seq: bigint): StreamId => (ms << 64n) | seq;
export const msOf = (id: StreamId): bigint => id >> 64n;
export const seqOf = (id: StreamId): bigint => id & HALF_MAX;
export const formatId = (id: StreamId): string => `${msOf(id)}-${seqOf(id)}`;

const invalidId = () => new ReplyError('ERR Invalid stream ID specified as stream command argument');

/** An unsigned 64-bit half, in decimal digits (leading zeros allowed, as C's `strtoull` allows them). */
function parseHalf(text: string | undefined): bigint | undefined {
  if (text === undefined || !/^[0-9]{1,20}$/.test(text)) return undefined;
  const value = BigInt(text);
  return value > HALF_MAX ? undefined : value;
}

/**
 * Parses an ID as Redis's `streamGenericParseIDOrReply` does: `<ms>-<seq>`, or `<ms>` with `missingSeq`;
 * range bounds (`strict` false) also take `-` and `+`, the smallest and largest IDs. Throws Redis's
 * invalid-ID error.
 */
export function parseId(text: string, missingSeq: bigint, strict = false): StreamId {
  if (!strict && (text === '-' || text === '+')) return text === '-' ? MIN_ID : MAX_ID;
  const dash = text.indexOf('-');
  const ms = parseHalf(dash < 0 ? text : text.slice(0, dash));
  const seq = dash < 0 ? missingSeq : parseHalf(text.slice(dash + 1));
  if (ms === undefined || seq === undefined) throw invalidId();
  return streamId(ms, seq);
}
