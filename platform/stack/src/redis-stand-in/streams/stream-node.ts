import {
  integerElementSize,
  LISTPACK_OVERHEAD,
  NODE_MAX_BYTES,
  NODE_MAX_ENTRIES,
  stringElementSize,
} from './listpack-size.js';
import { msOf, type StreamId, seqOf } from './stream-id.js';

export interface StreamEntry {
  readonly id: StreamId;
  /** Field names and values, alternating. */
  readonly fields: readonly string[];
  deleted: boolean;
}

const SAME_FIELDS_FLAG = 2;

/**
 * One listpack of a Redis stream: a master entry (the first entry's field names), then entries
 * that are only flagged when deleted. Only its byte size is modelled, as Redis's `streamAppendItem`
 * would lay it out, because that size decides when the next node starts.
 */
export class StreamNode {
  readonly entries: StreamEntry[] = [];
  live = 0;
  deleted = 0;
  private readonly masterId: StreamId;
  private readonly masterFields: readonly string[];
  /** Every element but the live and deleted counters, whose sizes change with their values. */
  private fixedBytes: number;

  constructor(first: StreamEntry) {
    this.masterId = first.id;
    this.masterFields = first.fields.filter((_, index) => index % 2 === 0);
    const names = this.masterFields.reduce((sum, name) => sum + stringElementSize(name), 0);
    this.fixedBytes = LISTPACK_OVERHEAD + integerElementSize(this.masterFields.length) + names + integerElementSize(0);
    this.append(first);
  }

  get bytes(): number {
    return this.fixedBytes + integerElementSize(this.live) + integerElementSize(this.deleted);
  }

  get firstId(): StreamId {
    return this.masterId;
  }

  get lastId(): StreamId {
    return this.entries[this.entries.length - 1]?.id ?? this.masterId;
  }

  /** Whether Redis would start a new node rather than append an entry with these fields here. */
  isFullFor(fields: readonly string[]): boolean {
    const payload = fields.reduce((sum, text) => sum + text.length, 0);
    return this.bytes + payload >= NODE_MAX_BYTES || this.live + this.deleted >= NODE_MAX_ENTRIES;
  }

  append(entry: StreamEntry): void {
    const names = entry.fields.filter((_, index) => index % 2 === 0);
    const values = entry.fields.filter((_, index) => index % 2 === 1);
    const sameFields =
      names.length === this.masterFields.length && names.every((name, i) => name === this.masterFields[i]);
    let size =
      integerElementSize(sameFields ? SAME_FIELDS_FLAG : 0) +
      integerElementSize(BigInt.asIntN(64, msOf(entry.id) - msOf(this.masterId))) +
      integerElementSize(BigInt.asIntN(64, seqOf(entry.id) - seqOf(this.masterId))) +
      values.reduce((sum, value) => sum + stringElementSize(value), 0);
    if (!sameFields) {
      size += integerElementSize(names.length) + names.reduce((sum, name) => sum + stringElementSize(name), 0);
    }
    // The trailing lp-count element: how many elements the entry spans, to walk it backwards.
    size += integerElementSize(values.length + 3 + (sameFields ? 0 : names.length + 1));
    this.fixedBytes += size;
    this.entries.push(entry);
    this.live++;
  }

  markDeleted(entry: StreamEntry): void {
    entry.deleted = true;
    this.live--;
    this.deleted++;
  }

  /** Index of the first entry whose ID is at least `id`. */
  lowerBound(id: StreamId): number {
    let low = 0;
    let high = this.entries.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.entries[middle]?.id ?? 0n) < id) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
