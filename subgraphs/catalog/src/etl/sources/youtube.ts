import type { ImportSource } from '../source.js';
import { joinPages, type YoutubeRecord } from './youtube/pages.js';
import { playlistResource } from './youtube/playlist.js';
import { videoResource } from './youtube/video.js';

/**
 * Videos and playlists of MIT's YouTube channels, from the pages of the YouTube Data API v3 as a harvest
 * stores them (`channels.list`, `playlists.list`, `playlistItems.list`, `videos.list` responses, one page
 * per file, told apart by `kind`). Videos become VIDEO resources keyed by their YouTube id, playlists
 * VIDEO_PLAYLIST resources whose members are their videos; the offeror follows the publishing channel.
 *
 * A full feed: a harvest pages through every playlist and video of the configured channels, so a video or
 * playlist it no longer returns has been taken down. Import a subset (one channel) with `--partial`.
 *
 * @example
 * await runImport(db, youtube, ['data/mit-learn/youtube']);
 */
export const youtube: ImportSource = {
  name: 'youtube',
  description: 'YouTube videos and playlists from YouTube Data API v3 list pages (channels, playlists, items, videos)',
  fullFeed: true,
  records: joinPages,
  transform({ value }) {
    const record = value as YoutubeRecord;
    return record.kind === 'video' ? videoResource(record.video) : playlistResource(record);
  },
};
