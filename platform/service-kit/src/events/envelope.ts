import { z } from 'zod';

/**
 * What travels on an event stream. `version` is the aggregate's version after the change: consumers
 * keep the highest version they applied and ignore anything older or equal, which makes redelivery and
 * reordering harmless.
 */
export interface EventEnvelope<Payload = unknown> {
  id: string;
  type: string;
  aggregateId: string;
  version: number;
  occurredAt: string;
  payload: Payload;
}

const envelopeSchema = z.object({
  id: z.string().min(1),
  type: z.string().min(1),
  aggregateId: z.string().min(1),
  version: z.number().int().nonnegative(),
  occurredAt: z.string().min(1),
  payload: z.unknown(),
});

/** The stream entry field that holds the JSON envelope. */
export const envelopeField = 'event';

/** Parses a stream entry's fields into an envelope; throws for anything malformed. */
export function parseEnvelope(fields: string[]): EventEnvelope {
  const index = fields.indexOf(envelopeField);
  const raw = index >= 0 && index % 2 === 0 ? fields[index + 1] : undefined;
  if (raw === undefined) throw new Error(`the entry has no "${envelopeField}" field`);
  return envelopeSchema.parse(JSON.parse(raw)) as EventEnvelope;
}
