import { z } from 'zod';
import { youtubeVideoId } from '../parse/youtube.js';

/** The media item of an embed that carries the YouTube video (its `media_location` is the video id). */
export const youtubeStreamId = 'Video-YouTube-Stream';
/** The media item of an embed that carries the video's thumbnail URL. */
export const youtubeThumbnailId = 'Thumbnail-YouTube-JPG';

const text = z.string().nullish();

/** One medium of an embed; `id` says which (stream, thumbnail, transcript), `media_location` where it is. */
const mediaSchema = z.object({ id: text, media_location: text });

/** One embed of the course (a lecture video, usually): its title and the media that make it up. */
const embedSchema = z
  .object({
    title: z.string().trim().min(1, 'a non-empty title'),
    embedded_media: z.array(mediaSchema).default([]),
  })
  .superRefine((embed, context) => {
    embed.embedded_media.forEach((media, index) => {
      if (media.id === youtubeStreamId && !youtubeVideoId.safeParse(media.media_location).success) {
        context.addIssue({
          code: 'custom',
          path: ['embedded_media', index, 'media_location'],
          message: 'a YouTube video id',
        });
      }
    });
  });

/**
 * Plone's date-times as ocw-data-parser copies them: "2016/02/02 20:28:06 US/Eastern", "2010/03/10 0:0:0.000".
 * Only compared with each other (publication against unpublication, both in OCW's zone), so the zone is
 * read as UTC. Absent (undefined) means the export does not carry the field; blank (null) means never.
 */
const ploneDate = z
  .string()
  .nullish()
  .transform((value, context) => {
    if (value === undefined) return undefined;
    const stamp = value?.trim();
    if (!stamp) return null;
    const match = /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?:\s+(\d{1,2}):(\d{1,2}):(\d{1,2}))?/.exec(stamp);
    if (!match) {
      context.addIssue({ code: 'custom', message: 'a date such as "2016/02/02 20:28:06 US/Eastern"' });
      return z.NEVER;
    }
    const [year, month, day, hours, minutes, seconds] = match.slice(1).map((part) => Number(part ?? 0));
    return new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day, hours, minutes, seconds));
  });

/**
 * One course as ocw-data-parser writes it (`<slug>_parsed.json`). The bundled sample carries only the
 * structural fields; the parser's descriptive fields (description, instructors, level, term, topics, image,
 * language, publication dates) are optional here so that full exports map completely.
 */
export const courseSchema = z.object({
  uid: z.string().trim().min(1, 'the course uid'),
  title: z.string().trim().min(1, 'a non-empty title'),
  url: text,
  short_url: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'an OCW course slug such as "18-06-linear-algebra-spring-2010"'),
  department_number: text,
  description: text,
  course_level: text,
  from_semester: text,
  from_year: z.union([z.string(), z.number()]).nullish(),
  language: text,
  image_src: text,
  image_alternate_text: text,
  image_description: text,
  instructors: z
    .array(z.object({ first_name: text, middle_initial: text, last_name: text }))
    .nullish()
    .transform((list) => list ?? []),
  course_collections: z
    .array(z.object({ ocw_feature: text, ocw_subfeature: text, ocw_speciality: text }))
    .nullish()
    .transform((list) => list ?? []),
  last_published_to_production: ploneDate,
  last_unpublishing_date: ploneDate,
  course_embedded_media: z
    .record(z.string(), embedSchema)
    .nullish()
    .transform((embeds) => embeds ?? {}),
});

export type ParsedCourse = z.infer<typeof courseSchema>;
export type CourseEmbed = ParsedCourse['course_embedded_media'][string];
