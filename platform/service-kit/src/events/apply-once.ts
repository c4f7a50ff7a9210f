import type { EventEnvelope } from './envelope.js';

/** What `applyOnce` needs of a transaction: Prisma's raw statement. */
export interface InboxTransaction {
  $executeRaw(query: TemplateStringsArray, ...values: unknown[]): PromiseLike<number>;
}

/** What `applyOnce` needs of a database client: Prisma's interactive transaction. */
export interface InboxDatabase<Tx extends InboxTransaction> {
  $transaction<R>(work: (tx: Tx) => Promise<R>): Promise<R>;
}

/**
 * Makes an event handler effective exactly once per event id, however often the stream delivers the event:
 * the id goes into the consumer's `inbox_event` table in the same transaction as the change, so a second
 * delivery (a crash between commit and acknowledgement, a relay that published twice) finds it there and
 * changes nothing. The table is each consumer's own, in its own database.
 *
 * @example
 * const handle = applyOnce(db, async (tx, event) => { await tx.$executeRaw`UPDATE …`; });
 * startStreamConsumer({ ..., handle });
 */
export function applyOnce<Tx extends InboxTransaction>(
  db: InboxDatabase<Tx>,
  apply: (tx: Tx, event: EventEnvelope) => Promise<void>,
): (event: EventEnvelope) => Promise<void> {
  return (event) =>
    db.$transaction(async (tx) => {
      const fresh = await tx.$executeRaw`
        INSERT INTO inbox_event (id, type) VALUES (${event.id}, ${event.type}) ON CONFLICT (id) DO NOTHING`;
      if (fresh === 1) await apply(tx, event);
    });
}
