import { badUserInput, type FieldError } from '@learngraph/service-kit';
import { z } from 'zod';

/** Limits of a learning path, explicit so that clients can show them. */
export const learningPathLimits = {
  titleMax: 200,
  descriptionMax: 5000,
  itemsMax: 100,
  noteMax: 1000,
  topicsMax: 10,
  topicMax: 50,
  coEditorsMax: 20,
};

const limits = learningPathLimits;
const uuid = z.uuid({ message: 'not a valid id' }).transform((id) => id.toLowerCase());

export const titleSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(limits.titleMax, `at most ${limits.titleMax} characters`);

const descriptionText = z.string().trim().max(limits.descriptionMax, `at most ${limits.descriptionMax} characters`);

const topicsSchema = z
  .array(
    z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(limits.topicMax, `at most ${limits.topicMax} characters`)
      .transform((topic) => topic.replace(/\s+/g, ' ')),
  )
  .max(limits.topicsMax, `at most ${limits.topicsMax} topics`)
  .superRefine((topics, context) => {
    const seen = new Set<string>();
    topics.forEach((topic, index) => {
      if (seen.has(topic.toLowerCase())) context.addIssue({ code: 'custom', path: [index], message: 'listed twice' });
      seen.add(topic.toLowerCase());
    });
  });

export const visibilitySchema = z.enum(['PRIVATE', 'UNLISTED', 'PUBLIC']);

export const noteSchema = z
  .string()
  .trim()
  .max(limits.noteMax, `at most ${limits.noteMax} characters`)
  .nullish()
  .transform((value) => value || null);

const itemSchema = z.object({ resourceId: uuid, note: noteSchema, required: z.boolean().nullish() });

const noRepeats = <Item>(key: (item: Item) => string, message: string) =>
  function check(items: Item[], context: z.RefinementCtx) {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      if (seen.has(key(item))) context.addIssue({ code: 'custom', path: [index], message });
      seen.add(key(item));
    });
  };

const createSchema = z.object({
  title: titleSchema,
  description: descriptionText.nullish().transform((value) => value || null),
  topics: topicsSchema.nullish().transform((topics) => topics ?? []),
  visibility: visibilitySchema.nullish().transform((visibility) => visibility ?? 'PRIVATE'),
  items: z
    .array(itemSchema)
    .max(limits.itemsMax, `at most ${limits.itemsMax} items`)
    .superRefine(noRepeats((item) => item.resourceId, 'this resource is already in the path'))
    .nullish()
    .transform((items) => items ?? []),
});

const updateSchema = z.object({
  title: titleSchema.nullish(),
  // Left out keeps the description; null or empty text clears it.
  description: descriptionText.nullish().transform((value) => (value === undefined ? undefined : value || null)),
  topics: topicsSchema.nullish(),
  visibility: visibilitySchema.nullish(),
  coEditorIds: z
    .array(uuid)
    .max(limits.coEditorsMax, `at most ${limits.coEditorsMax} co-editors`)
    .superRefine(noRepeats((id) => id, 'listed twice'))
    .nullish(),
});

export type PathCreateFields = z.infer<typeof createSchema>;
export type PathUpdateFields = z.infer<typeof updateSchema>;

/**
 * Parses `input` with `schema`; every problem is a BAD_USER_INPUT field error (`items.3.resourceId` for
 * the fourth item), all reported together.
 *
 * @example
 * const fields = readInput(z.object({ title: titleSchema }), { title: ' Start ' }); // { title: 'Start' }
 */
export function readInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.infer<Schema> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw invalid(result.error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message })));
}

/** A BAD_USER_INPUT error listing each field's problem. */
export const invalid = (errors: FieldError[]) =>
  badUserInput(`Invalid input: ${errors.map((error) => `${error.field} ${error.message}`).join('; ')}.`, errors);

export const readCreateInput = (input: unknown): PathCreateFields => readInput(createSchema, input);
export const readUpdateInput = (input: unknown): PathUpdateFields => readInput(updateSchema, input);
