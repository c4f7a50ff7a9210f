import type { ConsumerGroup } from './consumer-group.js';
import { MAX_ID, MIN_ID, type StreamId } from './stream-id.js';
import { type StreamEntry, StreamNode } from './stream-node.js';

/**
 * A Redis stream: entries in ID order, grouped into nodes as Redis groups them, plus the counters
 * Redis 7 keeps for consumer-group lag (`entriesAdded`, `maxDeletedId`) and the consumer groups.
 */
export class Stream {
  nodes: StreamNode[] = [];
  length = 0;
  lastId: StreamId = MIN_ID;
  maxDeletedId: StreamId = MIN_ID;
  entriesAdded = 0;
  readonly groups = new Map<string, ConsumerGroup>();

  /** The first live entry's ID, 0-0 when there is none (Redis's `recorded-first-entry-id`). */
  get firstId(): StreamId {
    return this.first()?.id ?? MIN_ID;
  }

  /** Appends an entry whose ID the caller has checked to be greater than `lastId`. */
  append(id: StreamId, fields: readonly string[]): void {
    const entry: StreamEntry = { id, fields, deleted: false };
    const tail = this.nodes[this.nodes.length - 1];
    if (tail === undefined || tail.isFullFor(fields)) this.nodes.push(new StreamNode(entry));
    else tail.append(entry);
    this.length++;
    this.entriesAdded++;
    this.lastId = id;
  }

  /** Live entries with `start <= id <= end`, ascending, or descending when `reverse`. */
  *range(start: StreamId, end: StreamId, reverse = false): Generator<StreamEntry> {
    if (start > end) return;
    if (reverse) {
      for (let n = this.nodeIndex(end); n >= 0; n--) {
        const node = this.nodes[n];
        if (node === undefined || node.lastId < start) return;
        for (let i = node.lowerBound(end + 1n) - 1; i >= node.lowerBound(start); i--) {
          const entry = node.entries[i];
          if (entry && !entry.deleted) yield entry;
        }
      }
      return;
    }
    for (let n = Math.max(this.nodeIndex(start), 0); n < this.nodes.length; n++) {
      const node = this.nodes[n];
      if (node === undefined || node.firstId > end) return;
      for (let i = node.lowerBound(start); i < node.entries.length; i++) {
        const entry = node.entries[i];
        if (entry === undefined || entry.id > end) return;
        if (!entry.deleted) yield entry;
      }
    }
  }

  get(id: StreamId): StreamEntry | undefined {
    return this.range(id, id).next().value ?? undefined;
  }

  first(): StreamEntry | undefined {
    return this.range(MIN_ID, MAX_ID).next().value ?? undefined;
  }

  last(): StreamEntry | undefined {
    return this.range(MIN_ID, MAX_ID, true).next().value ?? undefined;
  }

  /** XDEL of one entry: flags it, and drops its node once no live entry is left in it. */
  delete(id: StreamId): boolean {
    const index = this.nodeIndex(id);
    const node = this.nodes[index];
    const entry = node?.entries[node.lowerBound(id)];
    if (node === undefined || entry === undefined || entry.id !== id || entry.deleted) return false;
    node.markDeleted(entry);
    if (node.live === 0) this.nodes.splice(index, 1);
    this.length--;
    if (id > this.maxDeletedId) this.maxDeletedId = id;
    return true;
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
