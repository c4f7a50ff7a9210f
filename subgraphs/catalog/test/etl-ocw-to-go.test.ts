import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runImport } from '../src/etl/run-import.js';
import { FeedFileError } from '../src/etl/source.js';
import { ocwToGo } from '../src/etl/sources/ocw-to-go.js';
import { copyBundled } from './support/bundled-data.js';
import { type CatalogUnderTest, startCatalog } from './support/catalog-under-test.js';

describe('importing OpenCourseWare courses (ocw-to-go files)', () => {
  let catalog: CatalogUnderTest;
  let feed: string;

  beforeAll(async () => {
    catalog = await startCatalog();
  });
  beforeEach(async () => {
    await catalog.clearResources();
    [feed] = await copyBundled('ocw-feed-', 'ocw-to-go/courses');
  });
  afterAll(() => catalog.close());

  it('creates every course once and writes one event per course', async () => {
    const { summary, failures } = await runImport(catalog.db, ocwToGo, [feed]);
    expect(failures).toEqual([]);
    expect(summary).toEqual({ source: 'ocw-to-go', created: 59, updated: 0, unchanged: 0, unpublished: 0, failed: 0 });
    expect(await catalog.db.outboxEvent.count({ where: { type: 'catalog.learning-resource.created' } })).toBe(59);
    const algorithms = await catalog.db.learningResource.findFirstOrThrow({
      where: { platform: 'ocw', readableId: '6-006-introduction-to-algorithms-spring-2020' },
    });
    expect(algorithms).toMatchObject({ title: 'Introduction to Algorithms', resourceType: 'COURSE', version: 1 });
  });

  it('changes nothing when the same feed is imported again', async () => {
    await runImport(catalog.db, ocwToGo, [feed]);
    const { summary } = await runImport(catalog.db, ocwToGo, [feed]);
    expect(summary).toEqual({ source: 'ocw-to-go', created: 0, updated: 0, unchanged: 59, unpublished: 0, failed: 0 });
    expect(await catalog.db.outboxEvent.count()).toBe(59);
  });

  it('updates a course whose provider record changed, bumping its version', async () => {
    await runImport(catalog.db, ocwToGo, [feed]);
    const file = join(feed, '14-01-principles-of-microeconomics-fall-2023.json');
    const course = JSON.parse(await readFile(file, 'utf8'));
    await writeFile(file, JSON.stringify({ ...course, name: 'Principles of Microeconomics (revised)' }));
    const { summary } = await runImport(catalog.db, ocwToGo, [feed]);
    expect(summary).toMatchObject({ created: 0, updated: 1, unchanged: 58 });
    const row = await catalog.db.learningResource.findFirstOrThrow({ where: { readableId: course.id } });
    expect(row).toMatchObject({ title: 'Principles of Microeconomics (revised)', version: 2 });
  });

  it('unpublishes a course that a full feed no longer lists, but not with --partial', async () => {
    await runImport(catalog.db, ocwToGo, [feed]);
    await rm(join(feed, '8-04-quantum-physics-i-spring-2016.json'));
    const partial = await runImport(catalog.db, ocwToGo, [feed], { partial: true });
    expect(partial.summary).toMatchObject({ unchanged: 58, unpublished: 0 });
    const full = await runImport(catalog.db, ocwToGo, [feed]);
    expect(full.summary).toMatchObject({ unchanged: 58, unpublished: 1 });
    const gone = await catalog.db.learningResource.findFirstOrThrow({
      where: { readableId: '8-04-quantum-physics-i-spring-2016' },
    });
    expect(gone).toMatchObject({ published: false, version: 2 });
    expect(await catalog.db.outboxEvent.count({ where: { type: 'catalog.learning-resource.unpublished' } })).toBe(1);
  });

  it('fails a malformed record alone, lists it with its reason, and does not unpublish it', async () => {
    await runImport(catalog.db, ocwToGo, [feed]);
    const file = join(feed, '18-06sc-linear-algebra-fall-2011.json');
    await writeFile(file, JSON.stringify({ id: '18-06sc-linear-algebra-fall-2011', name: '   ' }));
    const { summary, failures } = await runImport(catalog.db, ocwToGo, [feed]);
    expect(summary).toMatchObject({ unchanged: 58, failed: 1, unpublished: 0 });
    expect(failures).toEqual([{ file, record: '18-06sc-linear-algebra-fall-2011', reason: 'name: a non-empty title' }]);
  });

  it('fails the whole run before writing anything when a file is not JSON', async () => {
    await writeFile(join(feed, '99-broken.json'), '{"id": "99-broken", "name": ');
    await expect(runImport(catalog.db, ocwToGo, [feed])).rejects.toBeInstanceOf(FeedFileError);
    expect(await catalog.db.learningResource.count()).toBe(0);
  });

  it('fails the whole run when a file holds something other than one course', async () => {
    await writeFile(join(feed, '99-list.json'), '[{"id": "a"}]');
    await expect(runImport(catalog.db, ocwToGo, [feed])).rejects.toThrow('expected one course object per file');
    expect(await catalog.db.learningResource.count()).toBe(0);
  });

  it('refuses a path that does not exist', async () => {
    await expect(runImport(catalog.db, ocwToGo, [join(feed, 'missing')])).rejects.toThrow('no such file or directory');
  });
});
