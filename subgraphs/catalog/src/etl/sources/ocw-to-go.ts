import { z } from 'zod';
import { emptyResource, emptyRun } from '../resource-input.js';
import { FeedFileError, type ImportSource } from '../source.js';
import { parseLevels } from './parse/level.js';
import { parseRecord } from './parse/record.js';
import { cleanText } from './parse/text.js';

const courseSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a lowercase course slug'),
  name: z.string().trim().min(1, 'a non-empty title'),
  description: z.string().nullish(),
  topics: z.array(z.string()).default([]),
  instructors: z.array(z.string()).default([]),
  courseNumber: z.string().nullish(),
  courseLevel: z.string().nullish(),
  imgAltText: z.string().nullish(),
});

/** OCW slugs end with the term: "…-fall-2011", "…-january-iap-2015". */
function term(slug: string): { semester: string | null; year: number | null } {
  const match = /-(fall|spring|summer|january-iap)-(\d{4})$/.exec(slug);
  if (!match?.[1] || !match[2]) return { semester: null, year: null };
  const semester = match[1] === 'january-iap' ? 'January IAP' : match[1][0]?.toUpperCase() + match[1].slice(1);
  return { semester, year: Number(match[2]) };
}

/** "18.06SC" → department "18"; "21G.223" → "21G"; "CMS.608" → "CMS". */
const departmentOf = (courseNumber: string | null | undefined) => courseNumber?.split('.')[0]?.trim() || null;

/**
 * OpenCourseWare courses as the ocw-to-go project packages them: one JSON object per course file, keyed
 * by the OCW course slug, with OCW's topic names, instructors, course number and level.
 */
export const ocwToGo: ImportSource = {
  name: 'ocw-to-go',
  description: 'MIT OpenCourseWare course files in the ocw-to-go format (one course per file)',
  fullFeed: true,
  records(files) {
    return files.map(({ path, content }) => {
      if (!content || typeof content !== 'object' || Array.isArray(content)) {
        throw new FeedFileError(path, 'expected one course object per file');
      }
      return { file: path, index: 0, value: content };
    });
  },
  transform({ value }) {
    const course = parseRecord(courseSchema, value, (value as { id?: unknown }).id);
    const instructors = course.instructors.map((name) => name.replace(/^(Prof\.|Dr\.)\s+/, '').trim()).filter(Boolean);
    const department = departmentOf(course.courseNumber);
    return [
      {
        ...emptyResource({ platform: 'ocw', readableId: course.id, resourceType: 'COURSE', title: course.name.trim() }),
        description: cleanText(course.description),
        url: `https://ocw.mit.edu/courses/${course.id}/`,
        languages: ['en'],
        offeredBy: 'ocw',
        departments: department ? [department] : [],
        topics: [...new Set(course.topics)],
        topicProvider: 'ocw',
        delivery: ['ONLINE'],
        pace: ['SELF_PACED'],
        format: ['ASYNCHRONOUS'],
        availability: 'ANYTIME',
        runs: [
          {
            ...emptyRun(course.id),
            title: course.name.trim(),
            url: `https://ocw.mit.edu/courses/${course.id}/`,
            levels: parseLevels(course.courseLevel),
            ...term(course.id),
            delivery: ['ONLINE'],
            pace: ['SELF_PACED'],
            format: ['ASYNCHRONOUS'],
            instructors,
          },
        ],
      },
    ];
  },
};
