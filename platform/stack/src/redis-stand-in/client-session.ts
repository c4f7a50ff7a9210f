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
 * The state Redis keeps per connection: selected database, name, open transaction, watched keys,
 * subscriptions. Commands read and change it through their context; the connection owns the socket.
 */
export class ClientSession {
  name = '';
  libName = '';
  libVersion = '';
  lastCommand = 'NULL';
  lastActiveAt = Date.now();
  readonly createdAt = Date.now();
  transaction: { queued: string[][]; failed: boolean } | undefined;
  watched: { db: number; key: string }[] = [];
  watchedKeyChanged = false;
  readonly channels = new Set<string>();
  readonly patterns = new Set<string>();
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

  /** Channels plus patterns: the count that subscribe confirmations report. */
  get subscriptionCount(): number {
    return this.channels.size + this.patterns.size;
  }

  send(reply: Reply): void {
    this.sink.write(encodeReply(reply));
  }
}
