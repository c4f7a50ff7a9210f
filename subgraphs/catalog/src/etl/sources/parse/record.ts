import type { z } from 'zod';
import { RecordError } from '../../source.js';

/**
 * Parses one provider record with `schema`, turning validation failures into a RecordError that names
 * the offending fields (and carries the record's id when it has one).
 */
export function parseRecord<T>(schema: z.ZodType<T>, value: unknown, readableId?: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.') || 'record'}: ${issue.message}`);
  throw new RecordError(problems.join('; '), typeof readableId === 'string' ? readableId : undefined);
}
