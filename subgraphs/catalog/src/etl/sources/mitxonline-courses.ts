import { z } from 'zod';
import { emptyResource, emptyRun, type Pace, type RunInput } from '../resource-input.js';
import type { ImportSource } from '../source.js';
import { certificateType, enrollmentModes, offerPrices, price, resourcePrices, siteUrl } from './mitxonline/fields.js';
import { parseAvailability } from './parse/availability.js';
import { parseDate } from './parse/dates.js';
import { parseWeeklyHours, parseWeeks } from './parse/duration.js';
import { listingRecords, readListingPage } from './parse/listing-page.js';
import { namedList } from './parse/named-list.js';
import { parseRecord } from './parse/record.js';
import { recordField } from './parse/record-field.js';
import { cleanText, htmlToText } from './parse/text.js';

const runSchema = z.object({
  courseware_id: z.string().trim().min(1, 'a run id'),
  title: z.string().nullish(),
  courseware_url: z.string().nullish(),
  run_tag: z.string().nullish(),
  start_date: z.string().nullish(),
  end_date: z.string().nullish(),
  enrollment_start: z.string().nullish(),
  enrollment_end: z.string().nullish(),
  is_self_paced: z.boolean().nullish(),
  live: z.boolean().default(true),
  products: z.array(z.object({ price: price.nullish(), is_active: z.boolean().default(true) })).default([]),
  enrollment_modes: enrollmentModes,
});

const courseSchema = z.object({
  readable_id: z.string().trim().min(1, 'a readable id'),
  title: z.string().trim().min(1, 'a non-empty title'),
  // MIT Learn treats the flag as an opt-in: a course without it is not for the catalog.
  include_in_learn_catalog: z.boolean().default(false),
  page: z
    .object({
      live: z.boolean(),
      page_url: z.string().nullish(),
      feature_image_src: z.string().nullish(),
      description: z.string().nullish(),
      length: z.string().nullish(),
      effort: z.string().nullish(),
      instructors: namedList,
    })
    .nullish(),
  departments: namedList,
  topics: namedList,
  certificate_type: z.string().nullish(),
  min_price: price.nullish(),
  max_price: price.nullish(),
  duration: z.string().nullish(),
  time_commitment: z.string().nullish(),
  availability: z.string().nullish(),
  courseruns: z.array(runSchema).default([]),
});

type CourseRun = z.infer<typeof runSchema>;

/** edX run tags name the term: "1T2024" is Spring 2024, "2T" Summer, "3T" Fall (MIT Learn reads them so too). */
const terms: Record<string, string> = { '1': 'Spring', '2': 'Summer', '3': 'Fall' };
function term(runTag: string | null | undefined): { semester: string | null; year: number | null } {
  const match = /^([123])T(\d{4})$/.exec(runTag?.trim() ?? '');
  if (!match?.[1] || !match[2]) return { semester: null, year: null };
  return { semester: terms[match[1]] ?? null, year: Number(match[2]) };
}

function paceOf(run: CourseRun): Pace[] {
  if (run.is_self_paced === null || run.is_self_paced === undefined) return [];
  return [run.is_self_paced ? 'SELF_PACED' : 'INSTRUCTOR_PACED'];
}

function toRun(run: CourseRun, instructors: string[]): RunInput {
  const certificatePrices = run.products.flatMap((product) =>
    product.is_active && product.price !== null && product.price !== undefined ? [product.price] : [],
  );
  return {
    ...emptyRun(run.courseware_id),
    title: cleanText(run.title),
    url: siteUrl(run.courseware_url),
    ...term(run.run_tag),
    startDate: parseDate(run.start_date),
    endDate: parseDate(run.end_date),
    enrollmentStart: parseDate(run.enrollment_start),
    enrollmentEnd: parseDate(run.enrollment_end),
    prices: offerPrices(run.enrollment_modes, certificatePrices),
    delivery: ['ONLINE'],
    pace: paceOf(run),
    format: ['ASYNCHRONOUS'],
    instructors,
  };
}

/**
 * MITx Online's courses, from its courses API (one or more pages of `{count, next, previous, results}`).
 * Runs come from `courseruns`: their prices from the products (the paid verified track) and a free audit,
 * their pace from `is_self_paced`, their term from the run tag. A verified enrollment mode on any live run
 * means a certificate is on offer, of the course's `certificate_type`. Courses MITx Online keeps out of
 * MIT Learn (`include_in_learn_catalog: false`, no live page) and proctored exams yield nothing.
 *
 * @example
 * await runImport(db, mitxonlineCourses, ['data/mit-learn/mitxonline_courses.json']);
 */
export const mitxonlineCourses: ImportSource = {
  name: 'mitxonline-courses',
  description: 'MITx Online courses from its courses API (pages of {count, next, previous, results})',
  // The API lists every live course (records() checks that no page is missing), so a course it no longer
  // lists has been withdrawn.
  fullFeed: true,
  records(files) {
    return listingRecords(files.map(readListingPage), 'courses');
  },
  transform({ value }) {
    const course = parseRecord(courseSchema, value, recordField(value, 'readable_id'));
    const { page } = course;
    // MITx Online lists the proctored final exams of its courses as courses; they are not for learners to browse.
    if (!course.include_in_learn_catalog || !page?.live || /proctored exam/i.test(course.title)) return [];
    // A run that is not live is not offered: it neither shows nor decides what the course offers.
    const liveRuns = course.courseruns.filter((run) => run.live);
    const runs = liveRuns.map((run) => toRun(run, page.instructors));
    const offersMode = (mode: string) => liveRuns.some((run) => run.enrollment_modes.has(mode));
    const certification = offersMode('verified');
    const duration = cleanText(course.duration ?? page.length);
    const timeCommitment = cleanText(course.time_commitment ?? page.effort);
    const weeks = parseWeeks(duration);
    const hours = parseWeeklyHours(timeCommitment);
    const image = siteUrl(page.feature_image_src);
    return [
      {
        ...emptyResource({
          platform: 'mitxonline',
          readableId: course.readable_id,
          resourceType: 'COURSE',
          title: course.title,
        }),
        description: htmlToText(page.description),
        url: siteUrl(page.page_url),
        image: image ? { url: image, alt: null } : null,
        offeredBy: 'mitx',
        departments: course.departments,
        topics: course.topics,
        topicProvider: 'mitx',
        certification,
        certificationType: certificateType(certification, course.certificate_type),
        prices: resourcePrices(
          offersMode('audit'),
          [course.min_price, course.max_price],
          runs.flatMap((run) => run.prices),
        ),
        delivery: ['ONLINE'],
        pace: (['SELF_PACED', 'INSTRUCTOR_PACED'] as const).filter((pace) =>
          runs.some((run) => run.pace.includes(pace)),
        ),
        format: ['ASYNCHRONOUS'],
        availability: parseAvailability(course.availability),
        duration,
        timeCommitment,
        minWeeks: weeks?.min ?? null,
        maxWeeks: weeks?.max ?? null,
        minWeeklyHours: hours?.min ?? null,
        maxWeeklyHours: hours?.max ?? null,
        runs,
      },
    ];
  },
};
