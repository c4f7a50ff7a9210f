import { z } from 'zod';
import { emptyResource } from '../resource-input.js';
import type { ImportSource } from '../source.js';
import { parseDate } from './parse/dates.js';
import { parseWeeklyHours, parseWeeks, type Range } from './parse/duration.js';
import { parseRecord } from './parse/record.js';
import { recordField } from './parse/record-field.js';
import { cleanText } from './parse/text.js';
import { mapRun, runSchema } from './sloan/course-run.js';
import { joinCoursesAndRuns } from './sloan/feed-files.js';

const courseSchema = z.object({
  Course_Id: z.string().trim().min(1, 'a course id'),
  Title: z.string().trim().min(1, 'a non-empty title'),
  Description: z.string().nullish(),
  Topics: z.string().nullish(),
  Image_Src: z.string().nullish(),
  URL: z.string().nullish(),
  Certification_Type: z.string().nullish(),
  SourceLastModifiedDate: z
    .string()
    .refine((value) => parseDate(value) !== null, 'a date')
    .nullish(),
});

const courseWithRunsSchema = z.object({ course: courseSchema, runs: z.array(runSchema) });

const unique = <T>(values: T[], key: (value: T) => string = String) => [
  ...new Map(values.map((value) => [key(value), value])).values(),
];
const present = <T>(values: Array<T | null>) => values.filter((value) => value !== null);

/** The smallest and largest of the ranges the texts allow, or null when none does. */
function spanOf(ranges: Array<Range | null>): Range | null {
  const known = present(ranges);
  if (known.length === 0) return null;
  return { min: Math.min(...known.map((range) => range.min)), max: Math.max(...known.map((range) => range.max)) };
}

/**
 * MIT Sloan Executive Education's catalog export: a courses file and a runs ("course offerings") file,
 * joined on `Course_Id`. Runs carry delivery, tuition, location, duration and time commitment; the model
 * keeps the last three per resource, so a course gets its runs' distinct values ("6 weeks; 2 days").
 *
 * @example
 * await runImport(db, sloan, ['test_sloan_courses.json', 'test_sloan_runs.json']);
 */
export const sloan: ImportSource = {
  name: 'sloan',
  description: 'MIT Sloan Executive Education courses and course runs (the two Sloan API exports)',
  // The courses and course-offerings endpoints each return Sloan's whole current catalog.
  fullFeed: true,
  records: joinCoursesAndRuns,
  transform({ value }) {
    const courseId = recordField(recordField(value, 'course'), 'Course_Id');
    const { course, runs } = parseRecord(courseWithRunsSchema, value, courseId);
    // MIT Learn leaves out courses without a page on Sloan's site: they are not open for enrolment.
    const url = cleanText(course.URL);
    if (!url) return [];
    const title = course.Title.trim();
    const mapped = runs.map((run) => mapRun(run, { title, url }));
    const durations = unique(present(mapped.map((run) => run.duration)));
    const commitments = unique(present(mapped.map((run) => run.timeCommitment)));
    const weeks = spanOf(durations.map(parseWeeks));
    const weeklyHours = spanOf(commitments.map(parseWeeklyHours));
    // "Business: Digital Business/IT": Sloan's area, then the topic name that topics.yaml maps for `see`.
    const topic = cleanText(course.Topics?.split(':').at(-1));
    const certified = cleanText(course.Certification_Type) !== null;
    const image = cleanText(course.Image_Src);
    const onDemand = mapped.some(({ run }) => run.pace.includes('SELF_PACED'));
    return [
      {
        ...emptyResource({ platform: 'see', readableId: course.Course_Id.trim(), resourceType: 'COURSE', title }),
        description: cleanText(course.Description),
        url,
        image: image ? { url: image, alt: null } : null,
        languages: ['en'],
        offeredBy: 'see',
        topics: topic ? [topic] : [],
        topicProvider: 'see',
        certification: certified,
        certificationType: certified ? 'PROFESSIONAL' : 'NONE',
        professional: true,
        prices: unique(
          mapped.flatMap(({ run }) => run.prices),
          (price) => `${price.amount} ${price.currency}`,
        ),
        delivery: unique(mapped.flatMap(({ run }) => run.delivery)),
        pace: unique(mapped.flatMap(({ run }) => run.pace)),
        format: unique(mapped.flatMap(({ run }) => run.format)),
        availability: mapped.length === 0 ? null : onDemand ? 'ANYTIME' : 'DATED',
        duration: durations.join('; ') || null,
        timeCommitment: commitments.join('; ') || null,
        minWeeks: weeks?.min ?? null,
        maxWeeks: weeks?.max ?? null,
        minWeeklyHours: weeklyHours?.min ?? null,
        maxWeeklyHours: weeklyHours?.max ?? null,
        location: unique(present(mapped.map((run) => run.location))).join('; ') || null,
        lastModified: parseDate(course.SourceLastModifiedDate),
        runs: mapped.map(({ run }) => run),
      },
    ];
  },
};
