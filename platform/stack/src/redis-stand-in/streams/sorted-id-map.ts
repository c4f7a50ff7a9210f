import type { StreamId } from './stream-id.js';

/**
 * A map from stream IDs to values that also walks them in ID order — what Redis's radix trees give
 * the pending entries lists. Lookups are O(1); inserts and deletes O(n) in the worst case, and
 * O(1) in the common case of IDs delivered in increasing order.
 */
export class SortedIdMap<T> {
  private readonly ids: StreamId[] = [];
  private readonly values = new Map<StreamId, T>();

  get size(): number {
    return this.ids.length;
  }

  get(id: StreamId): T | undefined {
    return this.values.get(id);
  }

  set(id: StreamId, value: T): void {
    if (!this.values.has(id)) {
      const last = this.ids[this.ids.length - 1];
      if (last === undefined || last < id) this.ids.push(id);
      else this.ids.splice(this.lowerBound(id), 0, id);
    }
    this.values.set(id, value);
  }

  delete(id: StreamId): boolean {
    if (!this.values.delete(id)) return false;
    this.ids.splice(this.lowerBound(id), 1);
    return true;
  }

  first(): StreamId | undefined {
    return this.ids[0];
  }

  last(): StreamId | undefined {
    return this.ids[this.ids.length - 1];
  }

  /** The smallest ID at or after `id`. Callers walk with it, so deleting while walking is safe. */
  firstAtOrAfter(id: StreamId): StreamId | undefined {
    return this.ids[this.lowerBound(id)];
  }

  private lowerBound(id: StreamId): number {
    let low = 0;
    let high = this.ids.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.ids[middle] ?? 0n) < id) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
