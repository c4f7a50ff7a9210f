import { readFile, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runImport } from '../../src/etl/run-import.js';
import { FeedFileError } from '../../src/etl/source.js';
import { prolearn } from '../../src/etl/sources/prolearn.js';
import { copyBundled } from '../support/bundled-data.js';
import { amounts, type CatalogUnderTest, startCatalog } from '../support/catalog-under-test.js';

type Document = Record<string, unknown>;

describe('importing Prolearn search responses (MIT Professional Education and CSAIL)', () => {
  let catalog: CatalogUnderTest;
  let courses: string;
  let programs: string;

  const edit = async (path: string, change: (documents: Document[]) => Document[]) => {
    const response = JSON.parse(await readFile(path, 'utf8'));
    response.data.searchAPISearch.documents = change(response.data.searchAPISearch.documents);
    await writeFile(path, JSON.stringify(response));
  };
  const editDocument = (path: string, nid: string, fields: Document) =>
    edit(path, (documents) =>
      documents.map((document) => (document.nid === nid ? { ...document, ...fields } : document)),
    );
  const importFeed = () => runImport(catalog.db, prolearn, [courses, programs]);
  const load = (platform: string, readableId: string) => catalog.storedResource(platform, readableId);

  beforeAll(async () => {
    catalog = await startCatalog();
  });
  beforeEach(async () => {
    await catalog.clearResources();
    [courses, programs] = await copyBundled(
      'prolearn-feed-',
      'mit-learn/prolearn_mitpe_courses.json',
      'mit-learn/prolearn_csail_programs.json',
    );
  });
  afterAll(() => catalog.close());

  it('imports every dated course and program, each node once, on its department’s platform', async () => {
    const { summary, failures } = await importFeed();
    expect(failures).toEqual([]);
    expect(summary).toEqual({ source: 'prolearn', created: 5, updated: 0, unchanged: 0, unpublished: 0, failed: 0 });
    const rows = await catalog.db.learningResource.findMany({
      select: { platform: true, readableId: true },
      orderBy: { readableId: 'asc' },
    });
    expect(rows).toEqual([
      { platform: 'csail', readableId: 'prolearn-csail-503' },
      { platform: 'csail', readableId: 'prolearn-csail-547' },
      { platform: 'mitpe', readableId: 'prolearn-mitpe-193' },
      { platform: 'mitpe', readableId: 'prolearn-mitpe-507' },
      { platform: 'mitpe', readableId: 'prolearn-mitpe-548' },
    ]);
  });

  it('ignores the dateless placeholder, as MIT Learn does', async () => {
    await importFeed();
    expect(await catalog.db.learningResource.count({ where: { readableId: 'prolearn-mitpe-1548' } })).toBe(0);
    expect(await catalog.db.learningResource.count({ where: { title: { contains: 'ignore me' } } })).toBe(0);
  });

  it('maps an MITPE course: HTML body as text, registration page, price, delivery and epoch dates', async () => {
    await importFeed();
    const course = await load('mitpe', 'prolearn-mitpe-548');
    expect(course).toMatchObject({
      resourceType: 'COURSE',
      title: 'Enabling Innovation: Designing Research Facilities',
      url: 'https://mitpe.force.com/portal/s/registration-courses?cocode=15000012324326',
      imageUrl: null,
      languages: ['en'],
      offeredBy: 'mitpe',
      certification: true,
      certificationType: 'PROFESSIONAL',
      professional: true,
      delivery: ['IN_PERSON'],
      availability: 'DATED',
      duration: '4 Days',
      minWeeks: null,
    });
    expect(course.description).toMatch(
      /^THIS COURSE MAY BE TAKEN INDIVIDUALLY OR AS PART OF THE\sPROFESSIONAL CERTIFICATE PROGRAM IN INNOVATION & TECHNOLOGY/,
    );
    expect(course.description).not.toMatch(/<[a-z]/);
    expect(amounts(course.prices)).toEqual([[3500, 'USD']]);
    expect(course.topics.map(({ topic }) => topic.name)).toEqual(['Product Innovation']);
    expect(course.runs).toMatchObject([
      {
        runId: '548_1670932800',
        startDate: new Date('2022-12-13T12:00:00Z'),
        endDate: new Date('2023-12-13T12:00:00Z'),
        prices: [[3500, 'USD']],
      },
    ]);
  });

  it('falls back to the Prolearn page when the application link is only a home page', async () => {
    await importFeed();
    const course = await load('mitpe', 'prolearn-mitpe-507');
    expect(course).toMatchObject({
      url: 'https://prolearn.mit.edu/programa-en-alta-direccion-chief-product-officer-spanish-0',
      imageUrl: 'https://prolearn.mit.edu/sites/default/files/images/1600x800.jpg',
      languages: ['es'],
      delivery: ['HYBRID'],
      duration: '12 meses',
    });
    expect(course.topics.map(({ topic }) => topic.name)).toEqual(['Organizations & Leadership']);
  });

  it('merges an archived copy of a CSAIL program into the current one as an earlier run', async () => {
    await importFeed();
    const program = await load('csail', 'prolearn-csail-547');
    expect(program).toMatchObject({
      resourceType: 'PROGRAM',
      title: 'Machine Learning for Business, Engineering, and Science',
      url: 'https://csail.mit.edu/checkout/?product=451',
      imageUrl: 'https://prolearn.mit.edu/sites/default/files/images/mit-dome.png',
      offeredBy: null,
      delivery: ['ONLINE'],
    });
    expect(program.topics.map(({ topic }) => topic.name).sort()).toEqual(['AI', 'Machine Learning']);
    expect(program.runs.map(({ runId, title, url, startDate }) => ({ runId, title, url, startDate }))).toEqual([
      {
        runId: '547_1673352000',
        title: 'Machine Learning for Business, Engineering, and Science - Archived',
        url: 'https://csail.mit.edu/checkout/?product=451a',
        startDate: new Date('2023-01-10T12:00:00Z'),
      },
      {
        runId: '547_4859740800',
        title: 'Machine Learning for Business, Engineering, and Science',
        url: 'https://csail.mit.edu/checkout/?product=451',
        startDate: new Date('2124-01-01T00:00:00Z'),
      },
    ]);
  });

  it('links a program to its related courses, in Prolearn’s order, once they are in the catalog', async () => {
    const course = (nid: number, title: string) => ({
      title,
      nid: String(nid),
      url: `/course-${nid}`,
      course_link: null,
      course_application_url: null,
      field_course_or_program: 'course',
      start_value: ['2124-03-01'],
      end_value: ['2124-04-01'],
      department: 'MIT CSAIL',
      format_name: 'Online',
    });
    await edit(programs, (documents) => [
      ...documents,
      course(501, 'Negotiating and Applying Influence and Power'),
      course(499, 'Discovering and Implementing Your Leadership Strengths'),
      course(502, 'Understanding Organizational Strategy and Capabilities'),
    ]);
    const { summary } = await importFeed();
    expect(summary).toMatchObject({ created: 8, failed: 0 });
    const program = await load('csail', 'prolearn-csail-503');
    expect(program.children.map(({ child }) => child.readableId)).toEqual([
      'prolearn-csail-502',
      'prolearn-csail-501',
      'prolearn-csail-499',
    ]);
    expect(program.prices.map(({ amount }) => amount.toNumber())).toEqual([2500]);
    const member = await load('csail', 'prolearn-csail-499');
    expect(member.runs).toMatchObject([{ runId: '499_2124-03-01', startDate: new Date('2124-03-01T00:00:00Z') }]);
  });

  it('changes nothing when the same responses are imported again', async () => {
    await importFeed();
    const { summary } = await importFeed();
    expect(summary).toEqual({ source: 'prolearn', created: 0, updated: 0, unchanged: 5, unpublished: 0, failed: 0 });
  });

  it('fails a malformed document alone, naming the field and the resource', async () => {
    await editDocument(courses, '193', { start_value: ['soon'] });
    const { summary, failures } = await importFeed();
    expect(summary).toMatchObject({ created: 4, failed: 1 });
    expect(failures).toEqual([
      { file: courses, record: 'prolearn-mitpe-193', reason: 'start_value.0: epoch seconds or a date' },
    ]);
  });

  it('skips a document of a department without a platform here, saying why', async () => {
    await editDocument(courses, '193', { department: 'MIT Sloan Executive Education' });
    const { summary, failures } = await importFeed();
    expect(summary).toMatchObject({ created: 4, failed: 1 });
    expect(failures).toEqual([
      {
        file: courses,
        record: '#3',
        reason:
          'department "MIT Sloan Executive Education" is not imported: only MIT Professional Education and MIT CSAIL',
      },
    ]);
  });

  it('fails the whole run with nothing written when a file is not a search response', async () => {
    await writeFile(programs, JSON.stringify({ errors: [{ message: 'Syntax Error' }], data: null }));
    await expect(importFeed()).rejects.toBeInstanceOf(FeedFileError);
    await expect(importFeed()).rejects.toThrow('expected a Prolearn search response');
    expect(await catalog.db.learningResource.count()).toBe(0);
  });

  it('unpublishes what the responses no longer list, or list without a date', async () => {
    await importFeed();
    await edit(programs, (documents) => documents.filter((document) => document.nid !== '503'));
    await editDocument(courses, '193', { start_value: [], end_value: [] });
    const { summary } = await importFeed();
    expect(summary).toMatchObject({ unchanged: 3, unpublished: 2 });
    expect(await load('csail', 'prolearn-csail-503')).toMatchObject({ published: false });
    expect(await load('mitpe', 'prolearn-mitpe-193')).toMatchObject({ published: false });
  });
});
