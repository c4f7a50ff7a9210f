import { waitFor } from '@learngraph/service-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeResources } from '../src/modules/learning-resources/index.js';
import { loadTaxonomyIndex } from '../src/modules/taxonomy/index.js';
import { type CatalogUnderTest, startCatalog } from './support/catalog-under-test.js';
import { resource, seedResources } from './support/seed-resources.js';

type Page = { learningResources: { totalCount: number; edges: Array<{ node: { readableId: string } }> } };

/**
 * Lists filter on topic ids and department codes that triggers copy from a resource's links onto its row
 * (see the list_index_only migration), so that the sort indexes can hold them. These tests change links in
 * every way the database allows and check that the lists follow.
 */
describe('topic and department filters follow the links', () => {
  let catalog: CatalogUnderTest;
  let topicId: (name: string) => Promise<string>;

  beforeAll(async () => {
    catalog = await startCatalog();
    topicId = async (name) => (await catalog.db.topic.findFirstOrThrow({ where: { name } })).id;
  });
  afterAll(() => catalog.close());

  const listed = async (filter: Record<string, unknown>, sort = 'NEWEST') => {
    const { data, errors } = await catalog.query<Page>(
      `query ($filter: LearningResourceFilter, $sort: LearningResourceSort!) {
        learningResources(filter: $filter, sort: $sort, first: 100) { totalCount edges { node { readableId } } }
      }`,
      { filter, sort },
    );
    expect(errors).toBeUndefined();
    const names = data?.learningResources.edges.map((edge) => edge.node.readableId) ?? [];
    expect(data?.learningResources.totalCount).toBe(names.length);
    return names.sort();
  };
  const linkArrays = async (id: string) => {
    const [row] = await catalog.db.$queryRaw<Array<{ topic_ids: string[]; department_ids: string[] }>>`
      SELECT topic_ids, department_ids FROM learning_resource WHERE id = ${id}::uuid`;
    return row;
  };

  it('follows imports, direct link writes, link updates and deletions', async () => {
    const mathematics = await topicId('Mathematics');
    const physics = await topicId('Physics');
    const { ode } = await seedResources(catalog, [resource('ode', { topics: ['Mathematics'], departments: ['18'] })]);
    if (!ode) throw new Error('not written');
    expect(await listed({ topics: [mathematics] })).toEqual(['ode']);
    expect(await listed({ departments: ['18'] })).toEqual(['ode']);

    // A re-import replaces the links (deleted, then inserted, in one transaction).
    await catalog.db.$transaction(async (tx) =>
      writeResources(tx, await loadTaxonomyIndex(tx), [
        {
          input: resource('ode', { topics: ['Physics'], departments: ['6', '8'] }),
          source: 'test',
          sourceHash: null,
          existingId: ode,
        },
      ]),
    );
    expect(await listed({ topics: [mathematics] })).toEqual([]);
    expect(await listed({ topics: [physics] })).toEqual(['ode']);
    expect(await listed({ departments: ['18'] })).toEqual([]);
    expect(await listed({ departments: ['8'] })).toEqual(['ode']);
    expect((await linkArrays(ode))?.department_ids).toEqual(['6', '8']);

    await catalog.db.resourceTopic.create({ data: { resourceId: ode, topicId: mathematics } });
    expect(await listed({ topics: [mathematics] }, 'TITLE')).toEqual(['ode']);
    await catalog.db.resourceTopic.updateMany({
      where: { resourceId: ode, topicId: mathematics },
      data: { topicId: await topicId('Chemistry') },
    });
    expect(await listed({ topics: [mathematics] }, 'UPCOMING_START')).toEqual([]);
    expect(await listed({ topics: [await topicId('Chemistry')] }, 'MOST_VIEWED')).toEqual(['ode']);

    await catalog.db.resourceDepartment.deleteMany({ where: { resourceId: ode, departmentId: '6' } });
    expect(await listed({ departments: ['6'] }, 'RECENTLY_MODIFIED')).toEqual([]);

    // A clean-up of the taxonomy removes every link to a topic at once.
    const chemistry = await topicId('Chemistry');
    await catalog.db.resourceTopic.deleteMany({ where: { topicId: chemistry } });
    expect(await linkArrays(ode)).toEqual({ topic_ids: [physics], department_ids: ['8'] });
  });

  it('keeps both of two links written at once by two transactions', async () => {
    const { spectra } = await seedResources(catalog, [resource('spectra', { topics: [] })]);
    if (!spectra) throw new Error('not written');
    const [first, second] = [await topicId('Humanities'), await topicId('Engineering')];
    let commitFirst = () => {};
    const firstMayCommit = new Promise<void>((resolve) => {
      commitFirst = resolve;
    });
    let firstLinked = () => {};
    const firstHasLinked = new Promise<void>((resolve) => {
      firstLinked = resolve;
    });
    const writingFirst = catalog.db.$transaction(
      async (tx) => {
        await tx.resourceTopic.create({ data: { resourceId: spectra, topicId: first } });
        firstLinked();
        await firstMayCommit;
      },
      { timeout: 20_000 },
    );
    await firstHasLinked;
    // Prisma sends a query only once it is awaited or `then` is called.
    const writingSecond = catalog.db.resourceTopic
      .create({ data: { resourceId: spectra, topicId: second } })
      .then(() => undefined);
    // The second link's trigger waits for the first transaction's lock on the resource.
    await waitFor(async () => {
      const [row] = await catalog.db.$queryRaw<Array<{ waiting: number }>>`
        SELECT count(*)::int AS waiting FROM pg_stat_activity
        WHERE datname = current_database() AND wait_event_type = 'Lock'`;
      return (row?.waiting ?? 0) > 0;
    });
    commitFirst();
    await Promise.all([writingFirst, writingSecond]);
    expect((await linkArrays(spectra))?.topic_ids).toEqual([first, second].sort());
    expect(await listed({ topics: [second] })).toEqual(['spectra']);
  });

  it('orders by title as a lower-cased title, after a rename too', async () => {
    const { zeta } = await seedResources(catalog, [
      resource('zeta', { title: 'Zeta functions', departments: ['12'] }),
      resource('alpha', { title: 'alpha particles', departments: ['12'] }),
    ]);
    if (!zeta) throw new Error('not written');
    const titleOrder = async () => {
      const { data } = await catalog.query<Page>(
        '{ learningResources(filter: { departments: ["12"] }, sort: TITLE, first: 10) { totalCount edges { node { readableId } } } }',
      );
      return data?.learningResources.edges.map((edge) => edge.node.readableId);
    };
    expect(await titleOrder()).toEqual(['alpha', 'zeta']);
    await catalog.db.learningResource.update({ where: { id: zeta }, data: { title: 'Aardvark studies' } });
    expect(await titleOrder()).toEqual(['zeta', 'alpha']);
  });
});
