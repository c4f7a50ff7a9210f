/**
 * What command handlers answer, before it is encoded as RESP2. Bulk strings are JavaScript strings
 * holding one byte per character (latin1), which keeps keys and values binary-safe without copying
 * Buffers around; numbers are integer replies (bigints where they may pass 2^53, as INCR's can); `null` is
 * the null bulk string.
 */
export type Reply = string | number | bigint | null | SimpleString | ReplyError | NullArray | readonly Reply[];

/** A `+status` reply such as `+OK` or `+QUEUED`. */
export class SimpleString {
  constructor(readonly value: string) {}
}

/**
 * An error reply. It is thrown by handlers and argument parsers (the dispatcher turns it into the
 * reply) and may also sit inside an array, as EXEC answers each queued command's error in place.
 * The message starts with the error code, as Redis sends it: `ERR syntax error`, `WRONGTYPE ...`.
 */
export class ReplyError extends Error {}

/** The RESP2 null array (`*-1`), which Redis answers for a blocking read's timeout, among others. */
export class NullArray {
  static readonly instance = new NullArray();
  private constructor() {}
}

export const OK = new SimpleString('OK');
export const NULL_ARRAY = NullArray.instance;
