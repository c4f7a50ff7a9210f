import type { EventEnvelope } from './envelope.js';
import type { OutboxStore } from './outbox-relay.js';

/** What the outbox needs of a transaction: Prisma's raw statements. */
export interface OutboxTransaction {
  $executeRaw(query: TemplateStringsArray, ...values: unknown[]): PromiseLike<number>;
  $queryRaw<T = unknown>(query: TemplateStringsArray, ...values: unknown[]): PromiseLike<T>;
}

/** What the outbox relay needs of a database client: Prisma's interactive transaction. */
export interface OutboxDatabase<Tx extends OutboxTransaction> {
  $transaction<R>(work: (tx: Tx) => Promise<R>): Promise<R>;
}

/**
 * Records events in the `outbox_event` table inside the caller's transaction, so that they exist exactly when
 * the change they describe was committed.
 *
 * @example
 * await db.$transaction(async (tx) => { await tx.user.delete(…); await appendToOutbox(tx, [event]); });
 */
export async function appendToOutbox(tx: OutboxTransaction, events: readonly EventEnvelope[]): Promise<void> {
  for (const event of events) {
    await tx.$executeRaw`
      INSERT INTO outbox_event (id, type, aggregate_id, version, payload, occurred_at)
      VALUES (${event.id}::uuid, ${event.type}, ${event.aggregateId}::uuid, ${event.version},
              ${JSON.stringify(event.payload)}::jsonb, ${new Date(event.occurredAt)})`;
  }
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
 * The relay's view of a service's `outbox_event` table: the oldest unpublished rows are locked (skipping rows
 * another relay holds), published, and marked in the same transaction.
 *
 * @example
 * startOutboxRelay({ store: createOutboxStore(db), redis, stream: 'learngraph:users:events', logger });
 */
export function createOutboxStore<Tx extends OutboxTransaction>(db: OutboxDatabase<Tx>): OutboxStore {
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
        const sequences = rows.map((row) => row.sequence);
        await tx.$executeRaw`UPDATE outbox_event SET published_at = now() WHERE sequence = ANY(${sequences})`;
        return rows.length;
      });
    },
  };
}
