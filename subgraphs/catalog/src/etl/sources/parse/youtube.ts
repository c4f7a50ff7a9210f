import { z } from 'zod';

/** A YouTube video id: eleven characters of URL-safe base64, as in `watch?v=…`. */
export const youtubeVideoId = z.string().regex(/^[A-Za-z0-9_-]{11}$/, 'a YouTube video id (11 characters)');

/**
 * The page where a YouTube video plays.
 *
 * @example
 * youtubeWatchUrl('lGGDIGizcQ0'); // 'https://www.youtube.com/watch?v=lGGDIGizcQ0'
 */
export const youtubeWatchUrl = (videoId: string) => `https://www.youtube.com/watch?v=${videoId}`;
