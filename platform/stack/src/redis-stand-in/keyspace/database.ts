import type { SortedSet } from '../data/sorted-set.js';
import type { Stream } from '../streams/stream.js';
import { errors } from '../support/errors.js';

/** The value types the stand-in stores, by the name Redis gives them. */
export interface ValueTypes {
  /** Bulk strings as the protocol carries them: one byte per character. */
  string: string;
  zset: SortedSet;
  stream: Stream;
}
export type TypeName = keyof ValueTypes;
export type StoredValue = { [T in TypeName]: { type: T; value: ValueTypes[T] } }[TypeName];

/**
 * One of the sixteen logical databases: keys, their values and their expiry times. A key that has
 * expired is deleted when next looked up, as Redis's `expireIfNeeded` does, so no client ever sees it.
 * Redis also sweeps expired keys in the background, which reclaims their memory and answers reads
 * blocked on an expired stream at once; the stand-in does not, since what it holds for a local run
 * (sign-in windows, rate-limit counters, cached answers and API keys, event streams) stays small, every
 * string Learngraph writes has an expiry, and nothing sets an expiry on a stream.
 */
export class Database {
  private readonly values = new Map<string, StoredValue>();
  private readonly expires = new Map<string, number>();

  constructor(
    readonly index: number,
    /** Told about every key that goes, so that reads blocked on it can be answered. */
    private readonly onDelete: (db: number, key: string) => void,
  ) {}

  lookup(key: string): StoredValue | undefined {
    const at = this.expires.get(key);
    if (at !== undefined && at <= Date.now()) this.delete(key);
    return this.values.get(key);
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
    this.values.set(key, { type, value } as StoredValue);
    return value;
  }

  /**
   * Stores `value` at `key` whatever was there, as Redis's `setKey` does: the expiry goes unless `keepTtl`,
   * and a value of another type is deleted first, so that reads blocked on it are told.
   */
  replace<T extends TypeName>(key: string, type: T, value: ValueTypes[T], keepTtl = false): void {
    const existing = this.lookup(key);
    if (existing !== undefined && existing.type !== type) this.delete(key);
    else if (!keepTtl) this.expires.delete(key);
    this.values.set(key, { type, value } as StoredValue);
  }

  /** Milliseconds until the key expires: undefined if it is missing, null if it never expires. */
  timeToLive(key: string): number | null | undefined {
    if (this.lookup(key) === undefined) return undefined;
    const at = this.expires.get(key);
    return at === undefined ? null : at - Date.now();
  }

  delete(key: string): boolean {
    this.expires.delete(key);
    if (!this.values.delete(key)) return false;
    this.onDelete(this.index, key);
    return true;
  }

  /** Sets when an existing key expires, in milliseconds since the epoch. */
  expireAt(key: string, at: number): void {
    this.expires.set(key, at);
  }
}
