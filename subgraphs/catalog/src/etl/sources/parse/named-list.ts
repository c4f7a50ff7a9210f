import { z } from 'zod';

/**
 * A provider's list of `{name}` objects (topics, departments, instructors) as the names, trimmed, in the
 * provider's order; a missing list is an empty one.
 *
 * @example
 * z.object({ topics: namedList }).parse({ topics: [{ name: ' Mathematics ' }] }); // { topics: ['Mathematics'] }
 */
export const namedList = z
  .array(z.object({ name: z.string() }))
  .nullish()
  .transform((list) => (list ?? []).map((item) => item.name.trim()).filter(Boolean));
