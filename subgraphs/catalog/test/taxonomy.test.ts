import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedTaxonomy } from '../src/modules/taxonomy/index.js';
import { taxonomyDir } from './support/bundled-data.js';
import { type CatalogUnderTest, startCatalog } from './support/catalog-under-test.js';
import { resource, seedResources } from './support/seed-resources.js';

type TopicNode = { id: string; name: string; code: string; children: TopicNode[] };

describe('taxonomies', () => {
  let catalog: CatalogUnderTest;
  beforeAll(async () => {
    catalog = await startCatalog();
    await seedResources(catalog, [
      resource('algorithms', { topics: ['Algorithms and Data Structures'], topicProvider: 'ocw' }),
      resource('statistics', { topics: ['Statistics'] }),
    ]);
  });
  afterAll(() => catalog.close());

  it('serves the whole topic tree as seeded from topics.yaml', async () => {
    const { data } = await catalog.query<{ topics: TopicNode[] }>(
      '{ topics { id code name children { id code name children { id name } } } }',
    );
    const roots = data?.topics ?? [];
    const count = (nodes: TopicNode[]): number => nodes.reduce((sum, node) => sum + 1 + count(node.children ?? []), 0);
    expect(count(roots)).toBe(109);
    const business = roots.find((root) => root.name === 'Business & Management');
    expect(business).toMatchObject({ code: 'business-management' });
    expect(business?.children).toHaveLength(13);
  });

  it("lists a topic's resources including those of its sub-topics", async () => {
    const parent = await catalog.db.topic.findFirstOrThrow({
      where: { children: { some: { name: 'Algorithms and Data Structures' } } },
    });
    const { data } = await catalog.query<{
      topic: { name: string; resources: { totalCount: number; edges: Array<{ node: { readableId: string } }> } };
    }>(
      'query ($id: ID!) { topic(id: $id) { name resources(sort: TITLE) { totalCount edges { node { readableId } } } } }',
      {
        id: parent.id,
      },
    );
    expect(data?.topic.resources.edges.map((edge) => edge.node.readableId)).toEqual(['algorithms']);
  });

  it('lists offerors, platforms, schools and departments with their school', async () => {
    const { data } = await catalog.query<{
      offerors: Array<{ id: string }>;
      platforms: Array<{ id: string }>;
      schools: Array<{ name: string }>;
      departments: Array<{ id: string; name: string; school: { name: string } | null }>;
    }>('{ offerors { id } platforms { id } schools { name } departments { id name school { name } } }');
    expect(data?.offerors.map((offeror) => offeror.id).sort()).toEqual([
      'bootcamps',
      'climate',
      'mitpe',
      'mitx',
      'ocw',
      'see',
      'xpro',
    ]);
    expect(data?.platforms).toHaveLength(20);
    expect(data?.schools).toHaveLength(6);
    expect(data?.departments.find((department) => department.id === '21A')).toEqual({
      id: '21A',
      name: 'Anthropology',
      school: { name: 'School of Humanities, Arts, and Social Sciences' },
    });
  });

  it('refuses a topic id that cannot exist and answers null for one that does not', async () => {
    expect((await catalog.query('{ topic(id: "computing") { name } }')).errors?.[0]?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect((await catalog.query('{ topic(id: "0190b2a0-0000-7000-8000-00000000ffff") { name } }')).data).toEqual({
      topic: null,
    });
  });

  it('changes nothing when seeded twice', async () => {
    const before = await catalog.db.topicMapping.count();
    expect(await seedTaxonomy(catalog.db, taxonomyDir)).toMatchObject({ topics: 109, platforms: 20 });
    expect(await catalog.db.topicMapping.count()).toBe(before);
    expect(await catalog.db.topic.count()).toBe(109);
  });
});
