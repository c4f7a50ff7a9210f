import type { ConsumerGroup } from './consumer-group.js';
import { MIN_ID, type StreamId } from './stream-id.js';
import { type StreamEntry, StreamNode } from './stream-node.js';

/**
 * A Redis stream: entries in ID order, grouped into nodes as Redis groups them, and its consumer
 * groups. Entries leave only by approximate trimming, a whole node at a time.
 */
export class Stream {
  private readonly nodes: StreamNode[] = [];
  length = 0;
  /** The greatest ID ever added, which new IDs must exceed even when its entry is gone. */
  lastId: StreamId = MIN_ID;
  readonly groups = new Map<string, ConsumerGroup>();

  /** The ID of the last entry still in the stream. */
  get lastEntryId(): StreamId | undefined {
    return this.nodes[this.nodes.length - 1]?.lastId;
  }

  /** Appends an entry whose ID the caller has checked to be greater than `lastId`. */
  append(id: StreamId, fields: readonly string[]): void {
    const entry: StreamEntry = { id, fields };
    const tail = this.nodes[this.nodes.length - 1];
    if (tail === undefined || tail.isFullFor(fields)) this.nodes.push(new StreamNode(entry));
    else tail.append(entry);
    this.length++;
    this.lastId = id;
  }

  /** Entries with `start <= id <= end`, in ID order. */
  *range(start: StreamId, end: StreamId): Generator<StreamEntry> {
    for (let n = Math.max(this.nodeIndex(start), 0); n < this.nodes.length; n++) {
      for (const entry of this.nodes[n]?.entries ?? []) {
        if (entry.id > end) return;
        if (entry.id >= start) yield entry;
      }
    }
  }

  get(id: StreamId): StreamEntry | undefined {
    return this.range(id, id).next().value ?? undefined;
  }

  /**
   * MAXLEN ~ after Redis's `streamTrim`: drops whole nodes from the head while the stream keeps at
   * least `maxLength` entries without them, so up to a node's worth more may stay.
   */
  trimApproximately(maxLength: number): void {
    for (let head = this.nodes[0]; head && this.length - head.entries.length >= maxLength; head = this.nodes[0]) {
      this.nodes.shift();
      this.length -= head.entries.length;
    }
  }

  /** Index of the last node starting at or before `id`; -1 if `id` precedes every node. */
  private nodeIndex(id: StreamId): number {
    let low = 0;
    let high = this.nodes.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.nodes[middle]?.firstId ?? 0n) <= id) low = middle + 1;
      else high = middle;
    }
    return low - 1;
  }
}
