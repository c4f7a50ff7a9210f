import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runImport } from '../../src/etl/run-import.js';
import { FeedFileError } from '../../src/etl/source.js';
import { mitxonlineCourses } from '../../src/etl/sources/mitxonline-courses.js';
import { mitxonlinePrograms } from '../../src/etl/sources/mitxonline-programs.js';
import { copyBundled } from '../support/bundled-data.js';
import { amounts, type CatalogUnderTest, startCatalog } from '../support/catalog-under-test.js';

type Item = Record<string, unknown> & { page: Record<string, unknown> };
type Page = { count: number; next: string | null; previous: string | null; results: Item[] };

const course1 = 'course-v1:MITxT+18.03.1x';
const course2 = 'course-v1:MITxT+18.03.2x';
const course3 = 'course-v1:MITxT+18.03.3x';
const program = 'program-v1:MITxT+18.03x';

describe('importing MITx Online', () => {
  let catalog: CatalogUnderTest;
  let courses: string;
  let programs: string;

  const edit = async (path: string, change: (page: Page) => void) => {
    const page = JSON.parse(await readFile(path, 'utf8')) as Page;
    change(page);
    await writeFile(path, JSON.stringify(page));
  };
  const item = (page: Page, readableId: string) => {
    const found = page.results.find((result) => result.readable_id === readableId);
    if (!found) throw new Error(`${readableId} is not in the page`);
    return found;
  };
  const withdraw = (page: Page, readableId: string) => {
    page.results = page.results.filter((result) => result.readable_id !== readableId);
    page.count = page.results.length;
  };
  const load = (readableId: string) => catalog.storedResource('mitxonline', readableId);

  beforeAll(async () => {
    catalog = await startCatalog();
  });
  beforeEach(async () => {
    await catalog.clearResources();
    [courses, programs] = await copyBundled(
      'mitxonline-feed-',
      'mit-learn/mitxonline_courses.json',
      'mit-learn/mitxonline_programs.json',
    );
  });
  afterAll(() => catalog.close());

  describe('courses', () => {
    const importCourses = (paths = [courses]) => runImport(catalog.db, mitxonlineCourses, paths);

    it('imports every course of the real listing', async () => {
      const { summary, failures } = await importCourses();
      expect(failures).toEqual([]);
      expect(summary).toEqual({
        source: 'mitxonline-courses',
        created: 3,
        updated: 0,
        unchanged: 0,
        unpublished: 0,
        failed: 0,
      });
    });

    it('maps a course with its runs, prices, certificate, topic and department', async () => {
      await importCourses();
      const course = await load(course1);
      expect(course).toMatchObject({
        resourceType: 'COURSE',
        title: 'Introduction to Differential Equations',
        description: 'Scientists and engineers understand the world through differential equations. You can too.',
        url: 'https://mitxonline.mit.edu/courses/course-v1:MITxT+18.03.1x/',
        imageUrl:
          'https://mitxonline.mit.edu/media/original_images/18031_about_image_MITxO.png?v=41481accea58165c33bab53898e5eccf6f96bc39',
        offeredBy: 'mitx',
        certification: true,
        certificationType: 'COMPLETION',
        professional: false,
        free: false,
        delivery: ['ONLINE'],
        pace: ['INSTRUCTOR_PACED'],
        format: ['ASYNCHRONOUS'],
        availability: 'DATED',
        duration: '14 weeks',
        timeCommitment: '7 hrs/wk',
        minWeeks: 14,
        maxWeeks: 14,
      });
      expect([Number(course.minWeeklyHours), Number(course.maxWeeklyHours)]).toEqual([7, 7]);
      // Free to audit, and the price range MITx Online states for the course.
      expect(amounts(course.prices)).toEqual([
        [0, 'USD'],
        [123, 'USD'],
        [456, 'USD'],
      ]);
      expect(course.topics.map(({ topic }) => topic.name)).toEqual(['Mathematics']);
      expect(course.departments.map(({ departmentId }) => departmentId)).toEqual(['18']);
      expect(course.runs).toHaveLength(2);
      expect(course.runs[1]).toMatchObject({
        runId: 'course-v1:MITxT+18.03.1x+2T2024',
        title: 'Introduction to Differential Equations',
        url: 'https://courses.mitxonline.mit.edu/courses/course-v1:MITxT+18.03.1x+2T2024/course',
        semester: 'Summer',
        year: 2024,
        startDate: new Date('2024-09-04T15:00:00Z'),
        endDate: new Date('2024-12-18T16:00:00Z'),
        enrollmentStart: new Date('2024-08-15T00:00:00Z'),
        enrollmentEnd: new Date('2024-12-14T00:00:00Z'),
        prices: [
          [0, 'USD'],
          [100, 'USD'],
        ],
        delivery: ['ONLINE'],
        pace: ['INSTRUCTOR_PACED'],
        format: ['ASYNCHRONOUS'],
        instructors: ['David Jerison', 'Gigliola Staffilani', 'Jennifer French'],
      });
      expect(course.runs[0]).toMatchObject({ runId: 'course-v1:MITxT+18.03.1x+2T2023', enrollmentStart: null });
    });

    it('offers a certificate only where a run has the verified track', async () => {
      await importCourses();
      const auditOnly = await load(course2);
      expect(auditOnly).toMatchObject({ certification: false, certificationType: 'NONE', availability: 'ANYTIME' });
      expect(auditOnly.runs.map((run) => run.prices)).toEqual([[[0, 'USD']]]);
      expect([Number(auditOnly.minWeeklyHours), Number(auditOnly.maxWeeklyHours)]).toEqual([5, 8]);
      const verifiedOnly = await load(course3);
      expect(verifiedOnly).toMatchObject({ certification: true, certificationType: 'COMPLETION' });
      expect(verifiedOnly.runs.map((run) => [run.semester, run.year, run.prices])).toEqual([
        ['Spring', 2024, [[75, 'USD']]],
      ]);
    });

    it('reports every course unchanged when the same listing is imported again', async () => {
      await importCourses();
      const { summary } = await importCourses();
      expect(summary).toMatchObject({ created: 0, updated: 0, unchanged: 3, unpublished: 0, failed: 0 });
    });

    it('reads a listing delivered over several pages', async () => {
      const listing = JSON.parse(await readFile(courses, 'utf8')) as Page;
      const second = join(dirname(courses), 'mitxonline_courses_2.json');
      await writeFile(courses, JSON.stringify({ ...listing, next: second, results: listing.results.slice(0, 2) }));
      await writeFile(second, JSON.stringify({ ...listing, previous: courses, results: listing.results.slice(2) }));
      const { summary } = await importCourses([courses, second]);
      expect(summary).toMatchObject({ created: 3, failed: 0 });
    });

    it('unpublishes courses MITx Online keeps out of the catalog, takes offline or marks as proctored exams', async () => {
      await importCourses();
      await edit(courses, (page) => {
        item(page, course1).include_in_learn_catalog = false;
        item(page, course2).page.live = false;
        item(page, course3).title = 'Linear Algebra and NxN Systems - Proctored Exam';
      });
      const { summary } = await importCourses();
      expect(summary).toMatchObject({ created: 0, unchanged: 0, unpublished: 3 });
      expect(await catalog.db.learningResource.count({ where: { published: true } })).toBe(0);
    });

    it('unpublishes a course the listing no longer holds, unless the import is partial', async () => {
      await importCourses();
      await edit(courses, (page) => withdraw(page, course3));
      const partial = await runImport(catalog.db, mitxonlineCourses, [courses], { partial: true });
      expect(partial.summary).toMatchObject({ unchanged: 2, unpublished: 0 });
      const full = await importCourses();
      expect(full.summary).toMatchObject({ unchanged: 2, unpublished: 1 });
      expect(await load(course3)).toMatchObject({ published: false });
    });

    it('fails a malformed course alone, naming it and the field, and keeps it published', async () => {
      await importCourses();
      await edit(courses, (page) => {
        item(page, course2).courseruns = [{ courseware_id: '  ', title: 'Differential Equations: 2x2 Systems' }];
      });
      const { summary, failures } = await importCourses();
      expect(failures).toEqual([{ file: courses, record: course2, reason: 'courseruns.0.courseware_id: a run id' }]);
      expect(summary).toMatchObject({ unchanged: 2, failed: 1, unpublished: 0 });
      expect(await load(course2)).toMatchObject({ published: true });
    });

    it('fails the run, writing nothing, when a file is not a page of the listing', async () => {
      await writeFile(courses, JSON.stringify([{ readable_id: course1 }]));
      await expect(importCourses()).rejects.toBeInstanceOf(FeedFileError);
      await writeFile(courses, '{"count": 3, "results": [');
      await expect(importCourses()).rejects.toThrow('not valid JSON');
      expect(await catalog.db.learningResource.count()).toBe(0);
    });

    it('fails the run, writing nothing, when pages of the listing are missing', async () => {
      await edit(courses, (page) => {
        page.count = 30;
        page.next = 'https://mitxonline.mit.edu/api/v2/courses/?page=2';
      });
      await expect(importCourses()).rejects.toThrow('the pages hold 3 of the 30 courses the listing reports');
      expect(await catalog.db.learningResource.count()).toBe(0);
    });
  });

  describe('programs', () => {
    const importPrograms = (paths = [programs, courses]) => runImport(catalog.db, mitxonlinePrograms, paths);

    it('imports the catalog programs, linked to their courses in the requirement tree order', async () => {
      await runImport(catalog.db, mitxonlineCourses, [courses]);
      const { summary, failures } = await importPrograms();
      expect(failures).toEqual([]);
      // 8.02x is marked not for MIT Learn's catalog.
      expect(summary).toEqual({
        source: 'mitxonline-programs',
        created: 1,
        updated: 0,
        unchanged: 0,
        unpublished: 0,
        failed: 0,
      });
      const imported = await load(program);
      expect(imported.children.map(({ child, kind }) => [child.readableId, kind])).toEqual([
        [course1, 'PROGRAM_COURSE'],
        [course2, 'PROGRAM_COURSE'],
        [course3, 'PROGRAM_COURSE'],
      ]);
    });

    it('orders the courses as the requirement tree does, not as the plain course list', async () => {
      await runImport(catalog.db, mitxonlineCourses, [courses]);
      await edit(programs, (page) => {
        const tree = item(page, program).req_tree as Array<{ children: Array<{ children: unknown[] }> }>;
        tree[0]?.children[0]?.children.reverse();
      });
      await importPrograms();
      const imported = await load(program);
      expect(imported.children.map(({ child }) => child.readableId)).toEqual([course3, course2, course1]);
    });

    it('maps a program with its offering, prices, certificate and effort', async () => {
      await importPrograms();
      const imported = await load(program);
      expect(imported).toMatchObject({
        resourceType: 'PROGRAM',
        title: '18.03x Differential Equations',
        description: 'Scientists and engineers understand the world through differential equations. You can too.',
        url: 'https://mitxonline.mit.edu/programs/program-v1:MITxT+18.03x/',
        imageUrl: 'https://mitxonline.mit.edu/static/images/mit-dome.png',
        offeredBy: 'mitx',
        certification: true,
        certificationType: 'COMPLETION',
        professional: false,
        delivery: ['ONLINE'],
        format: ['ASYNCHRONOUS'],
        availability: 'ANYTIME',
        duration: '12-14 weeks',
        timeCommitment: '5-7 hrs/wk',
        minWeeks: 12,
        maxWeeks: 14,
      });
      expect([Number(imported.minWeeklyHours), Number(imported.maxWeeklyHours)]).toEqual([5, 7]);
      expect(amounts(imported.prices)).toEqual([
        [0, 'USD'],
        [1230, 'USD'],
        [4560, 'USD'],
      ]);
      expect(imported.topics.map(({ topic }) => topic.name)).toEqual(['Mathematics']);
      expect(imported.departments.map(({ departmentId }) => departmentId)).toEqual(['18']);
      expect(imported.runs).toMatchObject([
        {
          runId: program,
          url: 'https://mitxonline.mit.edu/programs/program-v1:MITxT+18.03x/',
          startDate: null,
          prices: [
            [0, 'USD'],
            [175, 'USD'],
          ],
        },
      ]);
    });

    it('reports every program unchanged when the same files are imported again', async () => {
      await importPrograms();
      const { summary } = await importPrograms([courses, programs]);
      expect(summary).toMatchObject({ created: 0, updated: 0, unchanged: 1, failed: 0 });
    });

    it('fails a malformed program alone, naming it and the field, while the others import', async () => {
      await edit(programs, (page) => {
        item(page, program).min_weeks = 'twelve';
        item(page, 'program-v1:MITxT+8.02x').page.include_in_learn_catalog = true;
      });
      const { summary, failures } = await importPrograms();
      expect(failures).toEqual([
        { file: programs, record: program, reason: 'min_weeks: Invalid input: expected number, received string' },
      ]);
      expect(summary).toMatchObject({ created: 1, failed: 1 });
      // Its courses (81–83) are not in the courses listing, so it has no members.
      expect(await load('program-v1:MITxT+8.02x')).toMatchObject({ availability: 'DATED', children: [] });
    });

    it('fails the run, writing nothing, without the courses listing to name the courses', async () => {
      await expect(importPrograms([programs])).rejects.toThrow('give the MITx Online courses listing in the same run');
      await writeFile(programs, '"programs"');
      await expect(importPrograms()).rejects.toBeInstanceOf(FeedFileError);
      expect(await catalog.db.learningResource.count()).toBe(0);
    });

    it('unpublishes a program the listing no longer holds', async () => {
      await importPrograms();
      await edit(programs, (page) => withdraw(page, program));
      const { summary } = await importPrograms();
      expect(summary).toMatchObject({ unchanged: 0, unpublished: 1 });
      expect(await load(program)).toMatchObject({ published: false });
    });
  });
});
