import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bundledDataDir,
  type GeneratedResource,
  generateCatalog,
  loadVocabulary,
  recordViews,
  type Vocabulary,
} from '../src/etl/generate/index.js';
import { plainText } from '../src/etl/generate/specimens/index.js';
import { loadResources } from '../src/etl/load-resources.js';
import { resourceProblems } from '../src/modules/learning-resources/index.js';
import { loadTaxonomyIndex } from '../src/modules/taxonomy/index.js';
import { type CatalogUnderTest, startCatalog } from './support/catalog-under-test.js';

const now = new Date('2026-03-01T00:00:00Z');

/** Every string of the bundled provider files, as plain text, for checking where generated words come from. */
async function bundledText(dir: string): Promise<string> {
  const strings: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === 'string') strings.push(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    const path = join(entry.parentPath, entry.name);
    if (entry.name.endsWith('.json')) collect(JSON.parse(await readFile(path, 'utf8')));
    else if (/\.(csv|yaml)$/.test(entry.name)) strings.push(await readFile(path, 'utf8'));
  }
  return strings.map((text) => plainText(text) ?? '').join('\n');
}

const bare = (word: string) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
/** Words between spaces, and for the data also between list separators ("3T2018,Launching", "Kotelly|Reza"). */
const wordsOf = (text: string, separators = /\s+/) => text.split(separators).map(bare).filter(Boolean);

describe('generating a catalog', () => {
  let vocabulary: Vocabulary;
  let catalog: GeneratedResource[];

  beforeAll(async () => {
    vocabulary = await loadVocabulary();
    catalog = await generateCatalog({ count: 2000, seed: 42, now, vocabulary });
  });

  it('gives the same catalog, byte for byte, for the same seed and count, and another for another seed', async () => {
    const again = await generateCatalog({ count: 2000, seed: 42, now, vocabulary });
    expect(JSON.stringify(again)).toBe(JSON.stringify(catalog));
    const other = await generateCatalog({ count: 2000, seed: 43, now, vocabulary });
    expect(other).toHaveLength(2000);
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(catalog));
  });

  it('draws every title word, description sentence and instructor from the bundled data', async () => {
    const text = await bundledText(bundledDataDir);
    const known = new Set(wordsOf(text, /[\s,|]+/));
    const titleWords = new Set(catalog.flatMap((resource) => wordsOf(resource.title)));
    expect([...titleWords].filter((word) => !known.has(word) && !/^\d+$/.test(word))).toEqual([]);
    // Descriptions join real sentences with spaces: every stretch between sentence ends lies within one.
    const sentences = new Set(
      catalog.flatMap((resource) =>
        (resource.fullDescription ?? resource.description ?? '').split(/(?<=[.!?]["”)]?)\s+/),
      ),
    );
    sentences.delete('');
    expect(sentences.size).toBeGreaterThan(100);
    expect([...sentences].filter((sentence) => !text.includes(sentence))).toEqual([]);
    const instructors = new Set(catalog.flatMap((resource) => resource.runs.flatMap((run) => run.instructors)));
    expect(instructors.size).toBeGreaterThan(50);
    // Bootcamps list first and last names apart, so names are checked word by word.
    expect([...instructors].filter((name) => !wordsOf(name).every((word) => known.has(word)))).toEqual([]);
  });

  it('mixes resource types like the real catalog, with members before their parents', () => {
    const byType = new Map<string, number>();
    for (const resource of catalog) byType.set(resource.resourceType, (byType.get(resource.resourceType) ?? 0) + 1);
    const share = (type: string) => (byType.get(type) ?? 0) / catalog.length;
    expect(share('COURSE')).toBeGreaterThan(0.4);
    expect(share('COURSE')).toBeLessThan(0.7);
    expect(share('VIDEO')).toBeGreaterThan(0.15);
    for (const type of ['PROGRAM', 'VIDEO_PLAYLIST', 'PODCAST', 'PODCAST_EPISODE', 'DOCUMENT']) {
      expect(share(type), type).toBeGreaterThan(0);
      expect(share(type), type).toBeLessThan(share('COURSE'));
    }
    const memberType = { PROGRAM: 'COURSE', VIDEO_PLAYLIST: 'VIDEO', PODCAST: 'PODCAST_EPISODE' } as Record<
      string,
      string
    >;
    const seen = new Map<string, GeneratedResource>();
    for (const resource of catalog) {
      for (const child of resource.children) {
        expect(seen.get(`${resource.platform}/${child}`)?.resourceType).toBe(memberType[resource.resourceType]);
      }
      seen.set(`${resource.platform}/${resource.readableId}`, resource);
    }
    expect(seen.size).toBe(catalog.length);
    expect(catalog.filter((resource) => resource.children.length > 0).length).toBeGreaterThan(20);
  });

  it('places runs before and after now, and mixes free and priced, certified and not, dated and not', () => {
    const starts = catalog.flatMap((resource) =>
      resource.runs.flatMap((run) => (run.startDate ? [run.startDate] : [])),
    );
    expect(starts.filter((start) => start < now).length).toBeGreaterThan(50);
    expect(starts.filter((start) => start > now).length).toBeGreaterThan(50);
    const courses = catalog.filter((resource) => resource.resourceType === 'COURSE');
    const priced = courses.filter(
      (resource) => [...resource.prices, ...resource.runs.flatMap((run) => run.prices)].length > 0,
    );
    expect(priced.length / courses.length).toBeGreaterThan(0.1);
    expect(priced.length / courses.length).toBeLessThan(0.9);
    expect(new Set(catalog.map((resource) => resource.certification))).toEqual(new Set([true, false]));
    expect(new Set(catalog.flatMap((resource) => resource.delivery))).toEqual(
      new Set(['ONLINE', 'IN_PERSON', 'HYBRID']),
    );
    const views = catalog.map((resource) => resource.views).sort((a, b) => a - b);
    // Skewed: the most viewed resource has many times the views of the median one.
    expect(views.at(-1) ?? 0).toBeGreaterThan(20 * (views[views.length / 2] ?? 0));
  });

  describe('loaded through the import path', () => {
    let service: CatalogUnderTest;

    beforeAll(async () => {
      service = await startCatalog();
      const counts = await loadResources(service.db, 'generated', catalog);
      expect(counts.created).toBe(catalog.length);
      await recordViews(service.db, catalog);
    });
    afterAll(() => service.close());

    it('passes every check an import makes, with every topic resolving and readable ids unique per platform', async () => {
      const taxonomy = await loadTaxonomyIndex(service.db);
      expect(
        catalog.flatMap((input) =>
          resourceProblems(input, taxonomy).map((problem) => `${input.readableId} ${problem.field}`),
        ),
      ).toEqual([]);
      const unresolved = catalog.flatMap((input) =>
        input.topics.filter((name) => taxonomy.topicIds(name, input.topicProvider).length === 0),
      );
      expect(unresolved).toEqual([]);
      expect(new Set(catalog.map((input) => `${input.platform}/${input.readableId}`)).size).toBe(catalog.length);
    });

    it('answers a filtered, sorted page and the next one exactly as SQL counts and orders them', async () => {
      // The root topic with the most priced courses and programs, so that the list runs over several pages.
      const [{ id: topicId } = { id: '' }] = await service.db.$queryRaw<Array<{ id: string }>>`
        SELECT root.id FROM topic root
        JOIN topic node ON node.id = root.id OR node.parent_id = root.id
        JOIN resource_topic link ON link.topic_id = node.id
        JOIN learning_resource r ON r.id = link.resource_id
        WHERE root.parent_id IS NULL AND r.resource_type IN ('COURSE', 'PROGRAM') AND NOT r.free
        GROUP BY root.id ORDER BY count(DISTINCT r.id) DESC, root.id LIMIT 1`;
      const expected = await service.db.$queryRaw<Array<{ id: string }>>`
        SELECT r.id FROM learning_resource r
        WHERE r.published AND r.resource_type IN ('COURSE', 'PROGRAM') AND NOT r.free
          AND EXISTS (SELECT 1 FROM resource_topic link JOIN topic node ON node.id = link.topic_id
                      WHERE link.resource_id = r.id AND (node.id = ${topicId}::uuid OR node.parent_id = ${topicId}::uuid))
        ORDER BY r.next_start_date ASC NULLS LAST, r.id ASC`;
      expect(expected.length).toBeGreaterThan(40);

      type Page = {
        learningResources: {
          totalCount: number;
          edges: Array<{ node: { id: string; resourceType: string; free: boolean } }>;
          pageInfo: { endCursor: string };
        };
      };
      const query = `query ($filter: LearningResourceFilter, $after: String) {
        learningResources(filter: $filter, sort: UPCOMING_START, first: 20, after: $after) {
          totalCount edges { node { id resourceType free } } pageInfo { endCursor }
        }
      }`;
      const filter = { resourceTypeGroups: ['COURSE', 'PROGRAM'], free: false, topics: [topicId] };
      const first = await service.query<Page>(query, { filter });
      expect(first.errors).toBeUndefined();
      expect(first.data?.learningResources.totalCount).toBe(expected.length);
      expect(first.data?.learningResources.edges.map((edge) => edge.node.id)).toEqual(
        expected.slice(0, 20).map((row) => row.id),
      );
      const second = await service.query<Page>(query, {
        filter,
        after: first.data?.learningResources.pageInfo.endCursor,
      });
      expect(second.data?.learningResources.edges.map((edge) => edge.node.id)).toEqual(
        expected.slice(20, 40).map((row) => row.id),
      );
    });

    it('links every member to its program, playlist or podcast, in order', async () => {
      const parent = catalog.find(
        (resource) => resource.resourceType === 'VIDEO_PLAYLIST' && resource.children.length > 2,
      );
      const { data } = await service.query<{
        learningResourceByReadableId: { members: Array<{ resource: { readableId: string } }> } | null;
      }>(
        'query ($platform: ID!, $id: String!) { learningResourceByReadableId(platform: $platform, readableId: $id) { members { resource { readableId } } } }',
        {
          platform: parent?.platform,
          id: parent?.readableId,
        },
      );
      expect(data?.learningResourceByReadableId?.members.map((member) => member.resource.readableId)).toEqual(
        parent?.children,
      );
    });
  });
});
