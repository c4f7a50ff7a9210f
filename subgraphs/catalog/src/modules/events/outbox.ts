import type { EventEnvelope, OutboxStore } from '@learngraph/service-kit';
import type { Database, Prisma } from '../../db.js';

/**
 * Records events inside the caller's transaction, so that they exist exactly when the change they
 * describe was committed.
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

interface OutboxRow {
  sequence: bigint;
  id: string;
  type: string;
  aggregate_id: string;
  version: number;
  payload: unknown;
  occurred_at: Date;
}

/**
 * The relay's view of the catalog outbox: the oldest unpublished rows are locked (skipping rows another
 * relay holds), published, and marked in the same transaction.
 */
export function createOutboxStore(db: Database): OutboxStore {
  return {
    publishBatch(limit, publish) {
      return db.$transaction(async (tx) => {
        const rows = await tx.$queryRaw<OutboxRow[]>`
          SELECT sequence, id, type, aggregate_id, version, payload, occurred_at
          FROM outbox_event
          WHERE published_at IS NULL
          ORDER BY sequence
          LIMIT ${limit}
          FOR UPDATE SKIP LOCKED`;
        if (rows.length === 0) return 0;
        await publish(
          rows.map((row) => ({
            id: row.id,
            type: row.type,
            aggregateId: row.aggregate_id,
            version: row.version,
            occurredAt: row.occurred_at.toISOString(),
            payload: row.payload,
          })),
        );
        await tx.outboxEvent.updateMany({
          where: { sequence: { in: rows.map((row) => row.sequence) } },
          data: { publishedAt: new Date() },
        });
        return rows.length;
      });
    },
  };
}
