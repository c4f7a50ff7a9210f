import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LearningPathsUnderTest, startLearningPaths } from './support/learning-paths-under-test.js';
import { createPath, publishResources } from './support/path-operations.js';

type Lists = {
  _entities: Array<{
    learningPaths?: {
      totalCount: number;
      edges: Array<{ node: { title: string; items: unknown[] } }>;
      pageInfo: { hasNextPage: boolean };
    };
    inLearningPaths?: { totalCount: number; edges: Array<{ node: { title: string } }> };
  }>;
};

describe("many users' and resources' paths at once", () => {
  let paths: LearningPathsUnderTest;
  const authors = Array.from({ length: 10 }, () => randomUUID());
  let resources: string[];

  beforeAll(async () => {
    paths = await startLearningPaths();
    resources = await publishResources(paths, 10);
    for (const [index, author] of authors.entries()) {
      const token = await paths.tokenFor(author);
      for (const visibility of ['PUBLIC', 'PUBLIC', 'PUBLIC', 'UNLISTED', 'PRIVATE']) {
        await createPath(paths, token, {
          title: `${visibility} ${index}`,
          visibility,
          items: [{ resourceId: resources[index] }, { resourceId: resources[(index + 1) % 10] }],
        });
      }
    }
  });
  afterAll(() => paths.close());

  const userPaths = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on User {
    learningPaths(first: 2) { totalCount pageInfo { hasNextPage } edges { node { title items { position resource { id } } } } }
  } } }`;

  it("resolves 10 users' first two paths with their items in a constant number of queries", async () => {
    paths.sql.length = 0;
    const { data, errors } = await paths.query<Lists>(userPaths, {
      r: authors.map((id) => ({ __typename: 'User', id })),
    });
    expect(errors).toBeUndefined();
    for (const user of data?._entities ?? []) {
      expect(user.learningPaths?.totalCount).toBe(3);
      expect(user.learningPaths?.edges).toHaveLength(2);
      expect(user.learningPaths?.pageInfo.hasNextPage).toBe(true);
      expect(user.learningPaths?.edges[0]?.node.items).toHaveLength(2);
    }
    // one page query and one count query for all authors, one items query for all paths
    expect(paths.sql).toHaveLength(3);
  });

  it('shows the author all of their own paths, private and unlisted included', async () => {
    const { data } = await paths.query<Lists>(
      userPaths,
      { r: [{ __typename: 'User', id: authors[0] }] },
      await paths.tokenFor(authors[0] ?? ''),
    );
    expect(data?._entities[0]?.learningPaths?.totalCount).toBe(5);
  });

  it("resolves 10 resources' paths in a constant number of queries, never counting what the caller may not see", async () => {
    const query = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on LearningResource {
      inLearningPaths(first: 3) { totalCount edges { node { title } } } } } }`;
    paths.sql.length = 0;
    const { data } = await paths.query<Lists>(query, {
      r: resources.map((id) => ({ __typename: 'LearningResource', id })),
    });
    expect(paths.sql).toHaveLength(2);
    for (const resource of data?._entities ?? []) {
      // each resource is in the paths of two authors: three public paths of each
      expect(resource.inLearningPaths?.totalCount).toBe(6);
      expect(resource.inLearningPaths?.edges.every((edge) => edge.node.title.startsWith('PUBLIC'))).toBe(true);
    }
  });

  it('resolves 50 paths with their items, progress and follow state in a constant number of queries', async () => {
    const ids = (
      await paths.db.learningPath.findMany({ where: { visibility: 'PUBLIC' }, select: { id: true }, take: 30 })
    ).map((row) => row.id);
    paths.sql.length = 0;
    const { data, errors } = await paths.query<{ _entities: unknown[] }>(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on LearningPath {
        title isFollowing items { done resource { id } } progress { percent nextItem { position } } } } }`,
      { r: ids.map((id) => ({ __typename: 'LearningPath', id })) },
      await paths.tokenFor(randomUUID()),
    );
    expect(errors).toBeUndefined();
    expect(data?._entities).toHaveLength(30);
    // paths, items, done items, follows
    expect(paths.sql).toHaveLength(4);
  });
});
