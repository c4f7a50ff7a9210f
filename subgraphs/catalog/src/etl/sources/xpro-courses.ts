import { z } from 'zod';
import { emptyResource, emptyRun } from '../resource-input.js';
import type { ImportSource } from '../source.js';
import { arrayRecords } from './parse/array-records.js';
import { parseDate } from './parse/dates.js';
import { parsePrices } from './parse/money.js';
import { namedList } from './parse/named-list.js';
import { parseRecord } from './parse/record.js';
import { recordField } from './parse/record-field.js';
import { cleanText, htmlToText } from './parse/text.js';
import { distinctPrices, effortShape, platform, topics, xproTraits } from './xpro/fields.js';

const runSchema = z.object({
  courseware_id: z.string().trim().min(1, 'a run id'),
  title: z.string().nullish(),
  courseware_url: z.string().nullish(),
  start_date: z.string().nullish(),
  end_date: z.string().nullish(),
  enrollment_start: z.string().nullish(),
  enrollment_end: z.string().nullish(),
  instructors: namedList,
  current_price: z.number().nonnegative().nullish(),
});

const courseSchema = z.object({
  readable_id: z.string().trim().min(1, 'a readable id'),
  title: z.string().trim().min(1, 'a non-empty title'),
  description: z.string().nullish(),
  url: z.string().nullish(),
  thumbnail_url: z.string().nullish(),
  platform,
  topics,
  courseruns: z.array(runSchema).default([]),
  ...effortShape,
});

/**
 * MIT xPRO's courses, from its courses API (one JSON array). Runs carry their instructors, in order, and
 * `current_price`, the price of enrolling. xPRO sells what it offers: a run without a price is not on
 * sale and is left out, and a course with no run on sale yields nothing (MIT Learn unpublishes it so too).
 *
 * @example
 * await runImport(db, xproCourses, ['data/mit-learn/xpro_courses.json']);
 */
export const xproCourses: ImportSource = {
  name: 'xpro-courses',
  description: 'MIT xPRO courses from its courses API (a JSON array of courses with their runs)',
  // The API answers with every course in one array, so a course it no longer lists has been withdrawn.
  fullFeed: true,
  records: (files) => arrayRecords(files, 'the JSON array of xPRO courses'),
  transform({ value }) {
    const course = parseRecord(courseSchema, value, recordField(value, 'readable_id'));
    const traits = xproTraits(course);
    const runs = course.courseruns
      .filter((run) => run.current_price)
      .map((run) => ({
        ...emptyRun(run.courseware_id),
        title: cleanText(run.title),
        url: cleanText(run.courseware_url),
        startDate: parseDate(run.start_date),
        endDate: parseDate(run.end_date),
        enrollmentStart: parseDate(run.enrollment_start),
        enrollmentEnd: parseDate(run.enrollment_end),
        prices: parsePrices(run.current_price),
        delivery: traits.delivery,
        pace: traits.pace,
        format: traits.format,
        instructors: run.instructors,
      }));
    if (runs.length === 0) return [];
    const image = cleanText(course.thumbnail_url);
    return [
      {
        ...emptyResource({
          platform: course.platform,
          readableId: course.readable_id,
          resourceType: 'COURSE',
          title: course.title,
        }),
        ...traits,
        description: htmlToText(course.description),
        url: cleanText(course.url),
        image: image ? { url: image, alt: null } : null,
        topics: course.topics,
        topicProvider: 'xpro',
        // The course costs what its runs on sale cost.
        prices: distinctPrices(runs.flatMap((run) => run.prices)),
        runs,
      },
    ];
  },
};
