import { z } from 'zod';
import { emptyResource, type ResourceInput } from '../../resource-input.js';
import { parseDate } from '../parse/dates.js';
import { parseLanguage } from '../parse/language.js';
import { parseRecord } from '../parse/record.js';
import { cleanText } from '../parse/text.js';
import { youtubeVideoId } from '../parse/youtube.js';
import { bestThumbnail, isPublic, offerorOf, statusSchema, thumbnailsSchema } from './snippet.js';

/** A playlist joined with its items from the `playlistItems.list` pages, in page order. */
export interface PlaylistRecord {
  playlist: unknown;
  items: unknown[];
  /** Ids of the listed videos the run's `videos.list` pages hold; items pointing elsewhere are skipped. */
  videoIds: ReadonlySet<string>;
}

const playlistSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{2,64}$/, 'a YouTube playlist id'),
  snippet: z.object({
    publishedAt: z.iso.datetime({ offset: true }),
    channelId: z.string().nullish(),
    title: z.string().trim().min(1, 'a non-empty title'),
    description: z.string().nullish(),
    thumbnails: thumbnailsSchema,
    defaultLanguage: z.string().nullish(),
  }),
  status: statusSchema,
});

const itemSchema = z.object({
  contentDetails: z.object({ videoId: youtubeVideoId }),
  // Present when the harvest asked for `snippet`; otherwise the pages' order is the playlist's.
  snippet: z.object({ position: z.number().int().nonnegative().nullish() }).nullish(),
});

const recordSchema = z.object({ playlist: playlistSchema, items: z.array(itemSchema) });

/**
 * A playlist as a VIDEO_PLAYLIST whose members are its videos in playlist order, once each, leaving out
 * items whose video the run's video pages do not hold or do not list (deleted, private, scheduled).
 */
export function playlistResource({ playlist: value, items, videoIds }: PlaylistRecord): ResourceInput[] {
  const id = (value as { id?: unknown } | null)?.id;
  const { playlist, items: entries } = parseRecord(recordSchema, { playlist: value, items }, id);
  const { snippet } = playlist;
  if (!isPublic(playlist.status)) return [];
  const ordered = [...entries].sort((a, b) => (a.snippet?.position ?? 0) - (b.snippet?.position ?? 0));
  const children = [...new Set(ordered.map((entry) => entry.contentDetails.videoId))].filter((videoId) =>
    videoIds.has(videoId),
  );
  const language = parseLanguage(snippet.defaultLanguage);
  return [
    {
      ...emptyResource({
        platform: 'youtube',
        readableId: playlist.id,
        resourceType: 'VIDEO_PLAYLIST',
        title: snippet.title,
      }),
      description: cleanText(snippet.description),
      url: `https://www.youtube.com/playlist?list=${playlist.id}`,
      image: bestThumbnail(snippet.thumbnails, snippet.title),
      languages: language ? [language] : [],
      offeredBy: offerorOf(snippet.channelId),
      availability: 'ANYTIME',
      lastModified: parseDate(snippet.publishedAt),
      children,
    },
  ];
}
