import { emptyResource, type ResourceInput } from '../../resource-input.js';
import { cleanText } from '../parse/text.js';
import { youtubeWatchUrl } from '../parse/youtube.js';
import { type CourseEmbed, youtubeStreamId, youtubeThumbnailId } from './course-schema.js';

/** What a course's videos inherit from it: who offers them, in which language, on which subjects. */
type CourseContext = Pick<ResourceInput, 'readableId' | 'title' | 'url' | 'languages' | 'departments' | 'topics'>;

interface CourseVideo {
  youtubeId: string;
  title: string;
  thumbnail: string | null;
}

/**
 * The course's YouTube videos in the order the course lists its embeds, once each. Embeds without a
 * YouTube stream (thumbnails only, transcripts only) are not videos and are passed over.
 */
function videosOf(embeds: Record<string, CourseEmbed>): CourseVideo[] {
  const videos = new Map<string, CourseVideo>();
  for (const embed of Object.values(embeds)) {
    const youtubeId = embed.embedded_media.find((media) => media.id === youtubeStreamId)?.media_location;
    if (!youtubeId || videos.has(youtubeId)) continue;
    const thumbnail = embed.embedded_media.find((media) => media.id === youtubeThumbnailId)?.media_location;
    videos.set(youtubeId, { youtubeId, title: embed.title, thumbnail: cleanText(thumbnail) });
  }
  return [...videos.values()];
}

/**
 * A course's lecture videos as VIDEO resources and one VIDEO_PLAYLIST of them, in the course's order: a
 * learner can find and watch each lecture on its own, and the parsed format is the only place that says
 * which videos make up a course (OCW's YouTube playlists do not exist for every course).
 *
 * Ids are `<course slug>/videos/<YouTube id>` and `<course slug>/videos`: readable, scoped to the course
 * (the same lecture may serve several courses), and unable to collide with course slugs, which have no
 * "/". They derive from the stream's YouTube id rather than the embed uids because the parser copies
 * uids between embeds (in the bundled course, Lecture 8 and Lecture 9 share one embed uid and Lectures 9
 * and 10 one stream uid), so a uid does not name one video.
 */
export function courseVideoResources(embeds: Record<string, CourseEmbed>, course: CourseContext): ResourceInput[] {
  const videos = videosOf(embeds);
  if (videos.length === 0) return [];
  const shared = {
    languages: course.languages,
    offeredBy: 'ocw',
    departments: course.departments,
    topics: course.topics,
    topicProvider: 'ocw',
    availability: 'ANYTIME',
  } as const satisfies Partial<ResourceInput>;
  const playlistId = `${course.readableId}/videos`;
  const members = videos.map(
    (video): ResourceInput => ({
      ...emptyResource({
        platform: 'ocw',
        readableId: `${playlistId}/${video.youtubeId}`,
        resourceType: 'VIDEO',
        title: video.title,
      }),
      ...shared,
      url: youtubeWatchUrl(video.youtubeId),
      image: video.thumbnail ? { url: video.thumbnail, alt: video.title } : null,
    }),
  );
  const cover = members.find((member) => member.image)?.image ?? null;
  const playlist: ResourceInput = {
    ...emptyResource({
      platform: 'ocw',
      readableId: playlistId,
      resourceType: 'VIDEO_PLAYLIST',
      title: `${course.title}: Videos`,
    }),
    ...shared,
    url: course.url,
    image: cover ? { url: cover.url, alt: course.title } : null,
    children: members.map((member) => member.readableId),
  };
  return [...members, playlist];
}
