import { emptyResource, emptyRun, type ResourceInput } from '../../resource-input.js';
import { parseLanguage } from '../parse/language.js';
import { parseLevels } from '../parse/level.js';
import { cleanText, htmlToText } from '../parse/text.js';
import type { ParsedCourse } from './course-schema.js';

/** OCW's site: the parsed format's `url` is a path on it. */
const ocwSite = 'https://ocw.mit.edu';

/** OCW courses are published material: online, self-paced, asynchronous. */
const selfPaced = (): Pick<ResourceInput, 'delivery' | 'pace' | 'format'> => ({
  delivery: ['ONLINE'],
  pace: ['SELF_PACED'],
  format: ['ASYNCHRONOUS'],
});

/**
 * Whether OCW still publishes the course, by ocw-data-parser's own rule: published at some point and not
 * unpublished since. Exports without the publication fields (like the bundled sample) count as published.
 */
export function isPublished(course: ParsedCourse): boolean {
  const published = course.last_published_to_production;
  const unpublished = course.last_unpublishing_date;
  if (published === null) return false;
  return !unpublished || (published !== undefined && unpublished <= published);
}

/** The term from the parser's fields, else from the slug, whose last words are the term ("…-fall-2012"). */
function term(course: ParsedCourse): { semester: string | null; year: number | null } {
  const year = Number(course.from_year);
  if (cleanText(course.from_semester) && Number.isInteger(year) && year > 0) {
    return { semester: cleanText(course.from_semester), year };
  }
  const match = /-(fall|spring|summer|january-iap)-(\d{4})$/.exec(course.short_url);
  if (!match?.[1] || !match[2]) return { semester: null, year: null };
  const semester = match[1] === 'january-iap' ? 'January IAP' : `${match[1][0]?.toUpperCase()}${match[1].slice(1)}`;
  return { semester, year: Number(match[2]) };
}

/** OCW's topic names: each collection entry is a feature, sub-feature and speciality, broad to narrow. */
const topicsOf = (course: ParsedCourse) => [
  ...new Set(
    course.course_collections.flatMap((entry) =>
      [entry.ocw_feature, entry.ocw_subfeature, entry.ocw_speciality].map(cleanText).filter((name) => name !== null),
    ),
  ),
];

const instructorsOf = (course: ParsedCourse) =>
  course.instructors
    .map((person) =>
      [person.first_name, person.middle_initial, person.last_name].map(cleanText).filter(Boolean).join(' '),
    )
    .filter(Boolean);

/** The course page's URL: the parser's path resolved on OCW's site, or the canonical page of the slug. */
const courseUrl = (course: ParsedCourse) =>
  new URL(cleanText(course.url) ?? `/courses/${course.short_url}/`, ocwSite).href;

/**
 * The course itself, keyed by its slug as `ocw-to-go` keys it, so that both formats of the same OCW course
 * land on the same resource and different courses never share an id. Its one run is the OCW offering,
 * keyed by the course uid.
 */
export function courseResource(course: ParsedCourse): ResourceInput {
  const url = courseUrl(course);
  const image = cleanText(course.image_src);
  const department = cleanText(course.department_number);
  return {
    ...emptyResource({ platform: 'ocw', readableId: course.short_url, resourceType: 'COURSE', title: course.title }),
    description: htmlToText(course.description),
    url,
    image: image
      ? {
          url: new URL(image, ocwSite).href,
          alt: cleanText(course.image_alternate_text) ?? cleanText(course.image_description),
        }
      : null,
    // OCW publishes its courses in English; an export that names the language is taken at its word.
    languages: [parseLanguage(course.language) ?? 'en'],
    offeredBy: 'ocw',
    departments: department ? [department] : [],
    topics: topicsOf(course),
    topicProvider: 'ocw',
    ...selfPaced(),
    availability: 'ANYTIME',
    runs: [
      {
        ...emptyRun(course.uid),
        title: course.title,
        url,
        levels: parseLevels(course.course_level),
        ...term(course),
        ...selfPaced(),
        instructors: instructorsOf(course),
      },
    ],
  };
}
