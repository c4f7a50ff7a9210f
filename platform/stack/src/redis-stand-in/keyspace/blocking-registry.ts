import type { ClientSession } from '../client-session.js';
import type { Reply } from '../protocol/reply.js';

/** A command waiting for data, as XREADGROUP with BLOCK describes itself. */
export interface BlockedCommand {
  readonly db: number;
  readonly keys: readonly string[];
  /** Milliseconds to wait; 0 waits forever. */
  readonly timeoutMs: number;
  /** Tries to answer now that `key` was signalled; `undefined` keeps waiting. */
  serve(key: string): Reply | undefined;
  readonly timeoutReply: Reply;
}

interface Waiter {
  readonly client: ClientSession;
  readonly command: BlockedCommand;
  readonly done: (reply: Reply) => void;
  timer: NodeJS.Timeout | undefined;
}

// setTimeout cannot wait longer than this; longer blocks re-arm.
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Clients blocked on keys, served in the order they blocked — the bookkeeping of Redis's blocked.c.
 * Writers and deletions `signal` a key; after each command the server calls `serveReady`, which offers
 * the key to each waiter in turn, so that each new entry goes to one consumer of a group only.
 */
export class BlockingRegistry {
  private readonly waiting = new Map<string, Set<Waiter>>();
  private readonly byClient = new Map<ClientSession, Waiter>();
  private readonly ready: { db: number; key: string }[] = [];
  private readonly readyNames = new Set<string>();

  block(client: ClientSession, command: BlockedCommand, done: (reply: Reply) => void): void {
    const waiter: Waiter = { client, command, done, timer: undefined };
    this.byClient.set(client, waiter);
    for (const key of command.keys) {
      const name = slotName(command.db, key);
      const waiters = this.waiting.get(name) ?? new Set();
      waiters.add(waiter);
      this.waiting.set(name, waiters);
    }
    if (command.timeoutMs > 0) this.arm(waiter, Date.now() + command.timeoutMs);
  }

  /** Forgets a client's wait without answering it: the client disconnected. */
  cancel(client: ClientSession): void {
    const waiter = this.byClient.get(client);
    if (waiter) this.release(waiter);
  }

  signal(db: number, key: string): void {
    const name = slotName(db, key);
    if (!this.waiting.has(name) || this.readyNames.has(name)) return;
    this.readyNames.add(name);
    this.ready.push({ db, key });
  }

  serveReady(): void {
    for (let next = this.ready.shift(); next !== undefined; next = this.ready.shift()) {
      const name = slotName(next.db, next.key);
      this.readyNames.delete(name);
      for (const waiter of [...(this.waiting.get(name) ?? [])]) {
        const reply = waiter.command.serve(next.key);
        if (reply === undefined) continue;
        this.release(waiter);
        waiter.done(reply);
      }
    }
  }

  /** Forgets every waiter without answering: the server is shutting down and closes their sockets. */
  clear(): void {
    for (const waiter of [...this.byClient.values()]) this.release(waiter);
  }

  private arm(waiter: Waiter, deadline: number): void {
    const remaining = deadline - Date.now();
    waiter.timer = setTimeout(
      () => {
        if (remaining > MAX_TIMER_MS) return this.arm(waiter, deadline);
        this.release(waiter);
        waiter.done(waiter.command.timeoutReply);
      },
      Math.min(Math.max(remaining, 0), MAX_TIMER_MS),
    );
  }

  private release(waiter: Waiter): void {
    clearTimeout(waiter.timer);
    this.byClient.delete(waiter.client);
    for (const key of waiter.command.keys) {
      const name = slotName(waiter.command.db, key);
      const waiters = this.waiting.get(name);
      waiters?.delete(waiter);
      if (waiters?.size === 0) this.waiting.delete(name);
    }
  }
}

const slotName = (db: number, key: string) => `${db}:${key}`;
