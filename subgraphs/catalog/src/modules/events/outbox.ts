import type { EventEnvelope } from '@learngraph/service-kit';
import type { Prisma } from '../../db.js';

/**
 * Records events inside the caller's transaction, so that they exist exactly when the change they
 * describe was committed; one statement for a whole import batch. The relay is service-kit's
 * `createOutboxStore`, over the same table.
 */
export async function appendToOutbox(tx: Prisma.TransactionClient, events: EventEnvelope[]): Promise<void> {
  if (events.length === 0) return;
  await tx.outboxEvent.createMany({
    data: events.map((event) => ({
      id: event.id,
      type: event.type,
      aggregateId: event.aggregateId,
      version: event.version,
      occurredAt: new Date(event.occurredAt),
      payload: event.payload as Prisma.InputJsonValue,
    })),
  });
}
