import { z } from 'zod';
import { emptyRun, type RunInput } from '../../resource-input.js';
import { parseDate } from '../parse/dates.js';
import { parseDelivery } from '../parse/delivery.js';
import { parsePrices } from '../parse/money.js';
import { cleanText } from '../parse/text.js';

/** Prolearn's site, against which its relative page and image paths resolve. */
export const prolearnSite = 'https://prolearn.mit.edu';

/** Prolearn sends dates as epoch seconds (numbers, sometimes as strings) or as date text. */
function dateOf(value: number | string | null | undefined): Date | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || /^\d+$/.test(value.trim())) return new Date(Number(value) * 1000);
  return parseDate(value);
}

const dateValue = z
  .union([z.number(), z.string()])
  .refine((value) => dateOf(value) !== null, 'epoch seconds or a date');
const nodeId = z.union([z.number().int().transform(String), z.string().trim().regex(/^\d+$/, 'a node id')]);

/** One document of a `searchAPISearch` response, with the fields the importer reads. */
export const documentSchema = z.object({
  title: z.string().trim().min(1, 'a non-empty title'),
  nid: nodeId,
  department: z.string().trim().min(1, 'a department'),
  field_course_or_program: z.string().transform((value, context) => {
    const type = value.trim().toLowerCase();
    if (type === 'course') return 'COURSE' as const;
    if (type === 'program') return 'PROGRAM' as const;
    context.addIssue({ code: 'custom', message: '"course" or "program"' });
    return z.NEVER;
  }),
  start_value: z.array(dateValue).nullish(),
  end_value: z.array(dateValue.nullable()).nullish(),
  url: z.string().nullish(),
  course_link: z.string().nullish(),
  course_application_url: z.string().nullish(),
  body: z.string().nullish(),
  body_override: z.string().nullish(),
  featured_image_url: z.string().nullish(),
  image_override_url: z.string().nullish(),
  field_price: z.union([z.string(), z.number()]).nullish(),
  field_duration: z.string().nullish(),
  field_time_commitment: z.string().nullish(),
  format_name: z.string().nullish(),
  ucc_name: z.string().nullish(),
  field_related_courses_programs: z.array(nodeId).nullish(),
});
export type ProlearnDocument = z.infer<typeof documentSchema>;

/** A link only counts when it leads somewhere: "https://professional.mit.edu" alone is the provider's home page. */
function linkWithPath(value: string | null | undefined): string | null {
  const link = cleanText(value);
  return link && URL.canParse(link) && new URL(link).pathname.replace(/\/$/, '') ? link : null;
}

/**
 * The page of a document, in MIT Learn's order of preference: the course's own page, its application
 * page, then its Prolearn page.
 *
 * @example
 * urlOf(document); // 'https://csail.mit.edu/checkout/?product=451'
 */
export function urlOf(document: ProlearnDocument): string | null {
  const page = cleanText(document.url);
  return (
    linkWithPath(document.course_link) ??
    linkWithPath(document.course_application_url) ??
    (page ? new URL(page, prolearnSite).href : null)
  );
}

/**
 * A document's runs, by position of its start and end values, with MIT Learn's run ids
 * (`<nid>_<start value>`) and the document's own title, page, price and delivery.
 *
 * @example
 * runsOf(document)[0]?.runId; // '548_1670932800'
 */
export function runsOf(document: ProlearnDocument): RunInput[] {
  const ends = document.end_value ?? [];
  return (document.start_value ?? []).map((start, index) => ({
    ...emptyRun(`${document.nid}_${start}`),
    title: document.title.trim(),
    url: urlOf(document),
    startDate: dateOf(start),
    endDate: dateOf(ends[index]),
    prices: parsePrices(document.field_price),
    delivery: parseDelivery(document.format_name),
  }));
}
