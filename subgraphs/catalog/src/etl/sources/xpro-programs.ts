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
import { effortShape, platform, topics, xproTraits } from './xpro/fields.js';

const programSchema = z.object({
  readable_id: z.string().trim().min(1, 'a readable id'),
  title: z.string().trim().min(1, 'a non-empty title'),
  description: z.string().nullish(),
  url: z.string().nullish(),
  thumbnail_url: z.string().nullish(),
  platform,
  topics,
  current_price: z.number().nonnegative().nullish(),
  courses: z.array(z.object({ readable_id: z.string().trim().min(1, 'a readable id') })).default([]),
  start_date: z.string().nullish(),
  end_date: z.string().nullish(),
  enrollment_start: z.string().nullish(),
  instructors: namedList,
  ...effortShape,
});

/**
 * MIT xPRO's programs, from its catalog API (one JSON array). Each program embeds its courses in full;
 * only their readable ids are taken, in order, as the program's `children`: the courses themselves are
 * imported by `xpro-courses`, so that one source owns each course (and a course in two programs is not
 * written twice). Members the catalog does not hold yet are left out by the loader.
 * A program has one run, its dated offering at `current_price`, taught by its instructors; a program
 * without a price is not on sale and yields nothing (MIT Learn unpublishes it so too).
 *
 * @example
 * await runImport(db, xproPrograms, ['data/mit-learn/xpro_programs.json']);
 */
export const xproPrograms: ImportSource = {
  name: 'xpro-programs',
  description: 'MIT xPRO programs from its catalog API (a JSON array of programs embedding their courses)',
  // The API answers with every program in one array, so a program it no longer lists has been withdrawn.
  fullFeed: true,
  records: (files) => arrayRecords(files, 'the JSON array of xPRO programs'),
  transform({ value }) {
    const program = parseRecord(programSchema, value, recordField(value, 'readable_id'));
    if (!program.current_price) return [];
    // "4 weeks per course" is each course's length, not the program's.
    const traits = xproTraits(program, !/per course/i.test(program.duration ?? ''));
    const url = cleanText(program.url);
    const image = cleanText(program.thumbnail_url);
    const prices = parsePrices(program.current_price);
    return [
      {
        ...emptyResource({
          platform: program.platform,
          readableId: program.readable_id,
          resourceType: 'PROGRAM',
          title: program.title,
        }),
        ...traits,
        description: htmlToText(program.description),
        url,
        image: image ? { url: image, alt: null } : null,
        topics: program.topics,
        topicProvider: 'xpro',
        prices,
        runs: [
          {
            ...emptyRun(program.readable_id),
            title: program.title,
            url,
            startDate: parseDate(program.start_date),
            endDate: parseDate(program.end_date),
            enrollmentStart: parseDate(program.enrollment_start),
            prices,
            delivery: traits.delivery,
            pace: traits.pace,
            format: traits.format,
            instructors: program.instructors,
          },
        ],
        children: program.courses.map((course) => course.readable_id),
      },
    ];
  },
};
