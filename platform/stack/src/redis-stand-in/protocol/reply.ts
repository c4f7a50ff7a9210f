/**
 * What command handlers answer, before it is encoded as RESP2. Bulk strings are JavaScript strings
 * holding one byte per character (latin1), which keeps keys and values binary-safe without copying
 * Buffers around; numbers and bigints are integer replies; `null` is the null bulk string.
 */
export type Reply =
  | string
  | number
  | bigint
  | null
  | SimpleString
  | ReplyError
  | NullArray
  | ReplySequence
  | readonly Reply[];

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

/** The RESP2 null array (`*-1`), which Redis uses for timeouts and aborted transactions. */
export class NullArray {
  static readonly instance = new NullArray();
  private constructor() {}
}

/** Several top-level replies for one command, as SUBSCRIBE sends one confirmation per channel. */
export class ReplySequence {
  constructor(readonly replies: readonly Reply[]) {}
}

export const OK = new SimpleString('OK');
export const NULL_ARRAY = NullArray.instance;
