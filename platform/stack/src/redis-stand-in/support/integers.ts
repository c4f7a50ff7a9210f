import { ReplyError } from '../protocol/reply.js';

const INT64_MIN = -(2n ** 63n);
export const INT64_MAX = 2n ** 63n - 1n;

const STRICT_INTEGER = /^(0|-?[1-9][0-9]*)$/;

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
 * argument, as in `Invalid min-idle-time argument for XCLAIM`).
 */
export function integerArg(text: string, message = 'value is not an integer or out of range'): bigint {
  const value = parseInt64(text);
  if (value === undefined) throw new ReplyError(`ERR ${message}`);
  return value;
}

/** `integerArg` as a JavaScript number, for ranks that are used as array indexes. */
export function numberArg(text: string): number {
  return Number(integerArg(text));
}
