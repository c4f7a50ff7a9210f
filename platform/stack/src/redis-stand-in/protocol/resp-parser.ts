import { parseInt64 } from '../support/integers.js';
import { splitArgs } from './split-args.js';

/** Redis's defaults: proto-max-bulk-len, INT_MAX arguments, and PROTO_INLINE_MAX_SIZE for lines. */
const PROTOCOL_LIMITS = {
  maxBulkLength: 512 * 1024 * 1024,
  maxMultibulkLength: 2 ** 31 - 1,
  maxLineLength: 64 * 1024,
} as const;

/** A malformed request: Redis replies `ERR Protocol error: <message>` and closes the connection. */
export class ProtocolError {
  constructor(readonly message: string) {}
}

const CR = 0x0d;
const LF = 0x0a;
const NUL = 0;

/**
 * Incremental RESP2 request parser. Feed it socket chunks with `push`, then call `next` until it
 * returns `undefined` (more bytes needed). It understands multibulk requests and inline commands,
 * keeps its state across partial frames, and follows Redis's `processMultibulkBuffer` and
 * `processInlineBuffer` down to their quirks: empty requests are skipped, line searches stop at a
 * NUL byte (C's strchr), and the two bytes after a bulk are dropped unchecked. Arguments come back
 * as latin1 strings, one character per byte.
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
        if (this.position >= this.buffer.length) return undefined;
        const started = this.buffer[this.position] === 0x2a ? this.startMultibulk() : this.readInline();
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

  private startMultibulk(): 'started' | 'skip' | ProtocolError | undefined {
    const newline = this.find(CR);
    if (newline < 0) return this.tooLong('too big mbulk count string');
    if (newline > this.buffer.length - 2) return undefined;
    const count = parseInt64(this.buffer.toString('latin1', this.position + 1, newline));
    if (count === undefined || count > this.limits.maxMultibulkLength) {
      return new ProtocolError('invalid multibulk length');
    }
    this.position = newline + 2;
    if (count <= 0n) return 'skip';
    this.args = [];
    this.argsMissing = Number(count);
    return 'started';
  }

  private readInline(): 'skip' | string[] | ProtocolError | undefined {
    const newline = this.find(LF);
    if (newline < 0) return this.tooLong('too big inline request');
    const end = newline > this.position && this.buffer[newline - 1] === CR ? newline - 1 : newline;
    const args = splitArgs(this.buffer.toString('latin1', this.position, end));
    if (args === undefined) return new ProtocolError('unbalanced quotes in request');
    this.position = newline + 1;
    return args.length === 0 ? 'skip' : args;
  }

  private readBulks(): string[] | ProtocolError | undefined {
    const args = this.args ?? [];
    while (this.argsMissing > 0) {
      if (this.bulkLength < 0) {
        const newline = this.find(CR);
        if (newline < 0) return this.tooLong('too big bulk count string');
        if (newline > this.buffer.length - 2) return undefined;
        const marker = this.buffer[this.position] ?? 0;
        if (marker !== 0x24) return new ProtocolError(`expected '$', got '${String.fromCharCode(marker)}'`);
        const length = parseInt64(this.buffer.toString('latin1', this.position + 1, newline));
        if (length === undefined || length < 0n || length > this.limits.maxBulkLength) {
          return new ProtocolError('invalid bulk length');
        }
        this.position = newline + 2;
        this.bulkLength = Number(length);
      }
      if (this.buffer.length - this.position < this.bulkLength + 2) return undefined;
      args.push(this.buffer.toString('latin1', this.position, this.position + this.bulkLength));
      this.position += this.bulkLength + 2;
      this.bulkLength = -1;
      this.argsMissing--;
    }
    this.args = undefined;
    return args;
  }

  /** Index of the first `byte` from the current position, or -1; like strchr, a NUL ends the search. */
  private find(byte: number): number {
    for (let i = this.position; i < this.buffer.length; i++) {
      const value = this.buffer[i];
      if (value === byte) return i;
      if (value === NUL) return -1;
    }
    return -1;
  }

  private tooLong(message: string): ProtocolError | undefined {
    return this.buffer.length - this.position > this.limits.maxLineLength ? new ProtocolError(message) : undefined;
  }
}
