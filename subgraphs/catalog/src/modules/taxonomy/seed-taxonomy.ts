import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { Database } from '../../db.js';

/** Django fixtures, as MIT Learn ships its taxonomies: `[{ model, fields: {…} }]`. */
const fixture = <T extends z.ZodRawShape>(fields: T) => z.array(z.object({ fields: z.object(fields) }));

const schoolsFile = fixture({ id: z.number(), name: z.string(), url: z.string().nullish() });
const departmentsFile = fixture({ department_id: z.string(), name: z.string(), school_id: z.number().nullish() });
const platformsFile = fixture({ code: z.string(), name: z.string(), url: z.string().nullish() });
const offerorsFile = fixture({
  code: z.string(),
  name: z.string(),
  professional: z.boolean().default(false),
  value_prop: z.string().nullish(),
});

interface TopicNode {
  id: string;
  name: string;
  icon?: string | null;
  mappings?: Record<string, string[]> | null;
  children?: TopicNode[];
}
const topicNode: z.ZodType<TopicNode> = z.lazy(() =>
  z.object({
    id: z.uuid(),
    name: z.string().min(1),
    icon: z.string().nullish(),
    mappings: z.record(z.string(), z.array(z.string())).nullish(),
    children: z.array(topicNode).optional(),
  }),
);
const topicsFile = z.object({ topics: z.array(topicNode) });

/** A URL-safe code from a name: "Science & Math" → "science-math". */
export const slug = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * Reads one taxonomy file and checks its shape. A file that does not parse or fit fails the whole seed,
 * before anything is written, with one line that names the file and the first problem in it.
 */
async function readTaxonomyFile<T>(dir: string, file: string, schema: z.ZodType<T>): Promise<T> {
  const path = join(dir, file);
  const text = await readFile(path, 'utf8');
  const format = file.endsWith('.yaml') ? 'YAML' : 'JSON';
  let content: unknown;
  try {
    content = format === 'YAML' ? parseYaml(text) : JSON.parse(text);
  } catch (error) {
    throw new Error(`${path}: not valid ${format} (${(error as Error).message.split('\n')[0]})`);
  }
  const parsed = schema.safeParse(content);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `${path}: ${issue ? `${issue.path.join('.') || 'the file'}: ${issue.message}` : 'not the expected format'}`,
    );
  }
  return parsed.data;
}

export interface TaxonomyCounts {
  schools: number;
  departments: number;
  platforms: number;
  offerors: number;
  topics: number;
  topicMappings: number;
}

/**
 * Writes the taxonomies in `dir` (MIT Learn's fixtures and topics.yaml) into the catalog: every entry is
 * created or updated by its stable code, and topic mappings are replaced, in one transaction. Entries
 * no longer in the files stay, because resources may still point at them. Running it twice changes nothing.
 */
export async function seedTaxonomy(db: Database, dir: string): Promise<TaxonomyCounts> {
  const [schools, departments, platforms, offerors] = await Promise.all([
    readTaxonomyFile(dir, 'schools.json', schoolsFile),
    readTaxonomyFile(dir, 'departments.json', departmentsFile),
    readTaxonomyFile(dir, 'platforms.json', platformsFile),
    readTaxonomyFile(dir, 'offered_by.json', offerorsFile),
  ]);
  const topics = await readTaxonomyFile(dir, 'topics.yaml', topicsFile);
  const schoolCode = new Map(schools.map(({ fields }) => [fields.id, slug(fields.name)]));

  const flatTopics: Array<{ node: TopicNode; parentId: string | null }> = [];
  const walk = (nodes: TopicNode[], parentId: string | null) => {
    for (const node of nodes) {
      flatTopics.push({ node, parentId });
      walk(node.children ?? [], node.id);
    }
  };
  walk(topics.topics, null);
  const mappings = flatTopics.flatMap(({ node }) =>
    Object.entries(node.mappings ?? {}).flatMap(([provider, names]) =>
      [...new Set(names)].map((providerName) => ({ provider, providerName, topicId: node.id })),
    ),
  );

  await db.$transaction(
    async (tx) => {
      for (const { fields } of schools) {
        const data = { name: fields.name, url: fields.url ?? null };
        await tx.school.upsert({
          where: { code: slug(fields.name) },
          create: { code: slug(fields.name), ...data },
          update: data,
        });
      }
      for (const { fields } of departments) {
        const data = {
          name: fields.name,
          schoolCode: fields.school_id ? (schoolCode.get(fields.school_id) ?? null) : null,
        };
        await tx.department.upsert({
          where: { code: fields.department_id },
          create: { code: fields.department_id, ...data },
          update: data,
        });
      }
      for (const { fields } of platforms) {
        const data = { name: fields.name, url: fields.url ?? null };
        await tx.platform.upsert({
          where: { code: fields.code },
          create: { code: fields.code, ...data },
          update: data,
        });
      }
      for (const { fields } of offerors) {
        const data = { name: fields.name, professional: fields.professional, description: fields.value_prop ?? null };
        await tx.offeror.upsert({ where: { code: fields.code }, create: { code: fields.code, ...data }, update: data });
      }
      // Parents first, so that every parent exists when its children point at it.
      for (const { node, parentId } of flatTopics) {
        const data = { code: slug(node.name), name: node.name, icon: node.icon ?? null, parentId };
        await tx.topic.upsert({ where: { id: node.id }, create: { id: node.id, ...data }, update: data });
      }
      await tx.topicMapping.deleteMany();
      await tx.topicMapping.createMany({ data: mappings });
    },
    { timeout: 60_000 },
  );
  return {
    schools: schools.length,
    departments: departments.length,
    platforms: platforms.length,
    offerors: offerors.length,
    topics: flatTopics.length,
    topicMappings: mappings.length,
  };
}
