import { emptyResource } from '../resource-input.js';
import type { FeedRecord, ImportSource } from '../source.js';
import { isProgram, plain, resourceSchema } from './mitpe/resource.js';
import { runsOf } from './mitpe/runs.js';
import { arrayRecords } from './parse/array-records.js';
import { parseDelivery } from './parse/delivery.js';
import { parseWeeks } from './parse/duration.js';
import { parseLanguage } from './parse/language.js';
import { parsePrices } from './parse/money.js';
import { parseRecord } from './parse/record.js';
import { recordField } from './parse/record-field.js';
import { cleanText, splitList } from './parse/text.js';
import { titleLanguage } from './parse/title-language.js';

const site = 'https://professional.mit.edu';

const titleKey = (title: unknown) =>
  typeof title === 'string' ? plain(title)?.replace(/\s+/g, ' ').toLowerCase() : null;

/** Programs name their courses by title: the readable ids of those titles among this run's courses, in order. */
function programCourses(records: FeedRecord[]): (value: unknown) => string[] {
  const courseIds = new Map<string, string>();
  for (const { value } of records) {
    const key = titleKey(recordField(value, 'title'));
    const uuid = recordField(value, 'uuid');
    const course = !isProgram(recordField(value, 'resource_type'), recordField(value, 'course_certificate'));
    if (key && typeof uuid === 'string' && course) courseIds.set(key, uuid.trim());
  }
  return (value) => {
    const titles = recordField(value, 'courses');
    return (typeof titles === 'string' ? splitList(titles) : [])
      .map((title) => courseIds.get(titleKey(title) ?? ''))
      .filter((id) => id !== undefined);
  };
}

/**
 * MIT Professional Education's resources export (`/feeds/courses/`, one JSON array per page): flat records
 * with `|`-separated lists, courses and programs together, programs naming their courses by title.
 * Continuing-education credits are not part of the model and are dropped.
 *
 * @example
 * await runImport(db, mitpe, ['data/mit-learn/mitpe']);
 */
export const mitpe: ImportSource = {
  name: 'mitpe',
  description: 'MIT Professional Education courses and programs (the professional.mit.edu resources export)',
  // The export is paged until an empty page: the pages of one run together list every current resource.
  fullFeed: true,
  records(files) {
    const records = arrayRecords(files, 'an array of MITPE resources');
    const coursesOf = programCourses(records);
    return records.map((record) => ({
      ...record,
      value: { resource: record.value, children: coursesOf(record.value) },
    }));
  },
  transform({ value }) {
    const { resource, children } = value as { resource: unknown; children: string[] };
    const parsed = parseRecord(resourceSchema, resource, recordField(resource, 'uuid'));
    const title = plain(parsed.title) ?? parsed.title.trim();
    const url = new URL(parsed.url, site).href;
    const runs = runsOf(parsed, title, url);
    // MIT Learn lists a MITPE resource only while it has a run to enrol in; one without any run is not offered.
    if (runs.length === 0) return [];
    const program = isProgram(parsed.resource_type, parsed.course_certificate);
    const delivery = parseDelivery(parsed.learning_format);
    const location = plain(parsed.location);
    const duration = plain(parsed.duration);
    const weeks = parseWeeks(duration);
    const image = cleanText(parsed.image__src);
    return [
      {
        ...emptyResource({
          platform: 'mitpe',
          readableId: parsed.uuid.trim(),
          resourceType: program ? 'PROGRAM' : 'COURSE',
          title,
        }),
        description: plain(parsed.description),
        url,
        image: image ? { url: new URL(image, site).href, alt: plain(parsed.image__alt) } : null,
        languages: [parseLanguage(parsed.language) ?? titleLanguage(title) ?? 'en'],
        offeredBy: 'mitpe',
        topics: splitList(parsed.topics)
          .map(plain)
          .filter((topic) => topic !== null),
        topicProvider: 'mitpe',
        certification: true,
        certificationType: 'PROFESSIONAL',
        professional: true,
        prices: parsePrices(parsed.price),
        delivery,
        availability: runs.some((run) => run.startDate) ? 'DATED' : null,
        duration,
        minWeeks: weeks?.min ?? null,
        maxWeeks: weeks?.max ?? null,
        // Online resources repeat "Online" as their location; only a place is worth keeping.
        location: delivery.some((mode) => mode !== 'ONLINE') && location?.toLowerCase() !== 'online' ? location : null,
        runs,
        children: program ? children : [],
      },
    ];
  },
};
