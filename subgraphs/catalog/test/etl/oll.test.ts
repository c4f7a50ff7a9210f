import { readFile, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runImport } from '../../src/etl/run-import.js';
import { FeedFileError } from '../../src/etl/source.js';
import { parseCsv } from '../../src/etl/sources/oll/csv.js';
import { oll } from '../../src/etl/sources/oll.js';
import { bundled, copyBundled } from '../support/bundled-data.js';
import { type CatalogUnderTest, startCatalog } from '../support/catalog-under-test.js';

describe('reading CSV (RFC 4180)', () => {
  it('splits fields on commas and rows on CRLF or LF', () => {
    expect(parseCsv('a,b,\r\nc,d,e\nf')).toEqual([['a', 'b', ''], ['c', 'd', 'e'], ['f']]);
  });

  it('keeps commas, line breaks and doubled quotes inside quoted fields', () => {
    expect(parseCsv('"Quantum Information Science I, Part 1","line one\r\nline two","say ""hi"""\n')).toEqual([
      ['Quantum Information Science I, Part 1', 'line one\r\nline two', 'say "hi"'],
    ]);
  });

  it('refuses a quoted field that is never closed, or text after a closing quote', () => {
    expect(() => parseCsv('a,"b\nc')).toThrow('line 1: a quoted field is never closed');
    expect(() => parseCsv('a\n"b"c')).toThrow('line 2: text after the closing quote of a field');
  });
});

describe('importing Open Learning Library courses (OLL metadata CSV)', () => {
  let catalog: CatalogUnderTest;
  let sheet: string;
  let file: string;

  /** Writes the sheet (or a shortened copy) with one edit, checking that the edited text occurs exactly once. */
  const editSheet = async (from: string, to: string, text = sheet) => {
    expect(text.split(from)).toHaveLength(2);
    await writeFile(file, text.replace(from, to));
  };
  const readBack = (readableId: string) => catalog.storedResource('oll', readableId);

  beforeAll(async () => {
    catalog = await startCatalog();
    sheet = await readFile(bundled('mit-learn/taxonomy/oll_metadata.csv'), 'utf8');
  });
  beforeEach(async () => {
    await catalog.clearResources();
    [file] = await copyBundled('oll-feed-', 'mit-learn/taxonomy/oll_metadata.csv');
  });
  afterAll(() => catalog.close());

  it('imports every course of the sheet', async () => {
    const { summary, failures } = await runImport(catalog.db, oll, [bundled('mit-learn/taxonomy/oll_metadata.csv')]);
    expect(failures).toEqual([]);
    expect(summary).toEqual({ source: 'oll', created: 64, updated: 0, unchanged: 0, unpublished: 0, failed: 0 });
  });

  it('maps a course: course key, offeror, topics, length, effort, language and its run', async () => {
    await runImport(catalog.db, oll, [file]);
    const course = await readBack('MITx+18.05r_10');
    expect(course).toMatchObject({
      resourceType: 'COURSE',
      title: 'Introduction to Probability and Statistics',
      url: 'https://openlearninglibrary.mit.edu/courses/course-v1:MITx+18.05r_10+2022_Summer/about',
      imageUrl:
        'https://openlearninglibrary.mit.edu/asset-v1:MITx+18.05r_10+2022_Summer+type@asset+block@mit18_05_s22_chp.jpg',
      imageAlt: 'Introduction to Probability and Statistics',
      offeredBy: 'ocw',
      languages: ['en'],
      duration: '14 weeks',
      minWeeks: 14,
      maxWeeks: 14,
      timeCommitment: '14 hours/week',
      delivery: ['ONLINE'],
      pace: ['SELF_PACED'],
      format: ['ASYNCHRONOUS'],
      availability: 'ANYTIME',
      levels: ['UNDERGRADUATE'],
      free: true,
    });
    expect(Number(course.minWeeklyHours)).toBe(14);
    // The description is a quoted, multi-paragraph cell.
    expect(course.description).toMatch(/linear regression\.\n\nThese same course materials/);
    expect(course.topics.map(({ topic }) => topic.name).sort()).toEqual(['Data Science', 'Mathematics']);
    expect(course.departments.map((department) => department.departmentId)).toEqual(['18']);
    expect(course.runs).toEqual([
      expect.objectContaining({
        runId: 'course-v1:MITx+18.05r_10+2022_Summer',
        semester: 'Summer',
        year: 2022,
        levels: ['UNDERGRADUATE'],
        instructors: ['Jeremy Orloff', 'Jennifer French Kamrin'],
      }),
    ]);
  });

  it('reads the run from the url when readable_id leaves it out, and edX run codes as terms', async () => {
    await runImport(catalog.db, oll, [file]);
    const interviews = await readBack('MITx+21A.819.1x');
    expect(interviews.runs[0]).toMatchObject({
      runId: 'course-v1:MITx+21A.819.1x+3T2021',
      semester: 'Fall',
      year: 2021,
    });
    expect(interviews.departments.map((department) => department.departmentId)).toEqual(['21A']);
    const innovation = await readBack('Varkey+INNOMITv2');
    expect(innovation).toMatchObject({ languages: ['es'], offeredBy: 'mitx', levels: ['GRADUATE'] });
    expect(innovation.runs[0]).toMatchObject({
      semester: null,
      year: 2020,
      instructors: ['Justin Reich', 'Peter Senge'],
    });
  });

  it("takes the sheet's topic names as ours, correcting its spelling of Education Policy", async () => {
    await runImport(catalog.db, oll, [file]);
    const competency = await readBack('MITx+0.502x');
    expect(competency.topics.map(({ topic }) => topic.name).sort()).toEqual(['Digital Learning', 'Education Policy']);
    // No weekly effort in the sheet: no time commitment.
    expect(competency).toMatchObject({ timeCommitment: null, minWeeklyHours: null, duration: '6 weeks' });
  });

  it('reports every course unchanged when the same sheet is imported again', async () => {
    await runImport(catalog.db, oll, [file]);
    const { summary } = await runImport(catalog.db, oll, [file]);
    expect(summary).toEqual({ source: 'oll', created: 0, updated: 0, unchanged: 64, unpublished: 0, failed: 0 });
  });

  it('fails a malformed row alone, with its reason and course key, while the others import', async () => {
    await editSheet(',OCW,English,MITx+18.05r_10+2022_Summer,', ',OCW,Klingon,MITx+18.05r_10+2022_Summer,');
    const { summary, failures } = await runImport(catalog.db, oll, [file]);
    expect(summary).toMatchObject({ created: 63, failed: 1 });
    expect(failures).toEqual([
      { file, record: 'MITx+18.05r_10', reason: 'Language: a language name or ISO 639 code, not "Klingon"' },
    ]);
  });

  it('fails the whole run before writing anything when the file is not the OLL sheet', async () => {
    await writeFile(file, `${sheet}\n"unclosed,quote`);
    await expect(runImport(catalog.db, oll, [file])).rejects.toBeInstanceOf(FeedFileError);
    await writeFile(file, 'id,name\n1,Linear Algebra\n');
    await expect(runImport(catalog.db, oll, [file])).rejects.toThrow('not the OLL catalogue: no column OLL Course');
    expect(await catalog.db.learningResource.count()).toBe(0);
  });

  it('unpublishes a course the sheet no longer lists, or marks unpublished', async () => {
    await runImport(catalog.db, oll, [file]);
    const withoutLastRow = sheet.slice(0, sheet.lastIndexOf('\n11.132x,') + 1);
    await editSheet('",YES,YES,14,14,', '",NO,YES,14,14,', withoutLastRow);
    const { summary, failures } = await runImport(catalog.db, oll, [file]);
    expect(failures).toEqual([]);
    expect(summary).toMatchObject({ created: 0, unchanged: 62, unpublished: 2 });
    const gone = await catalog.db.learningResource.findMany({
      where: { published: false },
      orderBy: { readableId: 'asc' },
    });
    expect(gone.map((row) => row.readableId)).toEqual(['MITx+11.132x_3', 'MITx+18.05r_10']);
  });
});
