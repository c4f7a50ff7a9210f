import { z } from 'zod';
import { FeedFileError, type ImportSource } from '../source.js';
import { cleanText, parseRecord } from './record-schema.js';

const courseSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a lowercase course slug'),
  name: z.string().trim().min(1, 'a non-empty title'),
  description: z.string().nullish(),
});

/**
 * OpenCourseWare courses as the ocw-to-go project packages them: one JSON object per course file,
 * keyed by the OCW course slug.
 */
export const ocwToGo: ImportSource = {
  name: 'ocw-to-go',
  description: 'MIT OpenCourseWare course files in the ocw-to-go format (one course per file)',
  platform: 'ocw',
  fullFeed: true,
  records(file, parsed) {
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
      throw new FeedFileError(file, 'expected one course object per file');
    }
    return [parsed];
  },
  transform({ value }) {
    const course = parseRecord(courseSchema, value, (value as { id?: unknown }).id);
    return {
      platform: 'ocw',
      readableId: course.id,
      resourceType: 'COURSE',
      title: course.name.trim(),
      description: cleanText(course.description),
      url: `https://ocw.mit.edu/courses/${course.id}/`,
    };
  },
};
