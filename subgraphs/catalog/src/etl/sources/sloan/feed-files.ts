import { type FeedFile, FeedFileError, type FeedRecord } from '../../source.js';
import { recordField } from '../parse/record-field.js';

/** Sloan delivers courses and runs as two lists; a file is told apart by the fields its records carry. */
function kindOf({ path, content }: FeedFile): 'courses' | 'runs' {
  if (!Array.isArray(content)) throw new FeedFileError(path, 'expected an array of Sloan courses or course runs');
  if (content.some((item) => recordField(item, 'CO_Title') !== undefined)) return 'runs';
  if (content.some((item) => recordField(item, 'Title') !== undefined)) return 'courses';
  throw new FeedFileError(path, 'neither Sloan courses (with Title) nor course runs (with CO_Title)');
}

/**
 * One record per course of the courses file(s), holding the course and the runs that name it:
 * `{ course, runs }`. Both files are required, since a full feed given one alone would drop every course
 * or every run. A run whose course is not listed is left out: it has no title, page or description.
 *
 * @example
 * const records = joinCoursesAndRuns([{ path: 'courses.json', content: [course] }, { path: 'runs.json', content: [run] }]);
 */
export function joinCoursesAndRuns(files: FeedFile[]): FeedRecord[] {
  const kinds = files.map((file) => ({ file, kind: kindOf(file) }));
  for (const kind of ['courses', 'runs'] as const) {
    if (!kinds.some((entry) => entry.kind === kind)) {
      throw new FeedFileError(files.map((file) => file.path).join(', '), `the Sloan ${kind} file is missing`);
    }
  }
  const courses: FeedRecord[] = [];
  const runsByCourse = new Map<unknown, unknown[]>();
  for (const { file, kind } of kinds) {
    const items = file.content as unknown[];
    if (kind === 'courses') {
      courses.push(...items.map((value, index) => ({ file: file.path, index, value })));
      continue;
    }
    for (const run of items) {
      const courseId = recordField(run, 'Course_Id');
      runsByCourse.set(courseId, [...(runsByCourse.get(courseId) ?? []), run]);
    }
  }
  return courses.map((record) => ({
    ...record,
    value: { course: record.value, runs: runsByCourse.get(recordField(record.value, 'Course_Id')) ?? [] },
  }));
}
