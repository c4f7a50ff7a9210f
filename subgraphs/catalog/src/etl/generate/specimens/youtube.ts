import { readdir } from 'node:fs/promises';
import { z } from 'zod';
import { plainText, readData, type Specimen, specimen } from './specimen.js';

const snippet = z.object({
  title: z.string(),
  description: z.string().nullish(),
  channelId: z.string(),
  thumbnails: z.record(z.string(), z.object({ url: z.string() })).default({}),
  defaultAudioLanguage: z.string().nullish(),
});
const page = z.object({ items: z.array(z.object({ snippet })) });
const channels = z.object({ items: z.array(z.object({ id: z.string(), snippet: z.object({ title: z.string() }) })) });
const offerors = z.array(z.object({ fields: z.object({ code: z.string(), name: z.string() }) }));

/** Largest first; not every video has the larger sizes. */
const sizes = ['maxres', 'standard', 'high', 'medium', 'default'];

/**
 * MIT's YouTube harvest: videos and playlists, offered by the offeror whose name the channel carries
 * ("MITx Videos" is MITx's channel); other channels offer nothing of ours.
 */
export async function readYoutubeSpecimens(dataDir: string): Promise<Specimen[]> {
  const files = (await readdir(`${dataDir}/mit-learn/youtube`)).sort();
  const offerorNames = (await readData(dataDir, 'mit-learn/taxonomy/offered_by.json', offerors)).map(
    ({ fields }) => fields,
  );
  const offerorOf = new Map<string, string>();
  for (const file of files.filter((name) => name.startsWith('channels.'))) {
    for (const channel of (await readData(dataDir, `mit-learn/youtube/${file}`, channels)).items) {
      const offeror = offerorNames.find(
        ({ name }) => channel.snippet.title === name || channel.snippet.title.startsWith(`${name} `),
      );
      if (offeror) offerorOf.set(channel.id, offeror.code);
    }
  }
  const specimens: Specimen[] = [];
  for (const [prefix, resourceType] of [
    ['videos.', 'VIDEO'],
    ['playlists.', 'VIDEO_PLAYLIST'],
  ] as const) {
    for (const file of files.filter((name) => name.startsWith(prefix))) {
      for (const { snippet: item } of (await readData(dataDir, `mit-learn/youtube/${file}`, page)).items) {
        const size = sizes.find((name) => item.thumbnails[name]);
        specimens.push({
          ...specimen({
            platform: 'youtube',
            offeredBy: offerorOf.get(item.channelId) ?? null,
            resourceType,
            topicProvider: null,
            title: item.title.trim(),
          }),
          description: plainText(item.description),
          imageUrl: size ? (item.thumbnails[size]?.url ?? null) : null,
          languages: [item.defaultAudioLanguage?.slice(0, 2).toLowerCase() || 'en'],
          delivery: ['ONLINE'],
          pace: ['SELF_PACED'],
          format: ['ASYNCHRONOUS'],
          availability: 'ANYTIME',
        });
      }
    }
  }
  return specimens;
}
