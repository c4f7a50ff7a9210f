import type { Database } from './keyspace/database.js';
import type { Reply } from './protocol/reply.js';
import { encodeReply } from './protocol/reply-encoder.js';

/** Where a session's replies go: the socket, in production. */
export interface ReplySink {
  write(data: string): void;
  readonly remoteAddress: string;
  readonly localAddress: string;
}

/**
 * The state Redis keeps per connection that the stand-in's commands need: selected database, name,
 * open transaction, and whether it waits in a blocking read. The connection owns the socket.
 */
export class ClientSession {
  name = '';
  transaction: { queued: string[][]; failed: boolean } | undefined;
  closeAfterReply = false;
  blocked = false;

  constructor(
    readonly id: number,
    /** The selected database (SELECT changes it). */
    public db: Database,
    private readonly sink: ReplySink,
  ) {}

  get address(): { remote: string; local: string } {
    return { remote: this.sink.remoteAddress, local: this.sink.localAddress };
  }

  send(reply: Reply): void {
    this.sink.write(encodeReply(reply));
  }
}
