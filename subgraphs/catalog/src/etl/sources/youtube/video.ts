import { z } from 'zod';
import { emptyResource, type ResourceInput } from '../../resource-input.js';
import { parseDate } from '../parse/dates.js';
import { parseLanguage } from '../parse/language.js';
import { parseRecord } from '../parse/record.js';
import { cleanText } from '../parse/text.js';
import { youtubeVideoId, youtubeWatchUrl } from '../parse/youtube.js';
import { bestThumbnail, isPublic, offerorOf, statusSchema, thumbnailsSchema } from './snippet.js';

/** ISO 8601 durations as YouTube writes them: "PT51M12S", "PT1H2M", "P1DT3H", "P0D" for live streams. */
const isoDuration = /^P(?!$)(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;

const videoSchema = z.object({
  id: youtubeVideoId,
  snippet: z.object({
    publishedAt: z.iso.datetime({ offset: true }),
    channelId: z.string().nullish(),
    title: z.string().trim().min(1, 'a non-empty title'),
    description: z.string().nullish(),
    thumbnails: thumbnailsSchema,
    defaultAudioLanguage: z.string().nullish(),
  }),
  contentDetails: z.object({
    duration: z.string().regex(isoDuration, 'an ISO 8601 duration such as "PT51M12S"'),
  }),
});

const visibilitySchema = z.object({
  snippet: z.object({ liveBroadcastContent: z.string().nullish() }).nullish(),
  status: statusSchema,
});

/**
 * Whether a video is for the catalog: public (or the harvest did not ask for `status`) and not a broadcast
 * that is only scheduled. A video too malformed to tell counts as for the catalog; it fails with its reason later.
 */
export function isForCatalog(value: unknown): boolean {
  const video = visibilitySchema.safeParse(value);
  return !video.success || (isPublic(video.data.status) && video.data.snippet?.liveBroadcastContent !== 'upcoming');
}

/**
 * One item of a `videos.list` page as a VIDEO, keyed by its YouTube id. The duration stays in YouTube's
 * ISO 8601 form ("PT51M12S"): it is what the provider writes, exact, and any client can format it; a
 * zero duration (a live stream's "P0D") says nothing and is left out. The language is the spoken one
 * (`defaultAudioLanguage`), not the language of the title. A video not for the catalog (see `isForCatalog`) yields none.
 */
export function videoResource(value: unknown): ResourceInput[] {
  const video = parseRecord(videoSchema, value, (value as { id?: unknown } | null)?.id);
  const { snippet } = video;
  if (!isForCatalog(value)) return [];
  const language = parseLanguage(snippet.defaultAudioLanguage);
  const duration = video.contentDetails.duration;
  return [
    {
      ...emptyResource({ platform: 'youtube', readableId: video.id, resourceType: 'VIDEO', title: snippet.title }),
      description: cleanText(snippet.description),
      url: youtubeWatchUrl(video.id),
      image: bestThumbnail(snippet.thumbnails, snippet.title),
      languages: language ? [language] : [],
      offeredBy: offerorOf(snippet.channelId),
      availability: 'ANYTIME',
      duration: /[1-9]/.test(duration) ? duration : null,
      lastModified: parseDate(snippet.publishedAt),
    },
  ];
}
