import { SortedIdMap } from './sorted-id-map.js';
import type { Stream } from './stream.js';
import type { StreamId } from './stream-id.js';

/** An entry delivered to a consumer and not yet acknowledged (Redis's `streamNACK`). */
export interface PendingEntry {
  readonly id: StreamId;
  consumer: Consumer;
  deliveryTime: number;
  deliveryCount: number;
}

export class Consumer {
  readonly pending = new SortedIdMap<PendingEntry>();

  constructor(
    readonly name: string,
    /** Last time the consumer read or claimed, for XINFO CONSUMERS `idle` (Redis 7.0's seen-time). */
    public seenTime: number,
  ) {}
}

/** Redis's SCG_INVALID_ENTRIES_READ: the group's read counter is unknown. */
export const UNKNOWN_ENTRIES_READ = -1;

/**
 * A consumer group: its last delivered ID, its logical read counter (for `lag`), the group-wide
 * pending entries list and its consumers, each with their own share of that list.
 */
export class ConsumerGroup {
  readonly pending = new SortedIdMap<PendingEntry>();
  readonly consumers = new Map<string, Consumer>();

  constructor(
    public lastId: StreamId,
    public entriesRead: number,
  ) {}

  /** Finds a consumer, refreshing its seen time unless `refresh` is false (Redis's SLC_NO_REFRESH). */
  consumer(name: string, now: number, refresh = true): Consumer | undefined {
    const consumer = this.consumers.get(name);
    if (consumer && refresh) consumer.seenTime = now;
    return consumer;
  }

  consumerOrCreate(name: string, now: number): Consumer {
    const existing = this.consumer(name, now);
    if (existing) return existing;
    const created = new Consumer(name, now);
    this.consumers.set(name, created);
    return created;
  }

  /** Gives a pending entry to `consumer` (creating it if needed) and returns it. */
  assign(id: StreamId, consumer: Consumer, now: number): PendingEntry {
    const existing = this.pending.get(id);
    if (existing) {
      if (existing.consumer !== consumer) {
        existing.consumer.pending.delete(id);
        existing.consumer = consumer;
        consumer.pending.set(id, existing);
      }
      return existing;
    }
    const created: PendingEntry = { id, consumer, deliveryTime: now, deliveryCount: 1 };
    this.pending.set(id, created);
    consumer.pending.set(id, created);
    return created;
  }

  /** Removes an entry from the pending lists (XACK, or an entry that no longer exists). */
  release(id: StreamId): boolean {
    const entry = this.pending.get(id);
    if (entry === undefined) return false;
    this.pending.delete(id);
    entry.consumer.pending.delete(id);
    return true;
  }

  deleteConsumer(name: string): number {
    const consumer = this.consumers.get(name);
    if (consumer === undefined) return 0;
    const pending = consumer.pending.size;
    for (let id = consumer.pending.first(); id !== undefined; id = consumer.pending.first()) this.release(id);
    this.consumers.delete(name);
    return pending;
  }

  /** Records the delivery of `id` as the new last delivered ID, keeping the read counter as Redis does. */
  advance(stream: Stream, id: StreamId): void {
    if (id <= this.lastId) return;
    if (this.entriesRead !== UNKNOWN_ENTRIES_READ && !hasTombstonesFrom(stream, id)) this.entriesRead++;
    else if (stream.entriesAdded > 0) this.entriesRead = estimateEntriesRead(stream, id);
    this.lastId = id;
  }

  /** XINFO GROUPS `lag`: entries added but not yet read by the group, or undefined when unknowable. */
  lag(stream: Stream): number | undefined {
    if (stream.entriesAdded === 0) return 0;
    if (this.entriesRead !== UNKNOWN_ENTRIES_READ && !hasTombstonesFrom(stream, this.lastId)) {
      return stream.entriesAdded - this.entriesRead;
    }
    const estimate = estimateEntriesRead(stream, this.lastId);
    return estimate === UNKNOWN_ENTRIES_READ ? undefined : stream.entriesAdded - estimate;
  }
}

/** Redis's `streamRangeHasTombstones(s, from, NULL)`: whether an XDEL hole may lie at or after `from`. */
function hasTombstonesFrom(stream: Stream, from: StreamId): boolean {
  if (stream.length === 0 || stream.maxDeletedId === 0n) return false;
  if (stream.firstId > stream.maxDeletedId) return false;
  return from <= stream.maxDeletedId;
}

/** Redis's `streamEstimateDistanceFromFirstEverEntry`: how many entries up to `id` were ever added, if knowable. */
function estimateEntriesRead(stream: Stream, id: StreamId): number {
  if (stream.entriesAdded === 0) return 0;
  if (stream.length === 0 && id <= stream.lastId) return stream.entriesAdded;
  if (id === stream.lastId) return stream.entriesAdded;
  if (id > stream.lastId) return UNKNOWN_ENTRIES_READ;
  const firstId = stream.firstId;
  if (stream.maxDeletedId === 0n || stream.maxDeletedId < firstId) {
    if (id < firstId) return stream.entriesAdded - stream.length;
    if (id === firstId) return stream.entriesAdded - stream.length + 1;
  }
  return UNKNOWN_ENTRIES_READ;
}
