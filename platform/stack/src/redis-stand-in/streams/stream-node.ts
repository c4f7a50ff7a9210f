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
}

const SAME_FIELDS_FLAG = 2;
// Two elements of every node read 0: the deleted-entries counter (here entries leave a node only with
// the whole node) and the master entry's terminator.
const ZERO = integerElementSize(0);

const names = (fields: readonly string[]) => fields.filter((_, index) => index % 2 === 0);

/**
 * One listpack of a Redis stream: a master entry (the first entry's field names), then the entries.
 * Only its byte size is modelled, as Redis's `streamAppendItem` would lay it out, because that size
 * decides when the next node starts.
 */
export class StreamNode {
  readonly entries: StreamEntry[] = [];
  private readonly masterId: StreamId;
  private readonly masterFields: readonly string[];
  /** Every element but the entry counter, whose size changes with its value. */
  private fixedBytes: number;

  constructor(first: StreamEntry) {
    this.masterId = first.id;
    this.masterFields = names(first.fields);
    const fieldBytes = this.masterFields.reduce((sum, name) => sum + stringElementSize(name), 0);
    this.fixedBytes = LISTPACK_OVERHEAD + ZERO + integerElementSize(this.masterFields.length) + fieldBytes + ZERO;
    this.append(first);
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
    const bytes = this.fixedBytes + integerElementSize(this.entries.length);
    return bytes + payload >= NODE_MAX_BYTES || this.entries.length >= NODE_MAX_ENTRIES;
  }

  append(entry: StreamEntry): void {
    const entryNames = names(entry.fields);
    const values = entry.fields.filter((_, index) => index % 2 === 1);
    const sameFields =
      entryNames.length === this.masterFields.length && entryNames.every((name, i) => name === this.masterFields[i]);
    let size =
      integerElementSize(sameFields ? SAME_FIELDS_FLAG : 0) +
      integerElementSize(BigInt.asIntN(64, msOf(entry.id) - msOf(this.masterId))) +
      integerElementSize(BigInt.asIntN(64, seqOf(entry.id) - seqOf(this.masterId))) +
      values.reduce((sum, value) => sum + stringElementSize(value), 0);
    if (!sameFields) {
      size +=
        integerElementSize(entryNames.length) + entryNames.reduce((sum, name) => sum + stringElementSize(name), 0);
    }
    // The trailing lp-count element: how many elements the entry spans, to walk it backwards.
    size += integerElementSize(values.length + 3 + (sameFields ? 0 : entryNames.length + 1));
    this.fixedBytes += size;
    this.entries.push(entry);
  }
}
