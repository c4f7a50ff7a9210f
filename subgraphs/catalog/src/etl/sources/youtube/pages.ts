import { type FeedFile, FeedFileError, type FeedRecord } from '../../source.js';
import type { PlaylistRecord } from './playlist.js';
import { isForCatalog } from './video.js';

/** The list responses a harvest delivers, by their `kind`. */
const pageKinds = {
  'youtube#channelListResponse': 'channels',
  'youtube#playlistListResponse': 'playlists',
  'youtube#playlistItemListResponse': 'playlistItems',
  'youtube#videoListResponse': 'videos',
} as const;

type PageKind = (typeof pageKinds)[keyof typeof pageKinds];

/** One record of the YouTube source: a video, or a playlist with its items. */
export type YoutubeRecord = { kind: 'video'; video: unknown } | ({ kind: 'playlist' } & PlaylistRecord);

interface Item {
  file: string;
  index: number;
  value: unknown;
}

const fieldOf = (value: unknown, key: string): unknown =>
  value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;

function pageOf({ path, content }: FeedFile): { kind: PageKind; items: Item[] } {
  const kind = fieldOf(content, 'kind');
  const items = fieldOf(content, 'items');
  if (typeof kind !== 'string' || !Array.isArray(items)) {
    throw new FeedFileError(path, 'expected a YouTube Data API list response (an object with kind and items)');
  }
  const known = pageKinds[kind as keyof typeof pageKinds];
  if (!known) throw new FeedFileError(path, `unexpected kind "${kind}": expected ${Object.keys(pageKinds).join(', ')}`);
  return { kind: known, items: items.map((value, index) => ({ file: path, index, value })) };
}

/**
 * The playlist an item belongs to. A harvest that asked for the item's `snippet` says so; one that asked
 * for `contentDetails` alone (as MIT Learn's and the bundled pages do) does not, but the API's item id is
 * the base64 of "<playlist id>.<entry id>".
 */
function playlistIdOf(item: unknown): string | null {
  const stated = fieldOf(fieldOf(item, 'snippet'), 'playlistId');
  if (typeof stated === 'string') return stated;
  const id = fieldOf(item, 'id');
  if (typeof id !== 'string') return null;
  const decoded = Buffer.from(id, 'base64').toString('utf8');
  const dot = decoded.lastIndexOf('.');
  return dot > 0 ? decoded.slice(0, dot) : null;
}

/**
 * Joins every page of one harvest: each video becomes a record, and each playlist a record carrying its
 * items (in page order, pages in their numeric order) and the ids of the videos the harvest holds.
 * Channel pages carry no resource: a video's or playlist's own `channelId` decides its offeror.
 */
export function joinPages(files: FeedFile[]): Array<FeedRecord & { value: YoutubeRecord }> {
  // "videos.list.10.json" follows "videos.list.9.json": page order matters for a playlist's items.
  const pages = [...files].sort((a, b) => a.path.localeCompare(b.path, 'en', { numeric: true })).map(pageOf);
  const itemsOf = (kind: PageKind) => pages.filter((page) => page.kind === kind).flatMap((page) => page.items);
  const videos = itemsOf('videos');
  // A playlist's members are the videos the catalog will hold: private or scheduled ones are left out.
  const videoIds = new Set(
    videos
      .filter(({ value }) => isForCatalog(value))
      .map(({ value }) => fieldOf(value, 'id'))
      .filter((id) => typeof id === 'string'),
  );
  const entriesByPlaylist = new Map<string, unknown[]>();
  for (const { value } of itemsOf('playlistItems')) {
    const playlistId = playlistIdOf(value);
    if (playlistId) entriesByPlaylist.set(playlistId, [...(entriesByPlaylist.get(playlistId) ?? []), value]);
  }
  return [
    ...videos.map(({ file, index, value }) => ({ file, index, value: { kind: 'video' as const, video: value } })),
    ...itemsOf('playlists').map(({ file, index, value }) => {
      const items = entriesByPlaylist.get(String(fieldOf(value, 'id'))) ?? [];
      return { file, index, value: { kind: 'playlist' as const, playlist: value, items, videoIds } };
    }),
  ];
}
