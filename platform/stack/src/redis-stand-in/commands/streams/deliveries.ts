import { NULL_ARRAY, type Reply } from '../../protocol/reply.js';
import type { Consumer, ConsumerGroup } from '../../streams/consumer-group.js';
import type { Stream } from '../../streams/stream.js';
import { formatId, MAX_ID, type StreamId } from '../../streams/stream-id.js';
import { entryReply } from './replies.js';

/**
 * Delivers entries after `after` to a consumer, as Redis's `streamReplyWithRange` with a group:
 * the group's last delivered ID and read counter advance, and each entry becomes (or becomes again)
 * pending for this consumer with a fresh delivery time and a delivery count of 1 — unless NOACK.
 */
export function deliverNew(
  stream: Stream,
  group: ConsumerGroup,
  consumer: Consumer,
  after: StreamId,
  count: number,
  noAck: boolean,
): Reply[] {
  const now = Date.now();
  const entries: Reply[] = [];
  for (const entry of stream.range(after + 1n, MAX_ID)) {
    group.advance(stream, entry.id);
    entries.push(entryReply(entry));
    if (!noAck) {
      const pending = group.assign(entry.id, consumer, now);
      pending.deliveryTime = now;
      pending.deliveryCount = 1;
    }
    if (entries.length === count) break;
  }
  return entries;
}

/** A consumer's own pending entries after `after` (its history); each one read counts as another delivery. */
export function deliverHistory(stream: Stream, consumer: Consumer, after: StreamId, count: number): Reply[] {
  const now = Date.now();
  const entries: Reply[] = [];
  for (
    let id = consumer.pending.firstAtOrAfter(after + 1n);
    id !== undefined;
    id = consumer.pending.firstAtOrAfter(id + 1n)
  ) {
    if (count > 0 && entries.length >= count) break;
    const entry = stream.get(id);
    const pending = consumer.pending.get(id);
    // An entry deleted while pending is reported with a null body, as Redis does.
    if (entry === undefined || pending === undefined) {
      entries.push([formatId(id), NULL_ARRAY]);
      continue;
    }
    pending.deliveryTime = now;
    pending.deliveryCount++;
    entries.push(entryReply(entry));
  }
  return entries;
}

/** Entries after `after`, without a group. */
export function plainRead(stream: Stream, after: StreamId, count: number): Reply[] {
  const entries: Reply[] = [];
  for (const entry of stream.range(after + 1n, MAX_ID)) {
    entries.push(entryReply(entry));
    if (entries.length === count) break;
  }
  return entries;
}
