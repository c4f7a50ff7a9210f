import { z } from 'zod';
import { emptyResource, emptyRun } from '../resource-input.js';
import type { ImportSource } from '../source.js';
import { arrayRecords } from './parse/array-records.js';
import { parseAvailability } from './parse/availability.js';
import { parseDate } from './parse/dates.js';
import { parseLanguage } from './parse/language.js';
import { parseLevels } from './parse/level.js';
import { parsePrices } from './parse/money.js';
import { namedList } from './parse/named-list.js';
import { parseRecord } from './parse/record.js';
import { recordField } from './parse/record-field.js';
import { cleanText, htmlToText } from './parse/text.js';

const bootcampSchema = z.object({
  course_id: z.string().trim().min(1, 'a course id'),
  title: z.string().trim().min(1, 'a non-empty title'),
  learning_resource_type: z.enum(['course', 'program']).default('course'),
  short_description: z.string().nullish(),
  full_description: z.string().nullish(),
  url: z.string().nullish(),
  image_src: z.string().nullish(),
  image_description: z.string().nullish(),
  language: z.string().nullish(),
  level: z.string().nullish(),
  semester: z.string().nullish(),
  year: z.number().int().nullish(),
  start_date: z.string().nullish(),
  end_date: z.string().nullish(),
  enrollment_start: z.string().nullish(),
  enrollment_end: z.string().nullish(),
  availability: z.string().nullish(),
  location: z.string().nullish(),
  last_modified: z.string().nullish(),
  published: z.boolean().default(true),
  instructors: z
    .array(z.object({ first_name: z.string().nullish(), last_name: z.string().nullish() }))
    .default([])
    .transform((people) =>
      people
        .map((person) => cleanText(`${person.first_name ?? ''} ${person.last_name ?? ''}`))
        .filter((name) => name !== null),
    ),
  topics: namedList,
  prices: z.array(z.object({ price: z.number().nonnegative(), mode: z.string().nullish() })).default([]),
});

/**
 * MIT Bootcamps, from the bootcamps catalog export (one JSON array). Each bootcamp is one dated,
 * professional session, so it has one run with its dates, term, instructors and prices (every mode's:
 * early bird, standard), and the resource costs what that run costs. Bootcamps use their own topic
 * names, matched against ours directly (the taxonomy has no bootcamps mappings). Unpublished bootcamps
 * yield nothing.
 *
 * @example
 * await runImport(db, bootcamps, ['data/mit-learn/bootcamps.json']);
 */
export const bootcamps: ImportSource = {
  name: 'bootcamps',
  description: 'MIT Bootcamps from the bootcamps catalog export (a JSON array of bootcamps)',
  // The export lists every bootcamp, past ones included (unpublished ones flagged), so one it no longer
  // lists has been withdrawn.
  fullFeed: true,
  records: (files) => arrayRecords(files, 'the JSON array of bootcamps'),
  transform({ value }) {
    const bootcamp = parseRecord(bootcampSchema, value, recordField(value, 'course_id'));
    if (!bootcamp.published) return [];
    const url = cleanText(bootcamp.url);
    const image = cleanText(bootcamp.image_src);
    const language = parseLanguage(bootcamp.language);
    // Bootcamp prices are in US dollars; the mode ("Early Bird", "Standard") has no place in a price.
    const prices = bootcamp.prices.flatMap((price) => parsePrices(price.price));
    return [
      {
        ...emptyResource({
          platform: 'bootcamps',
          readableId: bootcamp.course_id,
          resourceType: bootcamp.learning_resource_type === 'program' ? 'PROGRAM' : 'COURSE',
          title: bootcamp.title,
        }),
        description: cleanText(bootcamp.short_description),
        fullDescription: htmlToText(bootcamp.full_description),
        url,
        image: image ? { url: image, alt: cleanText(bootcamp.image_description) } : null,
        languages: language ? [language] : [],
        offeredBy: 'bootcamps',
        topics: bootcamp.topics,
        professional: true,
        prices,
        // Bootcamps run as dated cohorts; the export's own word wins when it has one.
        availability: parseAvailability(bootcamp.availability) ?? 'DATED',
        location: cleanText(bootcamp.location),
        lastModified: parseDate(bootcamp.last_modified),
        runs: [
          {
            ...emptyRun(bootcamp.course_id),
            title: bootcamp.title,
            url,
            levels: parseLevels(bootcamp.level),
            semester: cleanText(bootcamp.semester),
            year: bootcamp.year ?? null,
            startDate: parseDate(bootcamp.start_date),
            endDate: parseDate(bootcamp.end_date),
            enrollmentStart: parseDate(bootcamp.enrollment_start),
            enrollmentEnd: parseDate(bootcamp.enrollment_end),
            prices,
            instructors: bootcamp.instructors,
          },
        ],
      },
    ];
  },
};
