import type { GraphQLResponse } from '@learngraph/service-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CatalogUnderTest, startCatalog } from './support/catalog-under-test.js';
import { emptyRun, resource, seedResources } from './support/seed-resources.js';

type Page = {
  learningResources: {
    totalCount: number;
    edges: Array<{ node: { readableId: string } }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

const listQuery = `query ($filter: LearningResourceFilter, $sort: LearningResourceSort!, $first: Int!, $after: String) {
  learningResources(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount
    edges { node { readableId } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('listing learning resources', () => {
  let catalog: CatalogUnderTest;
  let topicId: (name: string) => Promise<string>;

  beforeAll(async () => {
    catalog = await startCatalog();
    topicId = async (name) => (await catalog.db.topic.findFirstOrThrow({ where: { name } })).id;
    await seedResources(catalog, [
      resource('calculus', {
        title: 'Calculus',
        topics: ['Mathematics'],
        departments: ['18'],
        offeredBy: 'mitx',
        certification: true,
        certificationType: 'COMPLETION',
        prices: [{ amount: 100, currency: 'USD' }],
        delivery: ['ONLINE'],
        languages: ['en'],
        lastModified: day('2024-05-01'),
        runs: [{ ...emptyRun('2030'), startDate: day('2030-09-01'), levels: ['UNDERGRADUATE'] }],
      }),
      resource('algorithms', {
        title: 'algorithms',
        topics: ['Algorithms and Data Structures'],
        topicProvider: 'ocw',
        departments: ['6'],
        offeredBy: 'mitx',
        delivery: ['ONLINE'],
        languages: ['en'],
        lastModified: day('2025-01-01'),
        runs: [{ ...emptyRun('2031'), startDate: day('2031-01-15'), levels: ['GRADUATE'] }],
      }),
      resource('leadership', {
        platform: 'see',
        title: 'Leadership',
        offeredBy: 'see',
        professional: true,
        certificationType: 'PROFESSIONAL',
        certification: true,
        delivery: ['IN_PERSON', 'HYBRID'],
        languages: ['en', 'es'],
        runs: [{ ...emptyRun('cohort-1'), startDate: day('2030-03-01'), prices: [{ amount: 13900, currency: 'USD' }] }],
      }),
      resource('linear-algebra-videos', {
        platform: 'youtube',
        resourceType: 'VIDEO_PLAYLIST',
        title: 'Linear Algebra videos',
        topics: ['Mathematics'],
        offeredBy: 'ocw',
        languages: ['en'],
      }),
      resource('lecture-1', { platform: 'youtube', resourceType: 'VIDEO', title: 'Lecture 1', languages: ['fr'] }),
    ]);
  });
  afterAll(() => catalog.close());

  const list = async (variables: Record<string, unknown>) =>
    catalog.query<Page>(listQuery, { sort: 'NEWEST', first: 100, ...variables });
  const ids = async (variables: Record<string, unknown>) => {
    const { data, errors } = await list(variables);
    expect(errors).toBeUndefined();
    return data?.learningResources.edges.map((edge) => edge.node.readableId).sort();
  };

  it('filters by each field, alternatives within a field and all fields together', async () => {
    expect(await ids({ filter: { resourceTypes: ['VIDEO', 'VIDEO_PLAYLIST'] } })).toEqual([
      'lecture-1',
      'linear-algebra-videos',
    ]);
    expect(await ids({ filter: { resourceTypeGroups: ['LEARNING_MATERIAL'] } })).toEqual([
      'lecture-1',
      'linear-algebra-videos',
    ]);
    expect(await ids({ filter: { offerors: ['see'] } })).toEqual(['leadership']);
    expect(await ids({ filter: { platforms: ['mitxonline'] } })).toEqual(['algorithms', 'calculus']);
    expect(await ids({ filter: { departments: ['6'] } })).toEqual(['algorithms']);
    expect(await ids({ filter: { certification: true } })).toEqual(['calculus', 'leadership']);
    expect(await ids({ filter: { certificationTypes: ['PROFESSIONAL'] } })).toEqual(['leadership']);
    expect(await ids({ filter: { free: true } })).toEqual(['algorithms', 'lecture-1', 'linear-algebra-videos']);
    expect(await ids({ filter: { professional: true } })).toEqual(['leadership']);
    expect(await ids({ filter: { delivery: ['HYBRID'] } })).toEqual(['leadership']);
    expect(await ids({ filter: { levels: ['GRADUATE'] } })).toEqual(['algorithms']);
    expect(await ids({ filter: { languages: ['es', 'fr'] } })).toEqual(['leadership', 'lecture-1']);
    expect(await ids({ filter: { offerors: ['mitx'], levels: ['UNDERGRADUATE'], free: false } })).toEqual(['calculus']);
  });

  it('finds resources of a topic and of all its sub-topics', async () => {
    const mathematics = await topicId('Mathematics');
    expect(await ids({ filter: { topics: [mathematics] } })).toEqual(['calculus', 'linear-algebra-videos']);
    const computing = await catalog.db.topic.findFirstOrThrow({
      where: { children: { some: { name: 'Algorithms and Data Structures' } } },
    });
    expect(await ids({ filter: { topics: [computing.id] } })).toEqual(['algorithms']);
  });

  it('counts the whole filtered list', async () => {
    const { data } = await list({ filter: { languages: ['en'] }, first: 1 });
    expect(data?.learningResources.totalCount).toBe(4);
    expect(data?.learningResources.pageInfo.hasNextPage).toBe(true);
  });

  it.each([
    ['TITLE', ['algorithms', 'calculus', 'leadership', 'lecture-1', 'linear-algebra-videos']],
    ['UPCOMING_START', ['leadership', 'calculus', 'algorithms']],
    ['RECENTLY_MODIFIED', ['algorithms', 'calculus']],
  ])('sorts by %s, paging one at a time through every resource', async (sort, leading) => {
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const response: GraphQLResponse<Page> = await list({ sort, first: 1, after });
      expect(response.errors).toBeUndefined();
      seen.push(...(response.data?.learningResources.edges.map((edge) => edge.node.readableId) ?? []));
      after = response.data?.learningResources.pageInfo.hasNextPage
        ? response.data.learningResources.pageInfo.endCursor
        : null;
    } while (after);
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
    expect(seen.slice(0, leading.length)).toEqual(leading);
  });

  it('sorts by views, most viewed first', async () => {
    await catalog.db.learningResource.updateMany({ where: { readableId: 'lecture-1' }, data: { views: 500 } });
    await catalog.db.learningResource.updateMany({ where: { readableId: 'calculus' }, data: { views: 20 } });
    const { data } = await list({ sort: 'MOST_VIEWED', first: 2 });
    expect(data?.learningResources.edges.map((edge) => edge.node.readableId)).toEqual(['lecture-1', 'calculus']);
  });

  it('refuses a cursor of another order', async () => {
    const { data } = await list({ sort: 'TITLE', first: 1 });
    const { errors } = await list({ sort: 'NEWEST', first: 1, after: data?.learningResources.pageInfo.endCursor });
    expect(errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'after', message: 'a cursor of the TITLE order, not NEWEST' }],
    });
  });

  it.each([
    ['NEWEST', '2024-13-45 10:00:00+00'],
    ['NEWEST', 'yesterday'],
    ['UPCOMING_START', '0000-01-01 00:00:00+00'],
    ['RECENTLY_MODIFIED', '2024-02-30 10:00:00+00'],
    ['MOST_VIEWED', '1e99'],
    ['MOST_VIEWED', '99999999999'],
    ['TITLE', 'a\u0000b'],
  ])('refuses a well-formed %s cursor whose key %j PostgreSQL could not have printed', async (sort, key) => {
    const after = Buffer.from(JSON.stringify([sort, key, '0190b2a0-0000-7000-8000-000000000001'])).toString(
      'base64url',
    );
    const { status, errors } = await list({ sort, first: 1, after });
    expect(status).toBe(200);
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'after' }] });
  });

  it('accepts the keys PostgreSQL prints, infinity included', async () => {
    const cursor = (sort: string, key: string) =>
      Buffer.from(JSON.stringify([sort, key, '0190b2a0-0000-7000-8000-000000000001'])).toString('base64url');
    for (const [sort, key] of [
      ['NEWEST', '2024-01-15 10:00:00.123+00'],
      ['UPCOMING_START', 'infinity'],
      ['RECENTLY_MODIFIED', '-infinity'],
      ['MOST_VIEWED', '0'],
    ] as const) {
      expect((await list({ sort, first: 1, after: cursor(sort, key) })).errors).toBeUndefined();
    }
  });

  it('names every unknown code and every overlong list in the filter', async () => {
    const { errors } = await list({
      filter: {
        topics: ['not-a-topic'],
        offerors: ['mitx', 'harvardx'],
        platforms: ['ocw'],
        departments: ['99'],
        languages: ['english'],
        resourceTypes: Array.from({ length: 51 }, () => 'COURSE'),
      },
    });
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.extensions?.fieldErrors).toEqual([
      { field: 'filter.resourceTypes', message: 'at most 50 values' },
      { field: 'filter.topics.0', message: 'no topic has the id "not-a-topic"' },
      { field: 'filter.languages.0', message: 'an ISO 639 code such as "en"' },
      { field: 'filter.offerors.1', message: 'no offeror has the id "harvardx"' },
      { field: 'filter.departments.0', message: 'no department has the id "99"' },
    ]);
  });

  it('refuses an unknown code named alone, though the page is read while the code is checked', async () => {
    const { data, errors } = await list({ filter: { platforms: ['ocw', 'nowhere'] } });
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'filter.platforms.1', message: 'no platform has the id "nowhere"' }],
    });
  });

  it('reads a page of any size with its offerors, topics and prices in one statement', async () => {
    const pageQuery = `query ($filter: LearningResourceFilter, $first: Int!) {
      learningResources(filter: $filter, first: $first) {
        totalCount edges { node { id offeredBy { name } topics { name } prices { amount } } }
      }
    }`;
    const statements = async (variables: Record<string, unknown>) => {
      await catalog.query(pageQuery, variables);
      catalog.sql.length = 0;
      const { errors } = await catalog.query(pageQuery, variables);
      expect(errors).toBeUndefined();
      return catalog.sql.length;
    };
    expect(await statements({ first: 1 })).toBe(1);
    expect(await statements({ first: 100 })).toBe(1);
    // the filter's codes are checked against the taxonomies the process keeps
    expect(await statements({ first: 100, filter: { offerors: ['mitx', 'see'] } })).toBe(1);
    const mathematics = await topicId('Mathematics');
    expect(await statements({ first: 100, filter: { topics: [mathematics], departments: ['18'] } })).toBe(1);
  });

  it('reads the kept taxonomies again once they change, and takes codes and sub-topics added since', async () => {
    const mathematics = await topicId('Mathematics');
    expect(await ids({ filter: { topics: [mathematics] } })).toEqual(['calculus', 'linear-algebra-videos']);
    const topology = await catalog.db.topic.create({
      data: { id: '0190b2a0-0000-7000-8000-00000000f00d', code: 'topology', name: 'Topology', parentId: mathematics },
    });
    const { knots } = await seedResources(catalog, [resource('knots', { offeredBy: 'mitx' })]);
    if (!knots) throw new Error('not written');
    await catalog.db.resourceTopic.create({ data: { resourceId: knots, topicId: topology.id } });
    expect(await ids({ filter: { topics: [mathematics] } })).toEqual(['calculus', 'knots', 'linear-algebra-videos']);
    expect(await ids({ filter: { topics: [topology.id] } })).toEqual(['knots']);

    // A code added since is taken although the kept taxonomies refuse it, and an empty page is checked too.
    await catalog.db.offeror.create({ data: { code: 'newcomer', name: 'Newcomer' } });
    expect(await ids({ filter: { offerors: ['newcomer'] } })).toEqual([]);
    await catalog.db.department.create({ data: { code: '99', name: 'Ninety-nine' } });
    expect(await ids({ filter: { departments: ['99'] } })).toEqual([]);
    const { errors } = await list({ filter: { offerors: ['nobody'] } });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    await catalog.db.learningResource.delete({ where: { id: knots } });
    await catalog.db.topic.delete({ where: { id: topology.id } });
  });

  it('refuses a page larger than the cap', async () => {
    const { errors } = await list({ first: 101 });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'first' }] });
  });

  it('finds a resource by platform and readable id', async () => {
    const { data } = await catalog.query<{ learningResourceByReadableId: { title: string } | null }>(
      '{ learningResourceByReadableId(platform: "see", readableId: "leadership") { title } }',
    );
    expect(data?.learningResourceByReadableId).toEqual({ title: 'Leadership' });
    const missing = await catalog.query(
      '{ learningResourceByReadableId(platform: "ocw", readableId: "leadership") { title } }',
    );
    expect(missing.data).toEqual({ learningResourceByReadableId: null });
  });

  it('refuses a look-up by an empty or overlong platform or readable id, naming each', async () => {
    const { errors } = await catalog.query(
      'query ($p: ID!, $r: String!) { learningResourceByReadableId(platform: $p, readableId: $r) { title } }',
      { p: ' ', r: 'x'.repeat(256) },
    );
    expect(errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [
        { field: 'platform', message: 'must not be empty' },
        { field: 'readableId', message: 'at most 255 characters' },
      ],
    });
  });

  it('keeps counts exact as the catalog changes, remembering them only while nothing they filter on does', async () => {
    const mathematics = await topicId('Mathematics');
    const count = async () =>
      (await list({ filter: { topics: [mathematics] }, first: 1 })).data?.learningResources.totalCount;
    const version = async () => (await catalog.db.resourceListVersion.findUniqueOrThrow({ where: { id: 1 } })).version;
    expect(await count()).toBe(2);

    const { probability } = await seedResources(catalog, [resource('probability', { topics: ['Mathematics'] })]);
    expect(await count()).toBe(3);
    const counted = await version();
    await catalog.db.learningResource.update({ where: { id: probability }, data: { views: { increment: 1 } } });
    expect(await version()).toBe(counted);
    await catalog.db.learningResource.update({ where: { id: probability }, data: { published: false } });
    expect(await count()).toBe(2);
    await catalog.db.learningResource.update({ where: { id: probability }, data: { published: true } });
    await catalog.db.resourceTopic.deleteMany({ where: { resourceId: probability } });
    expect(await count()).toBe(2);
    await catalog.db.learningResource.delete({ where: { id: probability } });
    expect(await count()).toBe(2);
  });

  it('shows each resource in a list exactly as a look-up by id shows it', async () => {
    const { workshop } = await seedResources(catalog, [
      resource('workshop', {
        title: 'Design Workshop',
        description: 'Build things.',
        fullDescription: 'Build things, **together**.',
        url: 'https://example.edu/workshop',
        image: { url: 'https://example.edu/workshop.png', alt: 'A bench' },
        topics: ['Mathematics', 'Algorithms and Data Structures'],
        departments: ['6', '18'],
        offeredBy: 'mitx',
        prices: [
          { amount: 1499.95, currency: 'USD' },
          { amount: 0.1, currency: 'EUR' },
        ],
        delivery: ['ONLINE', 'HYBRID'],
        pace: ['SELF_PACED'],
        format: ['SYNCHRONOUS'],
        availability: 'DATED',
        languages: ['en', 'de'],
        duration: '3 weeks',
        timeCommitment: '4-6 hrs/wk',
        minWeeks: 2,
        maxWeeks: 3,
        minWeeklyHours: 4.25,
        maxWeeklyHours: 6.5,
        location: 'Cambridge, MA',
        lastModified: new Date('2024-02-29T12:34:56.789Z'),
        runs: [{ ...emptyRun('spring'), startDate: day('2031-03-01'), levels: ['GRADUATE', 'ADVANCED'] }],
      }),
    ]);
    const fields = `id readableId resourceType resourceTypeGroup title description fullDescription url
      image { url alt } published languages certification certificationType professional free delivery pace
      format availability levels duration timeCommitment minWeeks maxWeeks minWeeklyHours maxWeeklyHours
      location nextStartDate views lastModified createdAt source platform { id }
      offeredBy { id name professional description } departments { id }
      topics { id code name icon parent { id } } prices { amount currency } runs { runId }`;
    const listed = await catalog.query<{ learningResources: { edges: Array<{ node: { id: string } }> } }>(
      `{ learningResources(filter: { offerors: ["mitx"] }, sort: TITLE, first: 100) {
        edges { node { ${fields} } } } }`,
    );
    const node = listed.data?.learningResources.edges.find((edge) => edge.node.id === workshop)?.node;
    const found = await catalog.query<{ learningResource: unknown }>(
      `query ($id: ID!) { learningResource(id: $id) { ${fields} } }`,
      { id: workshop },
    );
    expect(found.errors).toBeUndefined();
    expect(node).toMatchObject({ minWeeklyHours: 4.25, prices: [{ amount: 1499.95 }, { amount: 0.1 }] });
    expect(node).toEqual(found.data?.learningResource);
  });
});
