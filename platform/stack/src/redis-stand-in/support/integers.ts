import { ReplyError } from '../protocol/reply.js';

const INT64_MIN = -(2n ** 63n);
export const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;

const STRICT_INTEGER = /^(0|-?[1-9][0-9]*)$/;
const UNSIGNED_PREFIX = /^[ \t\n\v\f\r]*([+-]?)([0-9]+)$/;

/**
 * Parses a signed 64-bit integer the way Redis's `string2ll` does: no sign but `-`, no leading
 * zeros, no blanks, at most 20 characters. Returns `undefined` when the text is not such a number.
 */
export function parseInt64(text: string): bigint | undefined {
  if (text.length === 0 || text.length > 20 || !STRICT_INTEGER.test(text)) return undefined;
  const value = BigInt(text);
  return value < INT64_MIN || value > INT64_MAX ? undefined : value;
}

/**
 * Parses an argument that must be a 64-bit integer, throwing Redis's reply for anything else:
 * `ERR value is not an integer or out of range`, or the given message (used where Redis names the
 * argument, as in `Invalid IDLE option argument for XCLAIM`).
 */
export function integerArg(text: string, message = 'value is not an integer or out of range'): bigint {
  const value = parseInt64(text);
  if (value === undefined) throw new ReplyError(`ERR ${message}`);
  return value;
}

/** `integerArg` as a JavaScript number, for counts and offsets that are used as array indexes. */
export function numberArg(text: string, message?: string): number {
  return Number(integerArg(text, message));
}

/**
 * Parses an unsigned 64-bit integer like Redis's `string2ull`: the strict signed form first, then
 * C's `strtoull`, which also takes leading blanks, a `+`, leading zeros, and (wrapping around) a
 * `-`. Stream IDs are read this way, so `XADD s +5-1` is accepted by Redis and here alike.
 */
export function parseUint64(text: string): bigint | undefined {
  const strict = parseInt64(text);
  if (strict !== undefined) return strict < 0n ? undefined : strict;
  return strtoull(text);
}

/** C's `strtoull` in base 10, accepting only text that it consumes entirely. */
function strtoull(text: string): bigint | undefined {
  const match = UNSIGNED_PREFIX.exec(text);
  if (!match) return undefined;
  const magnitude = BigInt(match[2] ?? '0');
  if (magnitude > UINT64_MAX) return undefined;
  return match[1] === '-' ? (2n ** 64n - magnitude) % 2n ** 64n : magnitude;
}
