import { readFile, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runImport } from '../../src/etl/run-import.js';
import { FeedFileError } from '../../src/etl/source.js';
import { xproCourses } from '../../src/etl/sources/xpro-courses.js';
import { xproPrograms } from '../../src/etl/sources/xpro-programs.js';
import { copyBundled } from '../support/bundled-data.js';
import { amounts, type CatalogUnderTest, startCatalog } from '../support/catalog-under-test.js';

type Run = Record<string, unknown>;
type Item = Record<string, unknown> & { courseruns: Run[]; courses: Item[] };

const laser3 = 'course-v1:xPRO+LASERx3';
const laser4 = 'course-v1:xPRO+LASERx4';
const quantum = 'program-v1:xPRO+QCR';
const leadership = 'program-v1:xPRO+LASERx';

describe('importing MIT xPRO', () => {
  let catalog: CatalogUnderTest;
  let courses: string;
  let programs: string;

  const edit = async (path: string, change: (items: Item[]) => Item[] | undefined) => {
    const items = JSON.parse(await readFile(path, 'utf8')) as Item[];
    await writeFile(path, JSON.stringify(change(items) ?? items));
  };
  const item = (items: Item[], readableId: string) => {
    const found = items.find((candidate) => candidate.readable_id === readableId);
    if (!found) throw new Error(`${readableId} is not in the file`);
    return found;
  };
  const load = (readableId: string, platform = 'xpro') => catalog.storedResource(platform, readableId);

  beforeAll(async () => {
    catalog = await startCatalog();
  });
  beforeEach(async () => {
    await catalog.clearResources();
    [courses, programs] = await copyBundled(
      'xpro-feed-',
      'mit-learn/xpro_courses.json',
      'mit-learn/xpro_programs.json',
    );
  });
  afterAll(() => catalog.close());

  describe('courses', () => {
    const importCourses = () => runImport(catalog.db, xproCourses, [courses]);

    it('imports every course of the real file', async () => {
      const { summary, failures } = await importCourses();
      expect(failures).toEqual([]);
      expect(summary).toEqual({
        source: 'xpro-courses',
        created: 2,
        updated: 0,
        unchanged: 0,
        unpublished: 0,
        failed: 0,
      });
    });

    it('maps a professional course with its dated runs, instructors in order and prices', async () => {
      await importCourses();
      const course = await load(laser3);
      expect(course).toMatchObject({
        resourceType: 'COURSE',
        title: 'Navigating and Leveraging Culture and Networks',
        description: 'A three-week online course for technical professionals.',
        url: 'https://xpro.mit.edu/courses/course-v1:xPRO+LASERx3/',
        imageUrl: 'https://ol-xpro-app-production.s3.amazonaws.com/original_images/NEW-LP-Course-3_New.jpg',
        offeredBy: 'xpro',
        certification: true,
        certificationType: 'PROFESSIONAL',
        professional: true,
        free: false,
        delivery: ['ONLINE'],
        pace: ['SELF_PACED'],
        format: ['ASYNCHRONOUS'],
        availability: 'DATED',
        duration: '3-4 Weeks',
        timeCommitment: '5-7 Hours per Week',
        minWeeks: 3,
        maxWeeks: 4,
      });
      expect([Number(course.minWeeklyHours), Number(course.maxWeeklyHours)]).toEqual([5, 7]);
      expect(amounts(course.prices)).toEqual([[999, 'USD']]);
      // "Business:Leadership & Organizations" is xPRO's "Leadership & Organizations".
      expect(course.topics.map(({ topic }) => topic.name)).toEqual(['Organizations & Leadership']);
      expect(course.runs.map((run) => run.runId)).toEqual([
        'course-v1:xPRO+LASERx3+R16',
        'course-v1:xPRO+LASERx3+R17',
        'course-v1:xPRO+LASERx3+R18',
      ]);
      expect(course.runs[0]).toMatchObject({
        title: 'Navigating and Leveraging Culture and Networks',
        url: 'https://courses.xpro.mit.edu/courses/course-v1:xPRO+LASERx3+R16/course/',
        startDate: new Date('2025-01-13T05:00:00Z'),
        endDate: new Date('2025-02-03T23:59:00Z'),
        enrollmentStart: new Date('2024-03-06T00:00:00Z'),
        enrollmentEnd: new Date('2025-01-20T23:59:00Z'),
        prices: [[999, 'USD']],
        instructors: ['John Van Maanen', 'David Niño', 'Ray Reagans'],
      });
    });

    it('reads weeks and weekly hours from the text when xPRO sends no numbers', async () => {
      await importCourses();
      const course = await load(laser4);
      expect(course).toMatchObject({
        duration: '3 Weeks',
        minWeeks: 3,
        maxWeeks: 3,
        timeCommitment: '5 Hours per Week',
      });
      expect([Number(course.minWeeklyHours), Number(course.maxWeeklyHours)]).toEqual([5, 5]);
      expect(course.runs[0]).toMatchObject({ runId: 'course-v1:xPRO+LASERx4+R16', url: null });
    });

    it('reports every course unchanged when the same file is imported again', async () => {
      await importCourses();
      const { summary } = await importCourses();
      expect(summary).toMatchObject({ created: 0, updated: 0, unchanged: 2, failed: 0 });
    });

    it('leaves out runs that are not on sale, and unpublishes a course with none', async () => {
      await importCourses();
      await edit(courses, (items) => {
        for (const run of item(items, laser4).courseruns) run.current_price = null;
        const laser3Runs = item(items, laser3).courseruns;
        if (laser3Runs[2]) laser3Runs[2].current_price = 0;
        return items;
      });
      const { summary } = await importCourses();
      expect(summary).toMatchObject({ updated: 1, unpublished: 1 });
      expect((await load(laser3)).runs).toHaveLength(2);
      expect(await load(laser4)).toMatchObject({ published: false });
    });

    it("files a partner's course under the partner's platform", async () => {
      await edit(courses, (items) => {
        item(items, laser4).platform = 'Emeritus';
        return items;
      });
      await importCourses();
      expect(await load(laser4, 'emeritus')).toMatchObject({ offeredBy: 'xpro' });
    });

    it('fails a malformed course alone, naming it and the field, while the others import', async () => {
      await edit(courses, (items) => {
        item(items, laser3).platform = 'Coursera';
        return items;
      });
      const { summary, failures } = await importCourses();
      expect(failures).toEqual([
        {
          file: courses,
          record: laser3,
          reason: 'platform: one of xPRO, Emeritus, Global Alumni, Simplilearn, Susskind, WHU',
        },
      ]);
      expect(summary).toMatchObject({ created: 1, failed: 1 });
    });

    it('fails the run, writing nothing, when the file is not the array of courses', async () => {
      await writeFile(courses, JSON.stringify({ results: [] }));
      await expect(importCourses()).rejects.toBeInstanceOf(FeedFileError);
      await writeFile(courses, '[{"readable_id": ');
      await expect(importCourses()).rejects.toThrow('not valid JSON');
      expect(await catalog.db.learningResource.count()).toBe(0);
    });

    it('unpublishes a course the file no longer lists', async () => {
      await importCourses();
      await edit(courses, (items) => items.filter((candidate) => candidate.readable_id !== laser4));
      const { summary } = await importCourses();
      expect(summary).toMatchObject({ unchanged: 1, unpublished: 1 });
    });
  });

  describe('programs', () => {
    const importPrograms = () => runImport(catalog.db, xproPrograms, [programs]);

    it('imports every program of the real file, linked to the catalog courses in program order', async () => {
      // xPRO's courses API lists every course, those of programs included: build that listing from the programs.
      const embedded = (JSON.parse(await readFile(programs, 'utf8')) as Item[]).flatMap((program) => program.courses);
      await writeFile(
        courses,
        JSON.stringify([...new Map(embedded.map((course) => [course.readable_id, course])).values()]),
      );
      expect((await runImport(catalog.db, xproCourses, [courses])).summary).toMatchObject({ created: 6 });
      const { summary, failures } = await importPrograms();
      expect(failures).toEqual([]);
      expect(summary).toEqual({
        source: 'xpro-programs',
        created: 2,
        updated: 0,
        unchanged: 0,
        unpublished: 0,
        failed: 0,
      });
      expect((await load(leadership)).children.map(({ child, kind }) => [child.readableId, kind])).toEqual([
        ['course-v1:xPRO+LASERx1', 'PROGRAM_COURSE'],
        ['course-v1:xPRO+LASERx2', 'PROGRAM_COURSE'],
        [laser3, 'PROGRAM_COURSE'],
        [laser4, 'PROGRAM_COURSE'],
      ]);
      expect((await load(quantum)).children.map(({ child }) => child.readableId)).toEqual([
        'course-v1:xPRO+QCRx1',
        'course-v1:xPRO+QCRx2',
      ]);
    });

    it('maps a program with its one offering, price, instructors and effort', async () => {
      await importPrograms();
      const program = await load(quantum);
      expect(program).toMatchObject({
        resourceType: 'PROGRAM',
        title: 'Quantum Computing Realities',
        description: 'The quantum computing revolution is upon us',
        url: 'https://xpro.mit.edu/programs/program-v1:xPRO+QCR/',
        imageUrl: 'https://ol-xpro-app-production.s3.amazonaws.com/original_images/QCx_Course_2_Card.original.jpg',
        offeredBy: 'xpro',
        certification: true,
        certificationType: 'PROFESSIONAL',
        professional: true,
        delivery: ['ONLINE'],
        availability: 'DATED',
        // Each course's length, not the program's: no weeks are derived from it.
        duration: '4 weeks per course',
        minWeeks: null,
        maxWeeks: null,
        timeCommitment: '3-5 hours per week',
      });
      expect([Number(program.minWeeklyHours), Number(program.maxWeeklyHours)]).toEqual([3, 5]);
      expect(amounts(program.prices)).toEqual([[2419, 'USD']]);
      expect(program.topics.map(({ topic }) => topic.name)).toEqual(['Computer Science']);
      expect(program.runs).toMatchObject([
        {
          runId: quantum,
          title: 'Quantum Computing Realities',
          startDate: new Date('2024-09-30T05:00:00Z'),
          endDate: new Date('2025-06-16T23:30:00Z'),
          enrollmentStart: new Date('2024-02-24T05:00:00Z'),
          prices: [[2419, 'USD']],
          instructors: ['Isaac Chuang', 'William Oliver', 'Peter Shor', 'Aram Harrow'],
        },
      ]);
    });

    it('reports every program unchanged when the same file is imported again', async () => {
      await importPrograms();
      const { summary } = await importPrograms();
      expect(summary).toMatchObject({ created: 0, updated: 0, unchanged: 2, failed: 0 });
    });

    it('fails a malformed program alone, naming it and the field, while the others import', async () => {
      await edit(programs, (items) => {
        item(items, quantum).courses = [{ title: 'Practical Realities' } as unknown as Item];
        return items;
      });
      const { summary, failures } = await importPrograms();
      expect(failures).toEqual([
        {
          file: programs,
          record: quantum,
          reason: 'courses.0.readable_id: Invalid input: expected string, received undefined',
        },
      ]);
      expect(summary).toMatchObject({ created: 1, failed: 1 });
    });

    it('fails the run, writing nothing, when the file is not the array of programs', async () => {
      await writeFile(programs, JSON.stringify({ programs: [] }));
      await expect(importPrograms()).rejects.toThrow('expected the JSON array of xPRO programs');
      expect(await catalog.db.learningResource.count()).toBe(0);
    });

    it('unpublishes a program that is no longer on sale or no longer listed', async () => {
      await importPrograms();
      await edit(programs, (items) => {
        item(items, quantum).current_price = null;
        return items.filter((candidate) => candidate.readable_id !== leadership);
      });
      const { summary } = await importPrograms();
      expect(summary).toMatchObject({ unchanged: 0, unpublished: 2 });
      expect(await catalog.db.learningResource.count({ where: { published: true } })).toBe(0);
    });
  });
});
