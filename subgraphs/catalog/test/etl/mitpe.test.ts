import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runImport } from '../../src/etl/run-import.js';
import { FeedFileError } from '../../src/etl/source.js';
import { mitpe } from '../../src/etl/sources/mitpe.js';
import { copyBundled } from '../support/bundled-data.js';
import { amounts, type CatalogUnderTest, startCatalog } from '../support/catalog-under-test.js';

type Item = Record<string, unknown>;

const program = '790a82a4-8967-4b77-9342-4f6be5809abd';
const persuasion = 'a44c8b47-552c-45f9-b91b-854172201889';
const designThinking = 'e3be75f6-f7c9-432b-9c24-70c7132e1583';

describe('importing MIT Professional Education (resources export)', () => {
  let catalog: CatalogUnderTest;
  let feed: string;
  let firstPage: string;
  let secondPage: string;

  const edit = async (path: string, change: (items: Item[]) => Item[]) =>
    writeFile(path, JSON.stringify(change(JSON.parse(await readFile(path, 'utf8')))));
  const editResource = (path: string, uuid: string, fields: Item) =>
    edit(path, (items) => items.map((item) => (item.uuid === uuid ? { ...item, ...fields } : item)));
  const importFeed = () => runImport(catalog.db, mitpe, [feed]);
  const load = (readableId: string) => catalog.storedResource('mitpe', readableId);

  beforeAll(async () => {
    catalog = await startCatalog();
  });
  beforeEach(async () => {
    await catalog.clearResources();
    [feed] = await copyBundled('mitpe-feed-', 'mit-learn/mitpe');
    firstPage = join(feed, 'professional_ed_resources_0.json');
    secondPage = join(feed, 'professional_ed_resources_1.json');
  });
  afterAll(() => catalog.close());

  it('imports every resource of every page, courses and programs', async () => {
    const { summary, failures } = await importFeed();
    expect(failures).toEqual([]);
    expect(summary).toEqual({ source: 'mitpe', created: 3, updated: 0, unchanged: 0, unpublished: 0, failed: 0 });
    const types = await catalog.db.learningResource.findMany({ select: { readableId: true, resourceType: true } });
    expect(Object.fromEntries(types.map(({ readableId, resourceType }) => [readableId, resourceType]))).toEqual({
      [program]: 'PROGRAM',
      [persuasion]: 'COURSE',
      [designThinking]: 'COURSE',
    });
  });

  it('links a program to the courses it names by title, across pages and in its order', async () => {
    await importFeed();
    const row = await load(program);
    expect(row.children.map(({ child }) => child.readableId)).toEqual([persuasion, designThinking]);
    expect(row).toMatchObject({
      title: 'Manufatura Inteligente: Produção na Indústria 4.0 (Portuguese)',
      url: 'https://professional.mit.edu/course-catalog/manufatura-inteligente-producao-na-industria-40-portuguese',
      imageUrl: 'https://professional.mit.edu/sites/default/files/2020-08/Smart%20Manufacturing.jpg',
      imageAlt: 'Smart Manufacturing Header Image',
      languages: ['pt'],
      delivery: ['ONLINE'],
      duration: '6 to 10 Weeks',
      minWeeks: 6,
      maxWeeks: 10,
      location: null,
    });
    expect(row.topics.map(({ topic }) => topic.name).sort()).toEqual(['Business Analytics', 'Machine Learning']);
  });

  it('maps a course with runs by position, lead instructors first, and its campus location', async () => {
    await importFeed();
    const course = await load(designThinking);
    expect(course).toMatchObject({
      resourceType: 'COURSE',
      title: 'Design-Thinking and Innovation for Technical Leaders',
      url: 'https://professional.mit.edu/course-catalog/design-thinking-and-innovation-technical-leaders',
      imageUrl:
        'https://professional.mit.edu/sites/default/files/2020-08/MITPE-MasteringInnovationDesignThinking-website-banner-1600x800.jpg',
      // The export encodes the ampersand twice ("&amp;amp;").
      imageAlt: 'Mastering Innovation & Design-Thinking header',
      languages: ['en'],
      offeredBy: 'mitpe',
      certification: true,
      certificationType: 'PROFESSIONAL',
      professional: true,
      delivery: ['IN_PERSON'],
      availability: 'DATED',
      duration: '3 Days',
      minWeeks: null,
      location: 'On Campus',
    });
    expect(course.description).toMatch(
      /as part of the Professional Certificate Program in Innovation and Technology\.$/,
    );
    expect(amounts(course.prices)).toEqual([[3600, 'USD']]);
    expect(course.topics.map(({ topic }) => topic.name)).toEqual(['Digital Business & IT']);
    expect(
      course.runs.map(({ runId, startDate, endDate, enrollmentEnd, prices, instructors }) => ({
        runId,
        startDate,
        endDate,
        enrollmentEnd,
        prices,
        instructors,
      })),
    ).toEqual([
      {
        // The export names only its first run; the second gets MITPE's id scheme: node, start, end.
        runId: '4172025090120251201',
        startDate: new Date('2025-09-01T00:00:00Z'),
        endDate: new Date('2025-12-01T00:00:00Z'),
        enrollmentEnd: new Date('2025-09-01T00:00:00Z'),
        prices: [[3600, 'USD']],
        instructors: ['Blade Kotelly', 'Reza Rahaman'],
      },
      {
        runId: '4172023071720230719',
        startDate: new Date('2123-07-17T00:00:00Z'),
        endDate: new Date('2123-07-19T00:00:00Z'),
        enrollmentEnd: new Date('2123-06-17T00:00:00Z'),
        prices: [[3600, 'USD']],
        instructors: ['Blade Kotelly', 'Reza Rahaman'],
      },
    ]);
  });

  it('maps a translated course: its language, weeks in Portuguese and topics', async () => {
    await importFeed();
    const course = await load(persuasion);
    expect(course).toMatchObject({
      languages: ['pt'],
      duration: '9 semanas',
      minWeeks: 9,
      maxWeeks: 9,
      location: null,
    });
    expect(course.topics.map(({ topic }) => topic.name).sort()).toEqual([
      'Organizations & Leadership',
      'Product Innovation',
    ]);
    expect(course.runs).toMatchObject([{ runId: '7802023070620230907', instructors: ['Edward Schiappa'] }]);
  });

  it('changes nothing when the same pages are imported again', async () => {
    await importFeed();
    const { summary } = await importFeed();
    expect(summary).toEqual({ source: 'mitpe', created: 0, updated: 0, unchanged: 3, unpublished: 0, failed: 0 });
  });

  it('fails a malformed record alone, naming the field and the resource', async () => {
    await editResource(firstPage, persuasion, { start_date: 'next July' });
    const { summary, failures } = await importFeed();
    expect(summary).toMatchObject({ created: 2, failed: 1 });
    expect(failures).toEqual([
      { file: firstPage, record: persuasion, reason: 'start_date: dates (YYYY-MM-DD) separated by |' },
    ]);
    // The program keeps the member that did import.
    expect((await load(program)).children.map(({ child }) => child.readableId)).toEqual([designThinking]);
  });

  it('fails the whole run with nothing written when a page is not the export', async () => {
    await writeFile(secondPage, JSON.stringify({ results: [] }));
    await expect(importFeed()).rejects.toBeInstanceOf(FeedFileError);
    await expect(importFeed()).rejects.toThrow('expected an array of MITPE resources');
    expect(await catalog.db.learningResource.count()).toBe(0);
  });

  it('unpublishes a resource the export no longer lists, or lists without any run', async () => {
    await importFeed();
    await edit(firstPage, (items) => items.filter((item) => item.uuid !== persuasion));
    await editResource(secondPage, designThinking, {
      run__readable_id: '',
      start_date: '',
      end_date: '',
      enrollment_end_date: '',
    });
    const { summary } = await importFeed();
    // The program no longer finds the withdrawn course by its title, so it changes too.
    expect(summary).toMatchObject({ created: 0, updated: 1, unchanged: 0, unpublished: 2 });
    expect(await load(persuasion)).toMatchObject({ published: false });
    expect(await load(designThinking)).toMatchObject({ published: false });
  });
});
