import { z } from 'zod';
import type { ResourceInput } from '../../resource-input.js';

/**
 * MIT offerors' YouTube channels, by channel id (titles change, ids do not), as MIT's open-video-data
 * configuration assigns them. Other channels (MITCSAIL among them: CSAIL is a platform, not an offeror)
 * offer nothing of ours, so their videos have no offeror.
 */
const channelOfferors: Record<string, string> = {
  UCEBb1b_L6zDS3xTUrIALZOw: 'ocw', // MIT OpenCourseWare
  UCTBMWu8yshnAmpzR3MoJFtw: 'mitx', // MITx Videos
};

/** The offeror code of the channel that published a video or playlist, or null. */
export const offerorOf = (channelId: string | null | undefined) => (channelId && channelOfferors[channelId]) || null;

/** A snippet's thumbnails by size name (`default`, `medium`, `high`, `standard`, `maxres`). */
export const thumbnailsSchema = z
  .record(z.string(), z.object({ url: z.url({ protocol: /^https?$/ }) }))
  .nullish()
  .transform((thumbnails) => thumbnails ?? {});

/** The API's sizes from largest to smallest; not every video has the larger ones. */
const sizes = ['maxres', 'standard', 'high', 'medium', 'default'];

/** The largest thumbnail YouTube offers, described by the title it illustrates. */
export function bestThumbnail(thumbnails: Record<string, { url: string }>, title: string): ResourceInput['image'] {
  const size = sizes.find((name) => thumbnails[name]) ?? Object.keys(thumbnails)[0];
  const thumbnail = size === undefined ? undefined : thumbnails[size];
  return thumbnail ? { url: thumbnail.url, alt: title } : null;
}

/** The `status` part, when the harvest asked for it. */
export const statusSchema = z.object({ privacyStatus: z.string().nullish() }).nullish();

/** Only what the owner made public is for the catalog; private and unlisted items are not. */
export const isPublic = (status: z.infer<typeof statusSchema>) =>
  !status?.privacyStatus || status.privacyStatus === 'public';
