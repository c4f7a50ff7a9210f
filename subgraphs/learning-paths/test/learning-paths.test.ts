import { randomUUID } from 'node:crypto';
import type { GraphQLResponse } from '@learngraph/service-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogEvent, type LearningPathsUnderTest, startLearningPaths } from './support/learning-paths-under-test.js';
import { createPath, mutateInput, order, publishResources, readPath } from './support/path-operations.js';

describe('creating learning paths', () => {
  let paths: LearningPathsUnderTest;
  let token: string;
  const author = randomUUID();
  let resources: string[];
  const withdrawn = { id: randomUUID(), title: 'Withdrawn course', published: false };

  beforeAll(async () => {
    paths = await startLearningPaths();
    resources = await publishResources(paths, 5);
    await paths.applyCatalogEvent(catalogEvent(withdrawn, 1));
    token = await paths.tokenFor(author);
  });
  afterAll(() => paths.close());

  it('lets a signed-in user create a private path whose items keep the order given', async () => {
    const items = [resources[2], resources[0], resources[4]].map((resourceId) => ({ resourceId }));
    const path = await createPath(paths, token, {
      title: '  Start here  ',
      description: '',
      topics: [' Machine  learning ', 'Python'],
      items: [{ ...items[0], note: 'Begin with this', required: false }, ...items.slice(1)],
    });
    expect(path).toMatchObject({
      title: 'Start here',
      description: null,
      topics: ['Machine learning', 'Python'],
      visibility: 'PRIVATE',
      version: 1,
      author: { id: author },
      viewerCanEdit: true,
    });
    expect(order(path)).toEqual(items.map((item) => item.resourceId));
    expect(path.items.map((item) => [item.position, item.note, item.required])).toEqual([
      [1, 'Begin with this', false],
      [2, null, true],
      [3, null, true],
    ]);
  });

  it('refuses anonymous authors', async () => {
    const { errors } = await mutateInput(paths, 'learningPathCreate', 'LearningPathCreateInput', { title: 'Mine' });
    expect(errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('reports each bad field in the response and creates nothing', async () => {
    const before = await paths.db.learningPath.count();
    const bad = await mutateInput(
      paths,
      'learningPathCreate',
      'LearningPathCreateInput',
      { title: 'x'.repeat(201), topics: ['AI', 'ai', 'y'.repeat(51)] },
      token,
    );
    expect(bad.response).toMatchObject({ success: false, record: null });
    expect(bad.response?.errors).toEqual([
      { code: 'BAD_USER_INPUT', field: 'title', message: 'at most 200 characters' },
      { code: 'BAD_USER_INPUT', field: 'topics.2', message: 'at most 50 characters' },
      { code: 'BAD_USER_INPUT', field: 'topics.1', message: 'listed twice' },
    ]);
    const items = [resources[0], 'nope', resources[0], withdrawn.id, randomUUID()].map((resourceId) => ({
      resourceId,
    }));
    const { response } = await mutateInput(
      paths,
      'learningPathCreate',
      'LearningPathCreateInput',
      { title: 'Fine', items },
      token,
    );
    expect(response?.errors.map((error) => [error.field, error.message])).toEqual([
      ['items.1.resourceId', 'not a valid id'],
      ['items.2', 'this resource is already in the path'],
    ]);
    const unknown = await mutateInput(
      paths,
      'learningPathCreate',
      'LearningPathCreateInput',
      { title: 'Fine', items: [items[0], items[3], items[4]] },
      token,
    );
    expect(unknown.response?.errors.map((error) => [error.field, error.message])).toEqual([
      ['items.1.resourceId', 'no published learning resource has this id'],
      ['items.2.resourceId', 'no published learning resource has this id'],
    ]);
    expect(await paths.db.learningPath.count()).toBe(before);
  });

  it('keeps an unpublished resource in its paths, shown as unavailable', async () => {
    const path = await createPath(paths, token, { title: 'Soon gone', items: [{ resourceId: resources[3] }] });
    await paths.applyCatalogEvent(catalogEvent({ id: resources[3] ?? '', title: 'Gone', published: false }, 2));
    const after = await readPath(paths, path.id, token);
    expect(after?.items).toEqual([expect.objectContaining({ available: false, resource: { id: resources[3] } })]);
  });

  it('keeps the newest catalog version of a resource whatever order events arrive in', async () => {
    const resource = { id: randomUUID(), title: 'Version 3', published: true };
    await paths.applyCatalogEvent(catalogEvent(resource, 3));
    await paths.applyCatalogEvent(catalogEvent({ ...resource, title: 'Version 2', published: false }, 2));
    await paths.applyCatalogEvent(catalogEvent({ ...resource, title: 'Version 3 again' }, 3));
    const stored = await paths.db.knownResource.findUniqueOrThrow({ where: { id: resource.id } });
    expect(stored).toMatchObject({ title: 'Version 3', published: true, version: 3 });
  });

  it('applies an event once however often, and however concurrently, it is delivered', async () => {
    const event = catalogEvent({ id: randomUUID(), title: 'Delivered five times', published: true }, 1);
    await Promise.all(Array.from({ length: 5 }, () => paths.applyCatalogEvent(event)));
    await paths.applyCatalogEvent(event);
    expect(await paths.db.inboxEvent.count({ where: { id: event.id } })).toBe(1);
    expect(await paths.db.knownResource.findUnique({ where: { id: event.aggregateId } })).toMatchObject({ version: 1 });
  });
});

describe('browsing public paths', () => {
  let paths: LearningPathsUnderTest;
  const created: Array<{ id: string; title: string }> = [];

  beforeAll(async () => {
    paths = await startLearningPaths();
    const authors = [randomUUID(), randomUUID()];
    for (let index = 0; index < 12; index += 1) {
      const token = await paths.tokenFor(authors[index % 2] ?? '');
      const visibility = index % 4 === 3 ? 'PRIVATE' : index % 4 === 2 ? 'UNLISTED' : 'PUBLIC';
      const topics = index % 2 === 0 ? ['Python'] : ['History'];
      created.push(await createPath(paths, token, { title: `Path ${index}`, visibility, topics }));
    }
    // followers: Path 4 has 3, Path 1 has 2, Path 0 has 1
    for (const [title, count] of [
      ['Path 4', 3],
      ['Path 1', 2],
      ['Path 0', 1],
    ] as const) {
      const path = created.find((candidate) => candidate.title === title);
      for (let follower = 0; follower < count; follower += 1) {
        await paths.query(
          'mutation ($id: ID!) { learningPathFollow(id: $id) { success } }',
          { id: path?.id },
          await paths.tokenFor(randomUUID()),
        );
      }
    }
  });
  afterAll(() => paths.close());

  type Page = {
    learningPaths: {
      totalCount: number;
      edges: Array<{ node: { title: string; followerCount: number } }>;
      pageInfo: { hasNextPage: boolean; endCursor: string };
    };
  };
  const browse = (variables: Record<string, unknown>) =>
    paths.query<Page>(
      `query ($filter: LearningPathFilter, $sort: LearningPathSort!, $first: Int!, $after: String) {
        learningPaths(filter: $filter, sort: $sort, first: $first, after: $after) {
          totalCount edges { node { title followerCount } } pageInfo { hasNextPage endCursor } } }`,
      { sort: 'NEWEST', first: 20, ...variables },
    );

  it('lists only public paths, newest first, to anyone', async () => {
    const { data } = await browse({});
    const titles = [0, 1, 4, 5, 8, 9].reverse().map((index) => `Path ${index}`);
    expect(data?.learningPaths.edges.map((edge) => edge.node.title)).toEqual(titles);
    expect(data?.learningPaths.totalCount).toBe(6);
  });

  it('filters by topic and pages through the most followed', async () => {
    const python = await browse({ filter: { topic: 'Python' } });
    expect(python.data?.learningPaths.edges.map((edge) => edge.node.title)).toEqual(['Path 8', 'Path 4', 'Path 0']);
    const titles: string[] = [];
    let after: string | null = null;
    do {
      const page: GraphQLResponse<Page> = await browse({ sort: 'MOST_FOLLOWED', first: 4, after });
      titles.push(...(page.data?.learningPaths.edges.map((edge) => edge.node.title) ?? []));
      after = page.data?.learningPaths.pageInfo.hasNextPage ? page.data.learningPaths.pageInfo.endCursor : null;
    } while (after);
    expect(titles.slice(0, 3)).toEqual(['Path 4', 'Path 1', 'Path 0']);
    expect(titles).toHaveLength(6);
  });

  it.each([
    ['NEWEST', ['-100000-01-01T00:00:00.000Z', randomUUID()]],
    ['NEWEST', ['March 7, 2024', randomUUID()]],
    ['MOST_FOLLOWED', ['99999999999', randomUUID()]],
    ['MOST_FOLLOWED', ['1', "1' OR 1=1"]],
  ])('refuses a %s cursor %j that the list did not write', async (sort, position) => {
    const after = Buffer.from(JSON.stringify(position)).toString('base64url');
    const { errors } = await browse({ sort, after });
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'after' }] });
  });
});
