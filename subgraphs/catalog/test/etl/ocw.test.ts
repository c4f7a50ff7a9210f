import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runImport } from '../../src/etl/run-import.js';
import { FeedFileError } from '../../src/etl/source.js';
import { ocwCourses } from '../../src/etl/sources/ocw.js';
import { ocwToGo } from '../../src/etl/sources/ocw-to-go.js';
import { bundled, ocwToGoCourses, tempDir } from '../support/bundled-data.js';
import { type CatalogUnderTest, startCatalog } from '../support/catalog-under-test.js';

const slug = '4-105-geometric-disciplines-fall-2012';
const videos = `${slug}/videos`;

describe('importing OpenCourseWare courses (ocw-data-parser files)', () => {
  let catalog: CatalogUnderTest;
  let feed: string;
  let course: Record<string, unknown>;

  /** Writes a course file into the feed, as the parser names them. */
  const writeCourse = (value: Record<string, unknown>) =>
    writeFile(join(feed, `${value.short_url}_parsed.json`), JSON.stringify(value));

  const readBack = (readableId: string) => catalog.storedResource('ocw', readableId);

  beforeAll(async () => {
    catalog = await startCatalog();
    course = JSON.parse(await readFile(bundled('mit-learn/test_ocw_parsed.json'), 'utf8'));
  });
  beforeEach(async () => {
    await catalog.clearResources();
    feed = await tempDir('ocw-parsed-');
    await writeCourse(course);
  });
  afterAll(() => catalog.close());

  it('imports the bundled course with its three YouTube videos and a playlist of them', async () => {
    const { summary, failures } = await runImport(catalog.db, ocwCourses, [bundled('mit-learn/test_ocw_parsed.json')]);
    expect(failures).toEqual([]);
    expect(summary).toEqual({ source: 'ocw', created: 5, updated: 0, unchanged: 0, unpublished: 0, failed: 0 });
    const rows = await catalog.db.learningResource.findMany({ orderBy: { readableId: 'asc' } });
    expect(rows.map((row) => [row.readableId, row.resourceType])).toEqual([
      [slug, 'COURSE'],
      [videos, 'VIDEO_PLAYLIST'],
      [`${videos}/MGPVNUa3ANi`, 'VIDEO'],
      [`${videos}/Ma3ANiGPVNU`, 'VIDEO'],
      [`${videos}/ZXMGPVNUa3A`, 'VIDEO'],
    ]);
  });

  it('maps the course: title, OCW url, department, term, offering and its run', async () => {
    await runImport(catalog.db, ocwCourses, [feed]);
    const row = await readBack(slug);
    expect(row).toMatchObject({
      resourceType: 'COURSE',
      title: 'Geometric Disciplines and Architecture Skills: Reciprocal Methodologies',
      url: `https://ocw.mit.edu/courses/engineering/${slug}`,
      offeredBy: 'ocw',
      languages: ['en'],
      delivery: ['ONLINE'],
      pace: ['SELF_PACED'],
      format: ['ASYNCHRONOUS'],
      availability: 'ANYTIME',
      free: true,
      source: 'ocw',
    });
    expect(row.departments.map((department) => department.departmentId)).toEqual(['4']);
    expect(row.runs).toEqual([
      expect.objectContaining({
        runId: '0007de9b4a0cd7c298d822b4123c2eaf',
        title: 'Geometric Disciplines and Architecture Skills: Reciprocal Methodologies',
        url: `https://ocw.mit.edu/courses/engineering/${slug}`,
        semester: 'Fall',
        year: 2012,
        instructors: [],
      }),
    ]);
  });

  it('maps the lecture videos in course order, skipping the embed without a YouTube stream', async () => {
    await runImport(catalog.db, ocwCourses, [feed]);
    const playlist = await readBack(videos);
    expect(playlist).toMatchObject({
      resourceType: 'VIDEO_PLAYLIST',
      title: 'Geometric Disciplines and Architecture Skills: Reciprocal Methodologies: Videos',
      url: `https://ocw.mit.edu/courses/engineering/${slug}`,
      offeredBy: 'ocw',
      imageUrl: 'https://img.youtube.com/vi/Ma3ANiGPVNU/default.jpg',
    });
    expect(playlist.children.map(({ child, kind }) => [child.title, kind])).toEqual([
      ['Lecture 8: Our Passion for Entrepreneurship at MIT', 'PLAYLIST_VIDEO'],
      ['Lecture 9: Our Passion for Tech at MIT', 'PLAYLIST_VIDEO'],
      ['Lecture 10: Our Passion for Stuff at MIT', 'PLAYLIST_VIDEO'],
    ]);
    const video = await readBack(`${videos}/MGPVNUa3ANi`);
    expect(video).toMatchObject({
      resourceType: 'VIDEO',
      url: 'https://www.youtube.com/watch?v=MGPVNUa3ANi',
      imageUrl: 'https://img.youtube.com/vi/MGPVNUa3ANi/default.jpg',
      imageAlt: 'Lecture 9: Our Passion for Tech at MIT',
      offeredBy: 'ocw',
      availability: 'ANYTIME',
    });
    expect(video.departments.map((department) => department.departmentId)).toEqual(['4']);
  });

  it('keeps one video per YouTube stream, as first embedded, when a course embeds the same video twice', async () => {
    const media = course.course_embedded_media as Record<string, Record<string, unknown>>;
    const again = { ...media, '55recap77': { ...media['21997335lecture81445932'], title: 'Recap of Lecture 8' } };
    await writeCourse({ ...course, course_embedded_media: again });
    const { summary, failures } = await runImport(catalog.db, ocwCourses, [feed]);
    expect(failures).toEqual([]);
    expect(summary).toMatchObject({ created: 5 });
    expect((await readBack(videos)).children.map(({ child }) => child.title)).toEqual([
      'Lecture 8: Our Passion for Entrepreneurship at MIT',
      'Lecture 9: Our Passion for Tech at MIT',
      'Lecture 10: Our Passion for Stuff at MIT',
    ]);
  });

  it('maps the descriptive fields a full parser export adds', async () => {
    await writeCourse({
      ...course,
      description: '<p>Design <em>and</em> fabrication &amp; more.</p>',
      course_level: 'Undergraduate',
      from_semester: 'Spring',
      from_year: '2013',
      language: 'en-US',
      image_src: 'https://open-learning-course-data.s3.amazonaws.com/4-105/cover.jpg',
      image_alternate_text: 'A folded paper model.',
      instructors: [
        { first_name: 'Skylar', middle_initial: '', last_name: 'Tibbits', salutation: 'Prof.' },
        { first_name: 'Erik', middle_initial: 'D.', last_name: 'Demaine' },
      ],
      course_collections: [
        { ocw_feature: 'Architecture', ocw_subfeature: 'Architectural Design', ocw_speciality: '' },
        { ocw_feature: 'Game Design', ocw_subfeature: null, ocw_speciality: null },
      ],
      last_published_to_production: '2016/02/02 20:28:06 US/Eastern',
      last_unpublishing_date: '',
    });
    const { failures } = await runImport(catalog.db, ocwCourses, [feed]);
    expect(failures).toEqual([]);
    const row = await readBack(slug);
    expect(row).toMatchObject({
      description: 'Design and fabrication & more.',
      imageUrl: 'https://open-learning-course-data.s3.amazonaws.com/4-105/cover.jpg',
      imageAlt: 'A folded paper model.',
      levels: ['UNDERGRADUATE'],
    });
    expect(row.topics.map(({ topic }) => topic.name).sort()).toEqual(['Architecture', 'Game Design']);
    expect(row.runs[0]).toMatchObject({
      semester: 'Spring',
      year: 2013,
      instructors: ['Skylar Tibbits', 'Erik D. Demaine'],
    });
    const video = await readBack(`${videos}/Ma3ANiGPVNU`);
    expect(video.topics.map(({ topic }) => topic.name).sort()).toEqual(['Architecture', 'Game Design']);
  });

  it('reports every resource unchanged when the same file is imported again', async () => {
    await runImport(catalog.db, ocwCourses, [feed]);
    const { summary } = await runImport(catalog.db, ocwCourses, [feed]);
    expect(summary).toEqual({ source: 'ocw', created: 0, updated: 0, unchanged: 5, unpublished: 0, failed: 0 });
    expect(await catalog.db.outboxEvent.count()).toBe(5);
  });

  it('keys courses by slug, so only the same course meets its ocw-to-go record', async () => {
    await runImport(catalog.db, ocwToGo, [ocwToGoCourses]);
    const first = await runImport(catalog.db, ocwCourses, [feed]);
    expect(first.summary).toMatchObject({ created: 5, updated: 0 });
    await writeCourse({
      ...course,
      short_url: '18-06sc-linear-algebra-fall-2011',
      title: 'Linear Algebra',
      uid: 'b1f2',
    });
    const second = await runImport(catalog.db, ocwCourses, [feed]);
    // The linear algebra course is ocw-to-go's resource, rewritten; its videos are new.
    expect(second.summary).toMatchObject({ created: 4, updated: 1, unchanged: 5 });
    const linearAlgebra = await readBack('18-06sc-linear-algebra-fall-2011');
    expect(linearAlgebra).toMatchObject({ source: 'ocw', version: 2 });
    expect(await catalog.db.learningResource.count({ where: { platform: 'ocw' } })).toBe(59 + 5 + 4);
  });

  it('fails a malformed course alone, with its reason and slug, while the others import', async () => {
    const media = course.course_embedded_media as Record<string, { embedded_media: Array<Record<string, unknown>> }>;
    const broken = structuredClone(media);
    const lecture8 = broken['21997335lecture81445932']?.embedded_media[0];
    if (lecture8) lecture8.media_location = 'not a video';
    await writeCourse({
      ...course,
      short_url: '2-001-mechanics-fall-2006',
      uid: 'c0ffee',
      course_embedded_media: broken,
    });
    const { summary, failures } = await runImport(catalog.db, ocwCourses, [feed]);
    expect(summary).toMatchObject({ created: 5, failed: 1 });
    expect(failures).toEqual([
      {
        file: join(feed, '2-001-mechanics-fall-2006_parsed.json'),
        record: '2-001-mechanics-fall-2006',
        reason: 'course_embedded_media.21997335lecture81445932.embedded_media.0.media_location: a YouTube video id',
      },
    ]);
  });

  it('fails the whole run before writing anything when a file is not a parsed course', async () => {
    await writeFile(join(feed, 'ocw-to-go.json'), JSON.stringify({ id: 'x', name: 'An ocw-to-go course' }));
    await expect(runImport(catalog.db, ocwCourses, [feed])).rejects.toThrow(
      'expected one parsed OCW course (an object with course_pages) per file',
    );
    await writeFile(join(feed, 'ocw-to-go.json'), '{"uid": ');
    await expect(runImport(catalog.db, ocwCourses, [feed])).rejects.toBeInstanceOf(FeedFileError);
    expect(await catalog.db.learningResource.count()).toBe(0);
  });

  it('unpublishes a course and its videos when a full feed no longer lists it', async () => {
    await writeCourse({ ...course, short_url: '2-001-mechanics-fall-2006', uid: 'c0ffee' });
    await runImport(catalog.db, ocwCourses, [feed]);
    await rm(join(feed, '2-001-mechanics-fall-2006_parsed.json'));
    const { summary } = await runImport(catalog.db, ocwCourses, [feed]);
    expect(summary).toMatchObject({ unchanged: 5, unpublished: 5 });
    const gone = await catalog.db.learningResource.findMany({ where: { published: false } });
    expect(gone.map((row) => row.readableId).sort()).toEqual([
      '2-001-mechanics-fall-2006',
      '2-001-mechanics-fall-2006/videos',
      '2-001-mechanics-fall-2006/videos/MGPVNUa3ANi',
      '2-001-mechanics-fall-2006/videos/Ma3ANiGPVNU',
      '2-001-mechanics-fall-2006/videos/ZXMGPVNUa3A',
    ]);
  });

  it('withdraws a course OCW unpublished after its last publication', async () => {
    await runImport(catalog.db, ocwCourses, [feed]);
    await writeCourse({
      ...course,
      last_published_to_production: '2016/02/02 20:28:06 US/Eastern',
      last_unpublishing_date: '2018/02/02 20:28:06 US/Eastern',
    });
    const { summary, failures } = await runImport(catalog.db, ocwCourses, [feed]);
    expect(failures).toEqual([]);
    expect(summary).toMatchObject({ created: 0, unchanged: 0, unpublished: 5 });
  });
});
