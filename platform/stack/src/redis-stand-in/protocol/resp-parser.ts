import { parseInt64 } from '../support/integers.js';

/** Redis's defaults: proto-max-bulk-len, INT_MAX arguments, and PROTO_INLINE_MAX_SIZE for a count line. */
const PROTOCOL_LIMITS = {
  maxBulkLength: 512 * 1024 * 1024,
  maxArguments: 2 ** 31 - 1,
  maxLineLength: 64 * 1024,
} as const;

/** A malformed request: Redis replies `ERR Protocol error: <message>` and closes the connection. */
export class ProtocolError {
  constructor(readonly message: string) {}
}

const CR = 0x0d;
const STAR = 0x2a;

/**
 * Incremental request parser for RESP arrays of bulk strings, the form every client library sends
 * (Redis's `processMultibulkBuffer`). Feed it socket chunks with `push`, then call `next` until it
 * returns `undefined` (more bytes needed); it keeps its state across partial frames and skips empty
 * arrays, as Redis does. Redis's inline commands (plain text lines, typed by hand over telnet) are not
 * understood: a request that does not start with `*` is a protocol error. Arguments come back as latin1
 * strings, one character per byte.
 *
 * @example
 * const parser = new RespParser();
 * parser.push(Buffer.from('*1\r\n$4\r\nPING\r\n'));
 * parser.next(); // ['PING']
 */
export class RespParser {
  private buffer = Buffer.alloc(0);
  private position = 0;
  private readonly chunks: Buffer[] = [];
  private chunkBytes = 0;
  private args: string[] | undefined;
  private argsMissing = 0;
  private bulkLength = -1;

  constructor(private readonly limits = PROTOCOL_LIMITS) {}

  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.chunkBytes += chunk.length;
  }

  next(): string[] | ProtocolError | undefined {
    for (;;) {
      // A large bulk arrives in many chunks: join them once, when the whole bulk is there.
      const needed = this.bulkLength >= 0 ? this.bulkLength + 2 : 1;
      if (this.buffer.length - this.position + this.chunkBytes < needed) return undefined;
      this.consolidate();
      if (this.args === undefined) {
        const started = this.startArray();
        if (started === 'skip') continue;
        if (started !== 'started') return started;
      }
      return this.readBulks();
    }
  }

  private consolidate(): void {
    if (this.chunks.length === 0) return;
    this.buffer = Buffer.concat([this.buffer.subarray(this.position), ...this.chunks]);
    this.position = 0;
    this.chunks.length = 0;
    this.chunkBytes = 0;
  }

  private startArray(): 'started' | 'skip' | ProtocolError | undefined {
    const marker = this.buffer[this.position] ?? 0;
    if (marker !== STAR) return new ProtocolError(`expected '*', got '${String.fromCharCode(marker)}'`);
    const line = this.countLine('too big mbulk count string');
    if (typeof line !== 'string') return line;
    const count = parseInt64(line.slice(1));
    if (count === undefined || count > this.limits.maxArguments) return new ProtocolError('invalid multibulk length');
    if (count <= 0n) return 'skip';
    this.args = [];
    this.argsMissing = Number(count);
    return 'started';
  }

  private readBulks(): string[] | ProtocolError | undefined {
    const args = this.args ?? [];
    while (this.argsMissing > 0) {
      if (this.bulkLength < 0) {
        const line = this.countLine('too big bulk count string');
        if (typeof line !== 'string') return line;
        if (!line.startsWith('$')) return new ProtocolError(`expected '$', got '${line[0] ?? '\r'}'`);
        const length = parseInt64(line.slice(1));
        if (length === undefined || length < 0n || length > this.limits.maxBulkLength) {
          return new ProtocolError('invalid bulk length');
        }
        this.bulkLength = Number(length);
      }
      if (this.buffer.length - this.position < this.bulkLength + 2) return undefined;
      args.push(this.buffer.toString('latin1', this.position, this.position + this.bulkLength));
      // The two bytes after a bulk are dropped unchecked, as Redis drops them.
      this.position += this.bulkLength + 2;
      this.bulkLength = -1;
      this.argsMissing--;
    }
    this.args = undefined;
    return args;
  }

  /** A `*<n>` or `$<n>` line, consumed once its CRLF is there; a line too long to be a count is an error. */
  private countLine(tooLong: string): string | ProtocolError | undefined {
    const cr = this.buffer.indexOf(CR, this.position);
    if (cr < 0) {
      return this.buffer.length - this.position > this.limits.maxLineLength ? new ProtocolError(tooLong) : undefined;
    }
    if (cr > this.buffer.length - 2) return undefined;
    const line = this.buffer.toString('latin1', this.position, cr);
    this.position = cr + 2;
    return line;
  }
}
