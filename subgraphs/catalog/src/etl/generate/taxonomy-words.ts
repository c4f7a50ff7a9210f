import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';

/** What the generator needs of the taxonomy: which topic names resolve, and where platforms live. */
export interface TaxonomyWords {
  /** The names of our own topics, which resolve for any provider. */
  topicNames: string[];
  /** Per provider ("ocw", "mitx"…), the topic names its mappings list. */
  mappings: Map<string, string[]>;
  /** Platform code → its site, for platforms that have one. */
  platformUrls: Map<string, string>;
}

interface TopicNode {
  name: string;
  mappings?: Record<string, string[]> | null;
  children?: TopicNode[] | null;
}
const topicNode: z.ZodType<TopicNode> = z.lazy(() =>
  z.object({
    name: z.string(),
    mappings: z.record(z.string(), z.array(z.string())).nullish(),
    children: z.array(topicNode).nullish(),
  }),
);
const topicsFile = z.object({ topics: z.array(topicNode) });
const platformsFile = z.array(z.object({ fields: z.object({ code: z.string(), url: z.string().nullish() }) }));

/** Reads MIT Learn's topics.yaml and platforms.json from the taxonomy folder the catalog seeds from. */
export async function readTaxonomyWords(taxonomyDir: string): Promise<TaxonomyWords> {
  const topics = topicsFile.parse(parseYaml(await readFile(join(taxonomyDir, 'topics.yaml'), 'utf8')));
  const platforms = platformsFile.parse(JSON.parse(await readFile(join(taxonomyDir, 'platforms.json'), 'utf8')));
  const topicNames: string[] = [];
  const mappings = new Map<string, string[]>();
  const walk = (nodes: TopicNode[]) => {
    for (const node of nodes) {
      topicNames.push(node.name);
      for (const [provider, names] of Object.entries(node.mappings ?? {})) {
        mappings.set(provider, [...(mappings.get(provider) ?? []), ...names]);
      }
      walk(node.children ?? []);
    }
  };
  walk(topics.topics);
  return {
    topicNames,
    mappings: new Map([...mappings].map(([provider, names]) => [provider, [...new Set(names)]])),
    platformUrls: new Map(platforms.flatMap(({ fields }) => (fields.url ? [[fields.code, fields.url] as const] : []))),
  };
}
