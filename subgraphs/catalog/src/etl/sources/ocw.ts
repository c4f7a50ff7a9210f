import { FeedFileError, type ImportSource } from '../source.js';
import { courseResource, isPublished } from './ocw/course.js';
import { courseSchema } from './ocw/course-schema.js';
import { courseVideoResources } from './ocw/course-videos.js';
import { parseRecord } from './parse/record.js';

/**
 * OpenCourseWare courses in ocw-data-parser's format: one `<slug>_parsed.json` per course, with the
 * course's pages, files and embedded lecture videos. Each course becomes a COURSE keyed by its slug, plus
 * its YouTube videos and a playlist of them (see `courseVideoResources`). Pages and files are course
 * material, not catalog entries, and are not imported.
 *
 * A full feed: the parser exports every course OCW publishes, so a course whose file is gone is withdrawn.
 *
 * @example
 * await runImport(db, ocwCourses, ['data/mit-learn/test_ocw_parsed.json']);
 */
export const ocwCourses: ImportSource = {
  name: 'ocw',
  description: 'MIT OpenCourseWare courses in ocw-data-parser format (one parsed course per file), with their videos',
  fullFeed: true,
  records(files) {
    return files.map(({ path, content }) => {
      // `course_pages` is what sets a parsed course apart from other per-course JSON (ocw-to-go's, say).
      if (!content || typeof content !== 'object' || Array.isArray(content) || !('course_pages' in content)) {
        throw new FeedFileError(path, 'expected one parsed OCW course (an object with course_pages) per file');
      }
      return { file: path, index: 0, value: content };
    });
  },
  transform({ value }) {
    const slug = (value as { short_url?: unknown }).short_url;
    const course = parseRecord(courseSchema, value, typeof slug === 'string' ? slug.trim().toLowerCase() : undefined);
    if (!isPublished(course)) return [];
    const resource = courseResource(course);
    return [resource, ...courseVideoResources(course.course_embedded_media, resource)];
  },
};
