import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogEvent, type LearningPathsUnderTest, startLearningPaths } from './support/learning-paths-under-test.js';
import { createPath, mutateId, mutateInput, publishResources } from './support/path-operations.js';

type Progress = {
  done: number;
  total: number;
  percent: number;
  nextItem: { position: number; resource: { id: string } } | null;
};

describe('learners following paths and marking items done', () => {
  let paths: LearningPathsUnderTest;
  let resources: string[];
  const learner = randomUUID();
  let author: string;
  let token: string;

  beforeAll(async () => {
    paths = await startLearningPaths();
    resources = await publishResources(paths, 4);
    author = await paths.tokenFor(randomUUID());
    token = await paths.tokenFor(learner);
  });
  afterAll(() => paths.close());

  const complete = (pathId: string, resourceId: string | undefined, field = 'learningPathItemComplete') =>
    mutateInput(paths, field, 'LearningPathItemProgressInput', { pathId, resourceId }, token);
  const progressOf = async (pathId: string, as = token) => {
    const { data } = await paths.query<{
      learningPath: { progress: Progress | null; items: Array<{ done: boolean }> };
    }>(
      'query ($id: ID!) { learningPath(id: $id) { progress { done total percent nextItem { position resource { id } } } items { done } } }',
      { id: pathId },
      as,
    );
    return data?.learningPath;
  };

  it('follows and unfollows idempotently, keeping the follower count', async () => {
    const path = await createPath(paths, author, { title: 'Popular', visibility: 'UNLISTED' });
    await mutateId(paths, 'learningPathFollow', path.id, token);
    const again = await mutateId(paths, 'learningPathFollow', path.id, token);
    expect(again.response?.record?.followerCount).toBe(1);
    await mutateId(paths, 'learningPathUnfollow', path.id, token);
    const twice = await mutateId(paths, 'learningPathUnfollow', path.id, token);
    expect(twice.response).toMatchObject({ success: true, record: { followerCount: 0 } });
  });

  it('counts done items, the percentage and the next available item', async () => {
    const items = resources.map((resourceId) => ({ resourceId }));
    const path = await createPath(paths, author, { title: 'Course', visibility: 'PUBLIC', items });
    expect(await progressOf(path.id)).toMatchObject({
      progress: { done: 0, total: 4, percent: 0, nextItem: { position: 1 } },
    });
    await complete(path.id, resources[0]);
    await complete(path.id, resources[0]);
    await complete(path.id, resources[2]);
    // the second item is withdrawn from the catalog: it stays, but is not the next thing to do
    await paths.applyCatalogEvent(catalogEvent({ id: resources[1] ?? '', title: 'Gone', published: false }, 2));
    const seen = await progressOf(path.id);
    expect(seen?.progress).toEqual({
      done: 2,
      total: 4,
      percent: 50,
      nextItem: { position: 4, resource: { id: resources[3] } },
    });
    expect(seen?.items.map((item) => item.done)).toEqual([true, false, true, false]);
    await complete(path.id, resources[2], 'learningPathItemUncomplete');
    expect((await progressOf(path.id))?.progress).toMatchObject({ done: 1, percent: 25 });
    expect((await progressOf(path.id, await paths.tokenFor(randomUUID())))?.progress).toMatchObject({ done: 0 });
    const { data } = await paths.query<{ learningPath: { progress: null } }>(
      'query ($id: ID!) { learningPath(id: $id) { progress { done } } }',
      { id: path.id },
    );
    expect(data?.learningPath.progress).toBeNull();
  });

  it('refuses to mark an item that is not in the path', async () => {
    const path = await createPath(paths, author, { title: 'Short', visibility: 'PUBLIC' });
    const { response } = await complete(path.id, resources[0]);
    expect(response?.errors).toEqual([
      { code: 'BAD_USER_INPUT', field: 'resourceId', message: 'this resource is not in the path' },
    ]);
  });

  it('lists followed paths newest first and says where to continue, to the learner alone', async () => {
    const reader = randomUUID();
    const readerToken = await paths.tokenFor(reader);
    const first = await createPath(paths, author, {
      title: 'First',
      visibility: 'PUBLIC',
      items: [{ resourceId: resources[0] }, { resourceId: resources[2] }],
    });
    const second = await createPath(paths, author, {
      title: 'Second',
      visibility: 'PUBLIC',
      items: [{ resourceId: resources[3] }],
    });
    await mutateId(paths, 'learningPathFollow', first.id, readerToken);
    await mutateId(paths, 'learningPathFollow', second.id, readerToken);
    await mutateInput(
      paths,
      'learningPathItemComplete',
      'LearningPathItemProgressInput',
      { pathId: second.id, resourceId: resources[3] },
      readerToken,
    );
    await mutateInput(
      paths,
      'learningPathItemComplete',
      'LearningPathItemProgressInput',
      { pathId: first.id, resourceId: resources[0] },
      readerToken,
    );
    const query = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on User {
      followedPaths(first: 10) { totalCount edges { node { title } } }
      continueLearning { title progress { nextItem { resource { id } } } } } } }`;
    const mine = await paths.query<{
      _entities: Array<{
        followedPaths: { totalCount: number; edges: Array<{ node: { title: string } }> };
        continueLearning: unknown;
      }>;
    }>(query, { r: [{ __typename: 'User', id: reader }] }, readerToken);
    expect(mine.data?._entities[0]?.followedPaths.edges.map((edge) => edge.node.title)).toEqual(['Second', 'First']);
    // the second path is finished: the first is where to go on
    expect(mine.data?._entities[0]?.continueLearning).toEqual({
      title: 'First',
      progress: { nextItem: { resource: { id: resources[2] } } },
    });
    const theirs = await paths.query(query, { r: [{ __typename: 'User', id: reader }] }, token);
    expect(theirs.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
  });
});
