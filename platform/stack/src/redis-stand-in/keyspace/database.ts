import type { SortedSet } from '../data/sorted-set.js';
import type { Stream } from '../streams/stream.js';
import { errors } from '../support/errors.js';

/** The value types the stand-in stores, by the name TYPE reports. */
export interface ValueTypes {
  string: string;
  hash: Map<string, string>;
  zset: SortedSet;
  stream: Stream;
}
export type TypeName = keyof ValueTypes;
export type StoredValue = { [T in TypeName]: { type: T; value: ValueTypes[T] } }[TypeName];

/** Told about every change to a key, so that WATCH can abort transactions that read stale data. */
export interface KeyspaceListener {
  keyModified(db: number, key: string): void;
}

interface Slot {
  stored: StoredValue;
  /** Insertion order, which SCAN cursors point into. */
  seq: number;
}

/**
 * One of the sixteen logical databases: keys, their values and their expiry times. Expired keys
 * disappear on access (as in Redis's `expireIfNeeded`) and through `sweep`, which the server calls
 * periodically, so memory held by keys nobody reads again is reclaimed too.
 */
export class Database {
  private readonly slots = new Map<string, Slot>();
  private readonly expires = new Map<string, number>();
  private scanOrder: { key: string; seq: number }[] = [];
  private deadScanEntries = 0;
  private nextSeq = 1;
  private sweepCursor: Iterator<[string, number]> | undefined;

  constructor(
    readonly index: number,
    private readonly listener: KeyspaceListener,
  ) {}

  get size(): number {
    return this.slots.size;
  }

  get expiringKeys(): number {
    return this.expires.size;
  }

  lookup(key: string): StoredValue | undefined {
    this.expireIfNeeded(key);
    return this.slots.get(key)?.stored;
  }

  /** The key's value if it holds `type`; undefined if missing; a WRONGTYPE error otherwise. */
  typed<T extends TypeName>(key: string, type: T): ValueTypes[T] | undefined {
    const stored = this.lookup(key);
    if (stored === undefined) return undefined;
    if (stored.type !== type) throw errors.wrongType();
    return stored.value as ValueTypes[T];
  }

  typedOrCreate<T extends TypeName>(key: string, type: T, create: () => ValueTypes[T]): ValueTypes[T] {
    const existing = this.typed(key, type);
    if (existing !== undefined) return existing;
    const value = create();
    this.set(key, { type, value } as StoredValue);
    return value;
  }

  /** Stores a value, dropping any expiry unless `keepTtl` (SET KEEPTTL, INCR). */
  set(key: string, stored: StoredValue, keepTtl = false): void {
    const slot = this.slots.get(key);
    if (slot) {
      slot.stored = stored;
    } else {
      const seq = this.nextSeq++;
      this.slots.set(key, { stored, seq });
      this.scanOrder.push({ key, seq });
    }
    if (!keepTtl) this.expires.delete(key);
    this.touch(key);
  }

  delete(key: string): boolean {
    if (!this.slots.delete(key)) return false;
    this.expires.delete(key);
    this.deadScanEntries++;
    if (this.deadScanEntries > 64 && this.deadScanEntries > this.scanOrder.length / 2) this.compactScanOrder();
    this.touch(key);
    return true;
  }

  /** Reports an in-place change (a hash field, a stream entry) to WATCH. */
  touch(key: string): void {
    this.listener.keyModified(this.index, key);
  }

  expiryOf(key: string): number | undefined {
    return this.expires.get(key);
  }

  setExpiry(key: string, at: number | undefined): void {
    if (at === undefined) this.expires.delete(key);
    else this.expires.set(key, at);
  }

  /** Live keys in insertion order; expired ones are skipped but, as in Redis's KEYS, not deleted. */
  *keys(): Generator<string> {
    const now = Date.now();
    for (const key of this.slots.keys()) {
      const at = this.expires.get(key);
      if (at === undefined || at > now) yield key;
    }
  }

  /**
   * One SCAN step: up to `count` keys from `cursor` on. Cursors are insertion sequence numbers, so a
   * key that exists for the whole iteration is returned exactly once, whatever else is added or
   * deleted meanwhile — Redis's guarantee, kept with a simpler structure than its reverse-binary walk.
   */
  scan(cursor: bigint, count: number): { keys: string[]; next: bigint } {
    let index = this.firstScanIndex(cursor);
    const keys: string[] = [];
    while (index < this.scanOrder.length && keys.length < count) {
      const entry = this.scanOrder[index++];
      if (entry && this.isLive(entry)) keys.push(entry.key);
    }
    while (index < this.scanOrder.length && !this.isLive(this.scanOrder[index])) index++;
    const next = this.scanOrder[index];
    return { keys, next: next ? BigInt(next.seq) : 0n };
  }

  clear(): void {
    this.slots.clear();
    this.expires.clear();
    this.scanOrder = [];
    this.deadScanEntries = 0;
    this.sweepCursor = undefined;
  }

  /** Deletes expired keys among the next `budget` keys that carry a TTL, resuming where the last call stopped. */
  sweep(now: number, budget: number): void {
    for (let i = 0; i < budget; i++) {
      this.sweepCursor ??= this.expires.entries();
      const next = this.sweepCursor.next();
      if (next.done) {
        this.sweepCursor = undefined;
        return;
      }
      const [key, at] = next.value;
      if (at <= now) this.delete(key);
    }
  }

  private expireIfNeeded(key: string): void {
    const at = this.expires.get(key);
    if (at !== undefined && at <= Date.now()) this.delete(key);
  }

  private isLive(entry: { key: string; seq: number } | undefined): boolean {
    return entry !== undefined && this.slots.get(entry.key)?.seq === entry.seq;
  }

  private firstScanIndex(cursor: bigint): number {
    let low = 0;
    let high = this.scanOrder.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (BigInt(this.scanOrder[middle]?.seq ?? 0) < cursor) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  private compactScanOrder(): void {
    this.scanOrder = this.scanOrder.filter((entry) => this.isLive(entry));
    this.deadScanEntries = 0;
  }
}
