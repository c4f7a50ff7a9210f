import { badUserInput } from '@learngraph/service-kit';
import type { z } from 'zod';

/**
 * `input` read through `schema`, or BAD_USER_INPUT naming every invalid field at once, nested ones by their
 * path (`allowedOrigins.1`), so that a form can show each problem beside its field.
 *
 * @example
 * const fields = readInput(accountCreateSchema, input, 'sign-up');
 */
export function readInput<Schema extends z.ZodType>(schema: Schema, input: unknown, what: string): z.infer<Schema> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fieldErrors = result.error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message }));
  throw badUserInput(
    `Invalid ${what}: ${fieldErrors.map((error) => `${error.field} ${error.message}`).join('; ')}.`,
    fieldErrors,
  );
}
