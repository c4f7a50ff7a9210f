import { badUserInput, type FieldError, isUuid } from '@learngraph/service-kit';
import { z } from 'zod';

/** Limits of a learning path, explicit so that clients can show them. */
export const learningPathLimits = { titleMax: 200, descriptionMax: 5000, itemsMax: 100 };

const inputSchema = z.object({
  title: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(learningPathLimits.titleMax, `at most ${learningPathLimits.titleMax} characters`),
  description: z
    .string()
    .trim()
    .max(learningPathLimits.descriptionMax, `at most ${learningPathLimits.descriptionMax} characters`)
    .nullish()
    .transform((value) => value || null),
  resourceIds: z.array(z.string()).max(learningPathLimits.itemsMax, `at most ${learningPathLimits.itemsMax} resources`),
});

export type CreateLearningPathFields = z.infer<typeof inputSchema>;

/**
 * Validates the input of `createLearningPath`: field limits, well-formed ids, no resource twice, and
 * every resource known and published (`published` holds the ids that are). All problems are reported
 * together, each on its field (`resourceIds.3` for the fourth id).
 */
export function readCreateLearningPath(input: unknown, published: ReadonlySet<string>): CreateLearningPathFields {
  const result = inputSchema.safeParse(input);
  const errors: FieldError[] = result.success
    ? []
    : result.error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message }));
  if (result.success) {
    const seen = new Set<string>();
    result.data.resourceIds.forEach((id, index) => {
      const field = `resourceIds.${index}`;
      if (!isUuid(id)) errors.push({ field, message: 'not a valid id' });
      else if (seen.has(id)) errors.push({ field, message: 'this resource is already in the path' });
      else if (!published.has(id)) errors.push({ field, message: 'no published learning resource has this id' });
      seen.add(id);
    });
  }
  if (errors.length === 0 && result.success) return result.data;
  throw badUserInput(
    `Invalid learning path: ${errors.map((error) => `${error.field} ${error.message}`).join('; ')}.`,
    errors,
  );
}
