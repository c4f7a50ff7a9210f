import { readFile, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runImport } from '../../src/etl/run-import.js';
import { FeedFileError } from '../../src/etl/source.js';
import { bootcamps } from '../../src/etl/sources/bootcamps.js';
import { copyBundled } from '../support/bundled-data.js';
import { amounts, type CatalogUnderTest, startCatalog } from '../support/catalog-under-test.js';

type Item = Record<string, unknown>;

describe('importing MIT Bootcamps', () => {
  let catalog: CatalogUnderTest;
  let feed: string;

  const importFeed = () => runImport(catalog.db, bootcamps, [feed]);
  const edit = async (change: (items: Item[]) => Item[]) =>
    writeFile(feed, JSON.stringify(change(JSON.parse(await readFile(feed, 'utf8')))));
  const load = (readableId: string) => catalog.storedResource('bootcamps', readableId);

  beforeAll(async () => {
    catalog = await startCatalog();
  });
  beforeEach(async () => {
    await catalog.clearResources();
    [feed] = await copyBundled('bootcamps-feed-', 'mit-learn/bootcamps.json');
  });
  afterAll(() => catalog.close());

  it('imports every bootcamp of the real file', async () => {
    const { summary, failures } = await importFeed();
    expect(failures).toEqual([]);
    expect(summary).toEqual({ source: 'bootcamps', created: 3, updated: 0, unchanged: 0, unpublished: 0, failed: 0 });
  });

  it('maps a bootcamp as one dated, professional session with its prices and topics', async () => {
    await importFeed();
    const bootcamp = await load('Bootcamp1');
    expect(bootcamp).toMatchObject({
      resourceType: 'COURSE',
      title: 'MIT HMS Healthcare Innovation Bootcamp',
      description: 'The MIT-Harvard Medical School Healthcare Innovation Bootcamp',
      url: 'https://bootcamp.mit.edu/entrepreneurship/healthcare-innovation/',
      imageUrl: 'https://bootcamp.mit.edu/wp-content/uploads/2019/01/healthcare-600x231.png',
      imageAlt: null,
      offeredBy: 'bootcamps',
      professional: true,
      free: false,
      certification: false,
      availability: 'DATED',
      location: null,
      lastModified: new Date('2019-04-30T16:18:02.759Z'),
    });
    expect(bootcamp.fullDescription).toMatch(
      /^The MIT-HMS Healthcare Innovation Bootcamp is a new accelerated-learning program.*\nYou will attend lectures/,
    );
    // Early bird and standard tuition; the modes themselves have no place in a price.
    expect(amounts(bootcamp.prices)).toEqual([
      [8500, 'USD'],
      [9500, 'USD'],
    ]);
    // Bootcamps name topics in our own words; "Innovation" is not one of ours.
    expect(bootcamp.topics.map(({ topic }) => topic.name).sort()).toEqual([
      'Business & Management',
      'Entrepreneurship',
    ]);
    expect(bootcamp.runs).toMatchObject([
      {
        runId: 'Bootcamp1',
        title: 'MIT HMS Healthcare Innovation Bootcamp',
        url: 'https://bootcamp.mit.edu/entrepreneurship/healthcare-innovation/',
        semester: null,
        year: 2019,
        startDate: new Date('2019-06-15T00:00:01Z'),
        endDate: new Date('2019-06-21T23:59:59Z'),
        enrollmentStart: null,
        enrollmentEnd: new Date('2019-04-15T23:59:59Z'),
        prices: [
          [8500, 'USD'],
          [9500, 'USD'],
        ],
        instructors: [],
      },
    ]);
  });

  it('keeps the location and the instructors in order', async () => {
    await importFeed();
    const bootcamp = await load('Bootcamp3');
    expect(bootcamp).toMatchObject({ location: 'Hoffenheim, Germany', url: 'http://bootcamp.mit.edu/sports/' });
    expect(bootcamp.runs[0]?.instructors).toEqual(['Ben Shields', 'Sascha L. Schmidt']);
  });

  it('reports every bootcamp unchanged when the same file is imported again', async () => {
    await importFeed();
    const { summary } = await importFeed();
    expect(summary).toMatchObject({ created: 0, updated: 0, unchanged: 3, failed: 0 });
  });

  it('unpublishes a bootcamp the export marks unpublished or no longer lists', async () => {
    await importFeed();
    await edit((items) =>
      items
        .filter((item) => item.course_id !== 'Bootcamp3')
        .map((item) => (item.course_id === 'Bootcamp2' ? { ...item, published: false } : item)),
    );
    const { summary } = await importFeed();
    expect(summary).toMatchObject({ unchanged: 1, unpublished: 2 });
    expect(await load('Bootcamp2')).toMatchObject({ published: false });
  });

  it('fails a malformed bootcamp alone, naming it and the field, while the others import', async () => {
    await edit((items) =>
      items.map((item) =>
        item.course_id === 'Bootcamp2' ? { ...item, prices: [{ price: -8500, mode: 'Standard' }] } : item,
      ),
    );
    const { summary, failures } = await importFeed();
    expect(failures).toEqual([
      { file: feed, record: 'Bootcamp2', reason: 'prices.0.price: Too small: expected number to be >=0' },
    ]);
    expect(summary).toMatchObject({ created: 2, failed: 1 });
  });

  it('fails the run, writing nothing, when the file is not the array of bootcamps', async () => {
    await writeFile(feed, JSON.stringify({ course_id: 'Bootcamp1' }));
    await expect(importFeed()).rejects.toBeInstanceOf(FeedFileError);
    await writeFile(feed, '[{"course_id": "Bootcamp1",');
    await expect(importFeed()).rejects.toThrow('not valid JSON');
    expect(await catalog.db.learningResource.count()).toBe(0);
  });
});
