import { readFile, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runImport } from '../../src/etl/run-import.js';
import { FeedFileError } from '../../src/etl/source.js';
import { sloan } from '../../src/etl/sources/sloan.js';
import { copyBundled } from '../support/bundled-data.js';
import { amounts, type CatalogUnderTest, startCatalog } from '../support/catalog-under-test.js';

type Item = Record<string, unknown>;

describe('importing MIT Sloan Executive Education (courses and runs files)', () => {
  let catalog: CatalogUnderTest;
  let courses: string;
  let runs: string;

  const edit = async (path: string, change: (items: Item[]) => Item[]) =>
    writeFile(path, JSON.stringify(change(JSON.parse(await readFile(path, 'utf8')))));
  const importFeed = () => runImport(catalog.db, sloan, [courses, runs]);
  const load = (readableId: string) => catalog.storedResource('see', readableId);

  beforeAll(async () => {
    catalog = await startCatalog();
  });
  beforeEach(async () => {
    await catalog.clearResources();
    [courses, runs] = await copyBundled(
      'sloan-feed-',
      'mit-learn/test_sloan_courses.json',
      'mit-learn/test_sloan_runs.json',
    );
  });
  afterAll(() => catalog.close());

  it('imports every course of the courses file with the runs that name it', async () => {
    const { summary, failures } = await importFeed();
    expect(failures).toEqual([]);
    expect(summary).toEqual({ source: 'sloan', created: 99, updated: 0, unchanged: 0, unpublished: 0, failed: 0 });
    // 137 runs, of which the three "FAM" runs name a course the courses file does not list.
    expect(await catalog.db.learningResourceRun.count()).toBe(134);
    expect(await catalog.db.learningResourceRun.count({ where: { runId: { startsWith: 'FAM ' } } })).toBe(0);
  });

  it('maps a course with runs in two places, tuition in two currencies and its instructors', async () => {
    await importFeed();
    const course = await load('a056g00000URaMqAAL');
    expect(course).toMatchObject({
      resourceType: 'COURSE',
      title: 'Driving Strategic Innovation: Achieving High Performance Throughout the Value Chain',
      url: 'https://executive.mit.edu/course/driving-strategic-innovation/a056g00000URaMqAAL.html',
      imageUrl:
        'https://executive.mit.edu/on/demandware.static/-/Sites-master-catalog-msee/default/vbca8e724fc8fc64d818a33a83f0f6609ebb7dee3/images/DSI.jpg',
      languages: ['en'],
      offeredBy: 'see',
      certification: true,
      certificationType: 'PROFESSIONAL',
      professional: true,
      free: false,
      delivery: ['IN_PERSON'],
      pace: ['INSTRUCTOR_PACED'],
      format: ['SYNCHRONOUS'],
      availability: 'DATED',
      duration: '6 days',
      timeCommitment: '4-10 hours/day',
      minWeeklyHours: null,
      location: 'Cambridge, MA; Lausanne, Switzerland',
      lastModified: new Date('2024-08-12T13:57:44.000Z'),
    });
    expect(course.description).toMatch(/^This joint program with IMD helps business leaders/);
    expect(course.topics.map(({ topic }) => topic.name)).toEqual(['Corporate Innovation']);
    expect(amounts(course.prices)).toEqual([
      [12500, 'USD'],
      [12700, 'USD'],
      [11500, 'CHF'],
    ]);
    expect(
      course.runs.map(({ runId, startDate, endDate, prices, instructors }) => ({
        runId,
        startDate,
        endDate,
        prices,
        instructors,
      })),
    ).toEqual([
      {
        runId: 'DSI 9-22-2024',
        startDate: new Date('2024-09-22T00:00:00Z'),
        endDate: new Date('2024-09-27T00:00:00Z'),
        prices: [[12500, 'USD']],
        instructors: ['Charles Fine', 'Duncan Simester', 'William Fischer', 'Howard Yu'],
      },
      {
        runId: 'DSI 5-4-2025',
        startDate: new Date('2025-05-04T00:00:00Z'),
        endDate: new Date('2025-05-09T00:00:00Z'),
        prices: [
          [12500, 'USD'],
          [11500, 'CHF'],
        ],
        instructors: [],
      },
      {
        runId: 'DSI 10-26-2025',
        startDate: new Date('2025-10-26T00:00:00Z'),
        endDate: new Date('2025-10-31T00:00:00Z'),
        prices: [[12700, 'USD']],
        instructors: [],
      },
    ]);
  });

  it('reads weeks and weekly hours from runs that count them, and keeps the rest as text', async () => {
    await importFeed();
    const course = await load('a056g00000URaaQAAT');
    expect(course).toMatchObject({
      delivery: ['ONLINE', 'IN_PERSON'],
      format: ['ASYNCHRONOUS', 'SYNCHRONOUS'],
      duration: '6 weeks; 2 days',
      timeCommitment: '6-8 hours/week; 8 hours/day',
      minWeeks: 6,
      maxWeeks: 6,
      // The online run says "Online" where a place would be: only the in-person run has a location.
      location: 'Cambridge, MA',
    });
    expect([course.minWeeklyHours?.toNumber(), course.maxWeeklyHours?.toNumber()]).toEqual([6, 8]);
    expect(course.topics.map(({ topic }) => topic.name)).toEqual(['Digital Business & IT']);
    expect(course.runs.map(({ runId, delivery, format }) => ({ runId, delivery, format }))).toEqual([
      { runId: 'ABT 9-25-2024', delivery: ['ONLINE'], format: ['ASYNCHRONOUS'] },
      { runId: 'ABT 10-7-2024', delivery: ['IN_PERSON'], format: ['SYNCHRONOUS'] },
    ]);
  });

  it('keeps a course without runs, and makes an on-demand course available any time', async () => {
    await importFeed();
    const withoutRuns = await load('a054v00000jimlBAAQ');
    expect(withoutRuns).toMatchObject({ published: true, availability: null, delivery: [], runs: [] });
    expect(withoutRuns.topics.map(({ topic }) => topic.name).sort()).toEqual(['AI', 'Machine Learning']);
    const sprint = await load('a054v00000rgCvtAAE');
    expect(sprint).toMatchObject({ availability: 'ANYTIME', pace: ['SELF_PACED'], format: ['ASYNCHRONOUS'] });
    expect(sprint.runs).toMatchObject([{ runId: 'ABTSPT FY25', startDate: null, prices: [[1450, 'USD']] }]);
  });

  it('changes nothing when the same files are imported again', async () => {
    await importFeed();
    const { summary } = await importFeed();
    expect(summary).toEqual({ source: 'sloan', created: 0, updated: 0, unchanged: 99, unpublished: 0, failed: 0 });
  });

  it('fails a course with a malformed run alone, naming the field and the course', async () => {
    await edit(runs, (items) =>
      items.map((run) => (run.CO_Title === 'DSI 5-4-2025' ? { ...run, Price: 'on request' } : run)),
    );
    await edit(courses, (items) =>
      items.map((course) => (course.Course_Id === 'a056g00000URaaQAAT' ? { ...course, Title: ' ' } : course)),
    );
    const { summary, failures } = await importFeed();
    expect(summary).toMatchObject({ created: 97, failed: 2 });
    expect(failures).toEqual([
      { file: courses, record: 'a056g00000URaaQAAT', reason: 'course.Title: a non-empty title' },
      { file: courses, record: 'a056g00000URaMqAAL', reason: 'runs.2.Price: a decimal amount' },
    ]);
  });

  it('fails a run with tuition in another currency that does not say which', async () => {
    await edit(runs, (items) =>
      items.map((run) => (run.CO_Title === 'DSI 5-4-2025' ? { ...run, Currency: null } : run)),
    );
    const { failures } = await importFeed();
    expect(failures).toEqual([
      { file: courses, record: 'a056g00000URaMqAAL', reason: 'runs.2.Currency: the currency of the non-USD tuition' },
    ]);
  });

  it('fails the whole run with nothing written when a file is not a Sloan export', async () => {
    await writeFile(runs, JSON.stringify({ offerings: [] }));
    await expect(importFeed()).rejects.toBeInstanceOf(FeedFileError);
    await writeFile(runs, JSON.stringify([{ id: 1 }]));
    await expect(importFeed()).rejects.toThrow('neither Sloan courses (with Title) nor course runs (with CO_Title)');
    expect(await catalog.db.learningResource.count()).toBe(0);
  });

  it('refuses a delivery without its runs file, which would drop every run', async () => {
    await expect(runImport(catalog.db, sloan, [courses])).rejects.toThrow('the Sloan runs file is missing');
    expect(await catalog.db.learningResource.count()).toBe(0);
  });

  it('unpublishes a course the courses file no longer lists', async () => {
    await importFeed();
    await edit(courses, (items) => items.filter((course) => course.Course_Id !== 'a056g00000URaMqAAL'));
    const { summary } = await importFeed();
    expect(summary).toMatchObject({ unchanged: 98, unpublished: 1 });
    expect(await load('a056g00000URaMqAAL')).toMatchObject({ published: false });
  });
});
