import { randomUUID } from 'node:crypto';
import type { GraphQLResponse } from '@learngraph/service-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogEvent, type LearningPathsUnderTest, startLearningPaths } from './support/learning-paths-under-test.js';

const create = `mutation ($input: CreateLearningPathInput!) {
  createLearningPath(input: $input) { id title description author { id } items { position resource { id } } }
}`;

type Created = {
  createLearningPath: {
    id: string;
    title: string;
    description: string | null;
    author: { id: string };
    items: Array<{ position: number; resource: { id: string } }>;
  };
};

describe('learning paths', () => {
  let paths: LearningPathsUnderTest;
  const author = randomUUID();
  const resources = Array.from({ length: 5 }, (_, index) => ({
    id: randomUUID(),
    title: `Course ${index}`,
    published: true,
  }));
  const withdrawn = { id: randomUUID(), title: 'Withdrawn course', published: false };

  beforeAll(async () => {
    paths = await startLearningPaths();
    for (const resource of [...resources, withdrawn]) await paths.applyCatalogEvent(catalogEvent(resource, 1));
  });
  afterAll(() => paths.close());

  it('lets a signed-in user create a path whose items keep the order given', async () => {
    const order = [resources[2], resources[0], resources[4]].map((resource) => resource?.id);
    const { data, errors } = await paths.query<Created>(
      create,
      { input: { title: '  Start here  ', description: '', resourceIds: order } },
      await paths.tokenFor(author),
    );
    expect(errors).toBeUndefined();
    expect(data?.createLearningPath).toMatchObject({ title: 'Start here', description: null, author: { id: author } });
    expect(data?.createLearningPath.items).toEqual(
      order.map((id, index) => ({ position: index + 1, resource: { id } })),
    );
  });

  it('refuses anonymous authors', async () => {
    const { errors } = await paths.query(create, { input: { title: 'Mine', resourceIds: [] } });
    expect(errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('reports each bad item on its own field and creates nothing', async () => {
    const before = await paths.db.learningPath.count();
    const { errors } = await paths.query(
      create,
      {
        input: {
          title: 'x'.repeat(201),
          resourceIds: [resources[0]?.id, 'nope', resources[0]?.id, withdrawn.id, randomUUID()],
        },
      },
      await paths.tokenFor(author),
    );
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.extensions?.fieldErrors).toEqual([{ field: 'title', message: 'at most 200 characters' }]);
    const items = await paths.query(
      create,
      {
        input: { title: 'Fine', resourceIds: [resources[0]?.id, 'nope', resources[0]?.id, withdrawn.id, randomUUID()] },
      },
      await paths.tokenFor(author),
    );
    expect(items.errors?.[0]?.extensions?.fieldErrors).toEqual([
      { field: 'resourceIds.1', message: 'not a valid id' },
      { field: 'resourceIds.2', message: 'this resource is already in the path' },
      { field: 'resourceIds.3', message: 'no published learning resource has this id' },
      { field: 'resourceIds.4', message: 'no published learning resource has this id' },
    ]);
    expect(await paths.db.learningPath.count()).toBe(before);
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

describe('paths of many authors and many paths at once', () => {
  let paths: LearningPathsUnderTest;
  const authors = Array.from({ length: 10 }, () => randomUUID());
  const resource = { id: randomUUID(), title: 'Shared course', published: true };

  beforeAll(async () => {
    paths = await startLearningPaths();
    await paths.applyCatalogEvent(catalogEvent(resource, 1));
    for (const author of authors) {
      for (let index = 0; index < 3; index += 1) {
        await paths.db.learningPath.create({
          data: {
            authorId: author,
            title: `Path ${index}`,
            items: { create: [{ position: 1, resourceId: resource.id }] },
          },
        });
      }
    }
  });
  afterAll(() => paths.close());

  it("resolves 10 users' first two paths with their items in a constant number of queries", async () => {
    paths.sql.length = 0;
    const { data, errors } = await paths.query<{
      _entities: Array<{
        learningPaths: {
          totalCount: number;
          edges: Array<{ node: { items: unknown[] } }>;
          pageInfo: { hasNextPage: boolean };
        };
      }>;
    }>(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on User {
        learningPaths(first: 2) { totalCount pageInfo { hasNextPage } edges { node { title items { position resource { id } } } } }
      } } }`,
      { r: authors.map((id) => ({ __typename: 'User', id })) },
    );
    expect(errors).toBeUndefined();
    for (const user of data?._entities ?? []) {
      expect(user.learningPaths.totalCount).toBe(3);
      expect(user.learningPaths.edges).toHaveLength(2);
      expect(user.learningPaths.pageInfo.hasNextPage).toBe(true);
      expect(user.learningPaths.edges[0]?.node.items).toHaveLength(1);
    }
    // one page query and one count query for all authors, one items query for all paths
    expect(paths.sql).toHaveLength(3);
  });

  it('pages through every path', async () => {
    const ids: string[] = [];
    let after: string | null = null;
    do {
      type Paths = {
        learningPaths: {
          edges: Array<{ node: { id: string } }>;
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
      };
      const { data }: GraphQLResponse<Paths> = await paths.query<Paths>(
        'query ($after: String) { learningPaths(first: 7, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }',
        {
          after,
        },
      );
      ids.push(...(data?.learningPaths.edges.map((edge) => edge.node.id) ?? []));
      after = data?.learningPaths.pageInfo.hasNextPage ? data.learningPaths.pageInfo.endCursor : null;
    } while (after);
    expect(new Set(ids).size).toBe(30);
  });

  it.each(['-100000-01-01T00:00:00.000Z', 'March 7, 2024', '2024-02-30T00:00:00.000Z'])(
    'refuses a cursor whose time %j is not an instant this list wrote',
    async (createdAt) => {
      const after = Buffer.from(JSON.stringify([createdAt, randomUUID()])).toString('base64url');
      const { errors } = await paths.query('query ($after: String) { learningPaths(after: $after) { totalCount } }', {
        after,
      });
      expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'after' }] });
    },
  );
});
