import { emptyResource, emptyRun, type ResourceInput } from '../../resource-input.js';
import { parseLevels } from '../parse/level.js';
import { cleanText } from '../parse/text.js';
import type { CourseRow } from './course-row.js';

/** edX run codes: "1T2019" is the spring term, "2T" summer, "3T" fall (as MIT Learn reads them). */
const edxTerms: Record<string, string> = { '1': 'Spring', '2': 'Summer', '3': 'Fall' };

/** Topic names the sheet misspells, by the name MITx Online (and our taxonomy) uses. */
const topicSpellings: Record<string, string> = { 'educational policy': 'Education Policy' };

const selfPaced = (): Pick<ResourceInput, 'delivery' | 'pace' | 'format'> => ({
  delivery: ['ONLINE'],
  pace: ['SELF_PACED'],
  format: ['ASYNCHRONOUS'],
});

/**
 * The run's edX key. The `url` names the run OLL actually serves (`…/courses/course-v1:<key>/about`);
 * `readable_id` usually equals it but sometimes leaves the run out ("MITx+21A.819.1x").
 */
function runKeyOf(row: CourseRow): string {
  const served = /\/courses\/(course-v1:[^/?#]+)/.exec(row.url)?.[1];
  return served ?? `course-v1:${row.readable_id}`;
}

/** Semester and year from the run part of a key: "3T2019", "2019_Spring", or at least a year ("2020_T1"). */
function term(runKey: string): { semester: string | null; year: number | null } {
  const run = runKey.split('+').slice(2).join('+');
  const edx = /([123])T(\d{4})/.exec(run);
  if (edx?.[1] && edx[2]) return { semester: edxTerms[edx[1]] ?? null, year: Number(edx[2]) };
  const named = /(\d{4})_(Spring|Summer|Fall|Winter)/i.exec(run);
  if (named?.[1] && named[2]) {
    return { semester: `${named[2][0]?.toUpperCase()}${named[2].slice(1).toLowerCase()}`, year: Number(named[1]) };
  }
  const year = /(?:19|20)\d{2}/.exec(run)?.[0];
  return { semester: null, year: year ? Number(year) : null };
}

/**
 * The department of an MIT course number: "18.031" → "18", "HST.936x" → "HST". Numbers without a
 * department prefix ("CITE101x") give none; prefixes that are no department ("0.501x") are dropped on load.
 */
const departmentOf = (courseNumber: string) => (courseNumber.includes('.') ? [courseNumber.split('.')[0] ?? ''] : []);

/** The course part of an edX key: "MITx+18.01.1x+2T2019" → "MITx+18.01.1x". */
export const courseKeyOf = (key: string) => key.trim().split('+').slice(0, 2).join('+');

const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? '' : 's'}`;

/**
 * An OLL course from its sheet row. The resource is keyed by the course part of the edX key
 * ("MITx+18.01.1x"), as edX and MITx Online key courses, so that a relaunch in a new run updates the
 * course rather than replacing it; the run keeps the full key. Topics come from the MITx Online columns,
 * whose names are our own topic names.
 */
export function courseResource(row: CourseRow, instructors: string[]): ResourceInput {
  const runKey = runKeyOf(row);
  // A zero says as little as a blank: neither is a length.
  const weeks = row.Duration || null;
  const hours = row['Student Effort'] || null;
  const topics = [row['MITxO Primary Child'], row['MITxO Adopted Secondary Child']]
    .map(cleanText)
    .filter((name) => name !== null)
    .map((name) => topicSpellings[name.toLowerCase()] ?? name);
  return {
    ...emptyResource({
      platform: 'oll',
      readableId: courseKeyOf(row.readable_id),
      resourceType: 'COURSE',
      title: row.title,
    }),
    description: cleanText(row.description),
    url: row.url,
    image: row['Course Image URL Flat'] ? { url: row['Course Image URL Flat'], alt: row.title } : null,
    languages: row.Language ? [row.Language] : [],
    offeredBy: row['Offered by'],
    departments: departmentOf(row['OLL Course']),
    topics: [...new Set(topics)],
    topicProvider: null,
    ...selfPaced(),
    availability: 'ANYTIME',
    duration: weeks ? plural(weeks, 'week') : null,
    minWeeks: weeks,
    maxWeeks: weeks,
    timeCommitment: hours ? `${plural(hours, 'hour')}/week` : null,
    minWeeklyHours: hours,
    maxWeeklyHours: hours,
    runs: [
      {
        ...emptyRun(runKey),
        title: row.title,
        url: row.url,
        levels: parseLevels(row.Level),
        ...term(runKey),
        ...selfPaced(),
        instructors,
      },
    ],
  };
}
