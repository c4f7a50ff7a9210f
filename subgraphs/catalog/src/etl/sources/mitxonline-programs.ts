import { z } from 'zod';
import { emptyResource, emptyRun } from '../resource-input.js';
import { type FeedFile, FeedFileError, type FeedRecord, type ImportSource } from '../source.js';
import {
  certificateType,
  decimal,
  enrollmentModes,
  offerPrices,
  price,
  resourcePrices,
  siteUrl,
} from './mitxonline/fields.js';
import { parseAvailability } from './parse/availability.js';
import { parseDate } from './parse/dates.js';
import { parseWeeklyHours, parseWeeks } from './parse/duration.js';
import { type ListingPage, listingRecords, readListingPage } from './parse/listing-page.js';
import { parsePrices } from './parse/money.js';
import { namedList } from './parse/named-list.js';
import { parseRecord } from './parse/record.js';
import { recordField } from './parse/record-field.js';
import { cleanText, htmlToText } from './parse/text.js';

/** A node of a program's requirement tree: the root, an operator ("all_of", electives), or a course. */
interface RequirementNode {
  data: { node_type: string; course?: number | null | undefined };
  children?: RequirementNode[] | undefined;
}
const requirementNode: z.ZodType<RequirementNode> = z.lazy(() =>
  z.object({
    data: z.object({ node_type: z.string(), course: z.number().int().nullish() }),
    children: z.array(requirementNode).optional(),
  }),
);

const weeklyHours = decimal('a number of hours such as "5"');

const programSchema = z.object({
  readable_id: z.string().trim().min(1, 'a readable id'),
  title: z.string().trim().min(1, 'a non-empty title'),
  live: z.boolean().default(true),
  courses: z.array(z.number().int()).default([]),
  req_tree: z.array(requirementNode).default([]),
  page: z
    .object({
      live: z.boolean(),
      // MIT Learn treats the flag as an opt-in: a program without it is not for the catalog.
      include_in_learn_catalog: z.boolean().default(false),
      page_url: z.string().nullish(),
      feature_image_src: z.string().nullish(),
      description: z.string().nullish(),
      length: z.string().nullish(),
      effort: z.string().nullish(),
      price: z.string().nullish(),
    })
    .nullish(),
  departments: namedList,
  topics: namedList,
  certificate_type: z.string().nullish(),
  min_price: price.nullish(),
  max_price: price.nullish(),
  availability: z.string().nullish(),
  start_date: z.string().nullish(),
  end_date: z.string().nullish(),
  enrollment_start: z.string().nullish(),
  enrollment_end: z.string().nullish(),
  duration: z.string().nullish(),
  min_weeks: z.number().int().nonnegative().nullish(),
  max_weeks: z.number().int().nonnegative().nullish(),
  time_commitment: z.string().nullish(),
  min_weekly_hours: weeklyHours.nullish(),
  max_weekly_hours: weeklyHours.nullish(),
  enrollment_modes: enrollmentModes,
});

/** A program as records() hands it on: the raw program and the readable ids of the courses listed with it. */
interface ProgramRecord {
  program: unknown;
  readableIds: ReadonlyMap<number, string>;
}

/** The course listing's numeric ids → readable ids; malformed courses are left to the courses importer. */
function readableIdsOf(courses: FeedRecord[]): Map<number, string> {
  const ids = new Map<number, string>();
  for (const { value } of courses) {
    const id = recordField(value, 'id');
    const readableId = recordField(value, 'readable_id');
    if (typeof id === 'number' && typeof readableId === 'string') ids.set(id, readableId.trim());
  }
  return ids;
}

/** Course ids in the requirement tree's order (required courses, then electives), then any only in `courses`. */
function courseIdsOf(tree: RequirementNode[], courses: number[]): number[] {
  const walk = (nodes: RequirementNode[]): number[] =>
    nodes.flatMap((node) => [
      ...(node.data.node_type === 'course' && typeof node.data.course === 'number' ? [node.data.course] : []),
      ...walk(node.children ?? []),
    ]);
  return [...new Set([...walk(tree), ...courses])];
}

function programRecords(files: FeedFile[]): FeedRecord[] {
  const pages = files.map(readListingPage);
  const isCoursePage = (page: ListingPage) =>
    page.results.some((result) => recordField(result, 'courseruns') !== undefined);
  const programPages = pages.filter((page) => !isCoursePage(page));
  const coursePages = pages.filter(isCoursePage);
  const programs = listingRecords(programPages, 'programs');
  const [firstProgramPage] = programPages;
  if (firstProgramPage && programs.length > 0 && coursePages.length === 0) {
    throw new FeedFileError(
      firstProgramPage.file,
      'programs name their courses by numeric id: give the MITx Online courses listing in the same run',
    );
  }
  // Checked like the programs, so that a missing courses page cannot silently drop members.
  const readableIds = readableIdsOf(listingRecords(coursePages, 'courses'));
  return programs.map((record) => ({
    ...record,
    value: { program: record.value, readableIds } satisfies ProgramRecord,
  }));
}

/**
 * MITx Online's programs, from its programs API (pages of `{count, next, previous, results}`). Programs
 * name their courses by MITx Online's numeric ids only, so a run takes the courses listing as well (both
 * files, in any order) and turns the ids into readable ids for `children`, in the order of the program's
 * requirement tree. The courses themselves are imported by `mitxonline-courses`; ids the listing does not
 * hold (courses that are not live) are left out, as the catalog has no such course. A program has one run,
 * its dated offering; a verified enrollment mode means a certificate.
 *
 * @example
 * await runImport(db, mitxonlinePrograms, ['data/mit-learn/mitxonline_programs.json', 'data/mit-learn/mitxonline_courses.json']);
 */
export const mitxonlinePrograms: ImportSource = {
  name: 'mitxonline-programs',
  description: 'MITx Online programs from its programs API, with its courses listing to name their courses',
  // The API lists every live program (records() checks that no page is missing), so a program it no
  // longer lists has been withdrawn.
  fullFeed: true,
  records: programRecords,
  transform({ value }) {
    const { program: raw, readableIds } = value as ProgramRecord;
    const program = parseRecord(programSchema, raw, recordField(raw, 'readable_id'));
    const { page } = program;
    if (!program.live || !page?.live || !page.include_in_learn_catalog) return [];
    const modes = program.enrollment_modes;
    const certification = modes.has('verified');
    const url = siteUrl(page.page_url);
    const image = siteUrl(page.feature_image_src);
    const duration = cleanText(program.duration ?? page.length);
    const timeCommitment = cleanText(program.time_commitment ?? page.effort);
    const weeks = parseWeeks(duration);
    const hours = parseWeeklyHours(timeCommitment);
    const offer = offerPrices(
      modes,
      parsePrices(page.price).map((paid) => paid.amount),
    );
    return [
      {
        ...emptyResource({
          platform: 'mitxonline',
          readableId: program.readable_id,
          resourceType: 'PROGRAM',
          title: program.title,
        }),
        description: htmlToText(page.description),
        url,
        image: image ? { url: image, alt: null } : null,
        offeredBy: 'mitx',
        departments: program.departments,
        topics: program.topics,
        topicProvider: 'mitx',
        certification,
        certificationType: certificateType(certification, program.certificate_type),
        prices: resourcePrices(modes.has('audit'), [program.min_price, program.max_price], offer),
        delivery: ['ONLINE'],
        format: ['ASYNCHRONOUS'],
        availability: parseAvailability(program.availability),
        duration,
        timeCommitment,
        minWeeks: program.min_weeks ?? weeks?.min ?? null,
        maxWeeks: program.max_weeks ?? weeks?.max ?? null,
        minWeeklyHours: program.min_weekly_hours ?? hours?.min ?? null,
        maxWeeklyHours: program.max_weekly_hours ?? hours?.max ?? null,
        runs: [
          {
            ...emptyRun(program.readable_id),
            title: program.title,
            url,
            startDate: parseDate(program.start_date),
            endDate: parseDate(program.end_date),
            enrollmentStart: parseDate(program.enrollment_start),
            enrollmentEnd: parseDate(program.enrollment_end),
            prices: offer,
            delivery: ['ONLINE'],
            format: ['ASYNCHRONOUS'],
          },
        ],
        children: courseIdsOf(program.req_tree, program.courses).flatMap((id) => {
          const readableId = readableIds.get(id);
          return readableId ? [readableId] : [];
        }),
      },
    ];
  },
};
