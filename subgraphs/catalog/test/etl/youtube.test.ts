import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runImport } from '../../src/etl/run-import.js';
import { FeedFileError } from '../../src/etl/source.js';
import { youtube } from '../../src/etl/sources/youtube.js';
import { copyBundled } from '../support/bundled-data.js';
import { type CatalogUnderTest, startCatalog } from '../support/catalog-under-test.js';

const playlistId = 'PLTz-v-F773kXwTSKsX_E9t8ZnP_3LYaGy';
/** The playlist's videos in order: its seven items less the first and last, whose videos the pages lack. */
const playlistVideos = ['a9bGhWnvS1k', 'ukucq80_gHE', 'YjFE2OxIg6I', 'kWPClqksISc', 'ftLWNYBTf2s'];

interface Page {
  kind: string;
  items: Array<Record<string, unknown> & { id: string }>;
}

describe('importing YouTube channels (YouTube Data API v3 pages)', () => {
  let catalog: CatalogUnderTest;
  let feed: string;

  const readPage = async (name: string): Promise<Page> => JSON.parse(await readFile(join(feed, name), 'utf8'));
  const writePage = (name: string, page: Page) => writeFile(join(feed, name), JSON.stringify(page));
  const readBack = (readableId: string) => catalog.storedResource('youtube', readableId);

  beforeAll(async () => {
    catalog = await startCatalog();
  });
  beforeEach(async () => {
    await catalog.clearResources();
    [feed] = await copyBundled('youtube-feed-', 'mit-learn/youtube');
  });
  afterAll(() => catalog.close());

  it('imports every video of the video pages and the playlist', async () => {
    const { summary, failures } = await runImport(catalog.db, youtube, [feed]);
    expect(failures).toEqual([]);
    expect(summary).toEqual({ source: 'youtube', created: 80, updated: 0, unchanged: 0, unpublished: 0, failed: 0 });
    expect(await catalog.db.learningResource.count({ where: { resourceType: 'VIDEO' } })).toBe(79);
    expect(await catalog.db.learningResource.count({ where: { resourceType: 'VIDEO_PLAYLIST' } })).toBe(1);
  });

  it('maps a video: title, watch url, largest thumbnail, spoken language, duration, date and offeror', async () => {
    await runImport(catalog.db, youtube, [feed]);
    const video = await readBack('lGGDIGizcQ0');
    expect(video).toMatchObject({
      resourceType: 'VIDEO',
      title: '24. Markov Matrices; Fourier Series',
      url: 'https://www.youtube.com/watch?v=lGGDIGizcQ0',
      imageUrl: 'https://i.ytimg.com/vi/lGGDIGizcQ0/sddefault.jpg',
      imageAlt: '24. Markov Matrices; Fourier Series',
      languages: ['en'],
      duration: 'PT51M12S',
      lastModified: new Date('2019-09-24T20:20:31.000Z'),
      offeredBy: 'ocw',
      availability: 'ANYTIME',
      free: true,
    });
    expect(video.description).toMatch(/^MIT 18\.06 Linear Algebra, Spring 2005\nInstructor: Gilbert Strang\n/);
    expect(await readBack('a9bGhWnvS1k')).toMatchObject({ offeredBy: 'mitx', duration: 'PT1M41S' });
    // This one does not say which language it is spoken in.
    expect(await readBack('0oBJN8F616U')).toMatchObject({
      languages: [],
      imageUrl: 'https://i.ytimg.com/vi/0oBJN8F616U/hqdefault.jpg',
    });
  });

  it('maps the playlist with its videos in playlist order, skipping items whose video the pages lack', async () => {
    await runImport(catalog.db, youtube, [feed]);
    const playlist = await readBack(playlistId);
    expect(playlist).toMatchObject({
      resourceType: 'VIDEO_PLAYLIST',
      title: 'Humanities & Social Sciences',
      description: null,
      url: `https://www.youtube.com/playlist?list=${playlistId}`,
      imageUrl: 'https://i.ytimg.com/vi/a9bGhWnvS1k/sddefault.jpg',
      offeredBy: 'mitx',
      lastModified: new Date('2019-07-02T17:03:18.000Z'),
    });
    expect(playlist.children.map(({ child, kind }) => [child.readableId, kind])).toEqual(
      playlistVideos.map((id) => [id, 'PLAYLIST_VIDEO']),
    );
  });

  it('orders a playlist by the positions the items state, when the harvest asked for their snippet', async () => {
    const items = await readPage('playlistItems.list.0.json');
    const positioned = items.items.map((item, index) => ({
      ...item,
      snippet: { playlistId, position: items.items.length - 1 - index },
    }));
    await writePage('playlistItems.list.0.json', { ...items, items: positioned });
    await runImport(catalog.db, youtube, [feed]);
    const playlist = await readBack(playlistId);
    expect(playlist.children.map(({ child }) => child.readableId)).toEqual([...playlistVideos].reverse());
  });

  it('reports every resource unchanged when the same pages are imported again', async () => {
    await runImport(catalog.db, youtube, [feed]);
    const { summary } = await runImport(catalog.db, youtube, [feed]);
    expect(summary).toEqual({ source: 'youtube', created: 0, updated: 0, unchanged: 80, unpublished: 0, failed: 0 });
  });

  it('fails a malformed video alone, with its reason and id, while the others import', async () => {
    const page = await readPage('videos.list.1.json');
    const [first, ...rest] = page.items;
    await writePage('videos.list.1.json', {
      ...page,
      items: [{ ...first, contentDetails: { duration: '51 minutes' } } as Page['items'][number], ...rest],
    });
    const { summary, failures } = await runImport(catalog.db, youtube, [feed]);
    expect(summary).toMatchObject({ created: 79, failed: 1 });
    expect(failures).toEqual([
      {
        file: join(feed, 'videos.list.1.json'),
        record: 'lGGDIGizcQ0',
        reason: 'contentDetails.duration: an ISO 8601 duration such as "PT51M12S"',
      },
    ]);
  });

  it('fails the whole run before writing anything when a page is not an API list response', async () => {
    await writeFile(
      join(feed, 'search.list.0.json'),
      JSON.stringify({ kind: 'youtube#searchListResponse', items: [] }),
    );
    await expect(runImport(catalog.db, youtube, [feed])).rejects.toThrow(
      'unexpected kind "youtube#searchListResponse"',
    );
    await writeFile(join(feed, 'search.list.0.json'), JSON.stringify([{ id: 'a9bGhWnvS1k' }]));
    await expect(runImport(catalog.db, youtube, [feed])).rejects.toBeInstanceOf(FeedFileError);
    expect(await catalog.db.learningResource.count()).toBe(0);
  });

  it('unpublishes videos the pages no longer hold or their owner made private, and drops them from the playlist', async () => {
    await runImport(catalog.db, youtube, [feed]);
    const page = await readPage('videos.list.0.json');
    const kept = page.items.filter((item) => item.id !== 'ftLWNYBTf2s');
    const hidden = kept.map((item) =>
      item.id === 'ukucq80_gHE' ? { ...item, status: { privacyStatus: 'private' } } : item,
    );
    await writePage('videos.list.0.json', { ...page, items: hidden });
    const { summary } = await runImport(catalog.db, youtube, [feed]);
    // The playlist changed too: it no longer lists either video.
    expect(summary).toMatchObject({ created: 0, updated: 1, unchanged: 77, unpublished: 2 });
    const gone = await catalog.db.learningResource.findMany({
      where: { published: false },
      orderBy: { readableId: 'asc' },
    });
    expect(gone.map((row) => row.readableId)).toEqual(['ftLWNYBTf2s', 'ukucq80_gHE']);
    const playlist = await readBack(playlistId);
    expect(playlist.children.map(({ child }) => child.readableId)).toEqual([
      'a9bGhWnvS1k',
      'YjFE2OxIg6I',
      'kWPClqksISc',
    ]);
  });
});
