import type { StreamId } from './stream-id.js';

/** An entry delivered to a consumer and not yet acknowledged (Redis's `streamNACK`). */
export interface PendingEntry {
  consumer: string;
  deliveryTime: number;
  deliveryCount: number;
}

/**
 * A consumer group: the last ID delivered to it, and its pending entries list. The list is a Map in
 * insertion order, which is ID order: an entry becomes pending when first delivered, in ID order and
 * after every entry delivered before; claiming changes an entry in place. Consumers need no record of
 * their own: XPENDING reports them from the pending entries, as Redis does for those with any.
 */
export class ConsumerGroup {
  readonly pending = new Map<StreamId, PendingEntry>();

  constructor(public lastId: StreamId) {}
}
