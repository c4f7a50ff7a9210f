import { z } from 'zod';
import { emptyResource, type RunInput } from '../resource-input.js';
import { type FeedFile, FeedFileError, type FeedRecord, type ImportSource, RecordError } from '../source.js';
import { parseDelivery } from './parse/delivery.js';
import { parseWeeklyHours, parseWeeks } from './parse/duration.js';
import { parsePrices } from './parse/money.js';
import { parseRecord } from './parse/record.js';
import { recordField } from './parse/record-field.js';
import { cleanText, htmlToText } from './parse/text.js';
import { titleLanguage } from './parse/title-language.js';
import { documentSchema, prolearnSite, runsOf, urlOf } from './prolearn/document.js';

/**
 * The Prolearn departments we import, by name without the "MIT " prefix, with their platform and offeror.
 * CSAIL has a platform but no offeror of its own in MIT Learn's taxonomy (its professional programmes are
 * run by CSAIL, not by MIT Professional Education), so its resources name no offeror, as in MIT Learn.
 */
const departments: Record<string, { platform: string; offeredBy: string | null }> = {
  'professional education': { platform: 'mitpe', offeredBy: 'mitpe' },
  csail: { platform: 'csail', offeredBy: null },
};

function departmentOf(name: unknown) {
  if (typeof name !== 'string') return undefined;
  const key = name
    .trim()
    .replace(/^MIT\s+/i, '')
    .toLowerCase();
  return departments[key];
}

const responseSchema = z.object({
  data: z.object({ searchAPISearch: z.object({ documents: z.array(z.unknown()) }) }),
});

const latestStart = (runs: RunInput[]) => Math.max(...runs.map((run) => run.startDate?.getTime() ?? 0));

/** Documents of every response, grouped by department and node id, in the order they first appear. */
function groupByNode(files: FeedFile[]): FeedRecord[] {
  const groups = new Map<string, FeedRecord & { value: unknown[] }>();
  for (const { path, content } of files) {
    const response = responseSchema.safeParse(content);
    if (!response.success) {
      throw new FeedFileError(path, 'expected a Prolearn search response: {data: {searchAPISearch: {documents}}}');
    }
    response.data.data.searchAPISearch.documents.forEach((document, index) => {
      const [department, nid] = [recordField(document, 'department'), recordField(document, 'nid')];
      const key =
        typeof department === 'string' && nid !== undefined
          ? `${department.trim()}\u0000${nid}`
          : `${path}\u0000${index}`;
      const group = groups.get(key);
      if (group) group.value.push(document);
      else groups.set(key, { file: path, index, value: [document] });
    });
  }
  return [...groups.values()];
}

/**
 * Course and program documents from the Prolearn search API (prolearn.mit.edu/graphql, `searchAPISearch`),
 * one response per query. Prolearn indexes several documents per node (an archived copy beside the
 * current one), so documents are grouped by department and node id and become one resource whose runs
 * are all of theirs; the document with the latest run gives the resource its title, page and text.
 *
 * @example
 * await runImport(db, prolearn, ['prolearn_mitpe_courses.json', 'prolearn_csail_programs.json']);
 */
export const prolearn: ImportSource = {
  name: 'prolearn',
  description: 'MIT Professional Education and CSAIL courses and programs from the Prolearn search API',
  // Each query asks for every course (or program) of the imported departments in one unpaged range, so a
  // run given both responses lists everything Prolearn offers.
  fullFeed: true,
  records: groupByNode,
  transform({ value }) {
    const documents = value as unknown[];
    const department = recordField(documents[0], 'department');
    const known = departmentOf(department);
    const readableId = known ? `prolearn-${known.platform}-${recordField(documents[0], 'nid')}` : undefined;
    const parsed = documents.map((document) => parseRecord(documentSchema, document, readableId));
    if (!known || !readableId) {
      throw new RecordError(
        `department "${String(department)}" is not imported: only MIT Professional Education and MIT CSAIL`,
      );
    }
    const dated = parsed.map((document) => ({ document, runs: runsOf(document) }));
    const runs = [...new Map(dated.flatMap((entry) => entry.runs).map((run) => [run.runId, run])).values()];
    // A document without a date is a placeholder (Prolearn's "Dateless Course, ignore me"): MIT Learn lists
    // only resources with a run, so a node none of whose documents is dated is not offered.
    if (runs.length === 0) return [];
    const main = dated.reduce((best, entry) =>
      latestStart(entry.runs) > latestStart(best.runs) ? entry : best,
    ).document;
    const title = main.title.trim();
    const image = cleanText(main.image_override_url) ?? cleanText(main.featured_image_url);
    const weeks = parseWeeks(main.field_duration);
    const weeklyHours = parseWeeklyHours(main.field_time_commitment);
    const topic = cleanText(main.ucc_name);
    const program = main.field_course_or_program === 'PROGRAM';
    return [
      {
        ...emptyResource({ platform: known.platform, readableId, resourceType: main.field_course_or_program, title }),
        description: htmlToText(main.body_override ?? main.body),
        url: urlOf(main),
        image: image ? { url: new URL(image, prolearnSite).href, alt: null } : null,
        languages: [titleLanguage(title) ?? 'en'],
        offeredBy: known.offeredBy,
        // Prolearn's "ucc" topics are one vocabulary for every department, the one topics.yaml maps as MITPE's.
        topics: topic ? [topic] : [],
        topicProvider: 'mitpe',
        certification: true,
        certificationType: 'PROFESSIONAL',
        professional: true,
        prices: parsePrices(main.field_price),
        delivery: [...new Set(parsed.flatMap((document) => parseDelivery(document.format_name)))],
        availability: 'DATED',
        duration: cleanText(main.field_duration),
        timeCommitment: cleanText(main.field_time_commitment),
        minWeeks: weeks?.min ?? null,
        maxWeeks: weeks?.max ?? null,
        minWeeklyHours: weeklyHours?.min ?? null,
        maxWeeklyHours: weeklyHours?.max ?? null,
        runs,
        children: program
          ? [...new Set((main.field_related_courses_programs ?? []).map((nid) => `prolearn-${known.platform}-${nid}`))]
          : [],
      },
    ];
  },
};
