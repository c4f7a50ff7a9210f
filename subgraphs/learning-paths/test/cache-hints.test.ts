import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LearningPathsUnderTest, startLearningPaths } from './support/learning-paths-under-test.js';
import { createPath, publishResources } from './support/path-operations.js';

const publicPaths =
  '{ learningPaths(first: 5, sort: MOST_FOLLOWED) { edges { node { id title itemCount followerCount } } } }';
const resourcePaths = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on LearningResource {
  inLearningPaths(first: 10) { totalCount edges { node { id title items { position resource { id } } } } }
} } }`;
const favoriteFlag =
  'query ($r: [_Any!]!) { _entities(representations: $r) { ... on LearningResource { isFavorite } } }';

describe('the Cache-Control learning-paths sends the router', () => {
  let paths: LearningPathsUnderTest;
  let resources: string[];

  beforeAll(async () => {
    paths = await startLearningPaths();
    resources = await publishResources(paths, 2);
    const token = await paths.tokenFor(randomUUID());
    await createPath(paths, token, { title: 'Public', visibility: 'PUBLIC', items: [{ resourceId: resources[0] }] });
  });
  afterAll(() => paths.close());

  const cacheControlOf = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
    const response = await paths.send(query, variables, token);
    expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
    return response.headers.get('cache-control');
  };
  const representations = () => ({ r: [{ __typename: 'LearningResource', id: resources[0] }] });

  it('lets anyone keep the public paths, and the paths holding a resource, for a minute', async () => {
    expect(await cacheControlOf(publicPaths)).toBe('max-age=60, public');
    expect(await cacheControlOf(resourcePaths, representations())).toBe('max-age=60, public');
  });

  it("keeps a reader's own state private: whether a resource is a favourite, and anything a signed-in caller reads", async () => {
    expect(await cacheControlOf(favoriteFlag, representations())).toBe('max-age=60, private');
    const token = await paths.tokenFor(randomUUID());
    expect(await cacheControlOf(publicPaths, {}, token)).toBe('max-age=60, private');
  });

  it("never lets a user's own lists be kept", async () => {
    const userId = randomUUID();
    const token = await paths.tokenFor(userId);
    const mine =
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on User { favorites(first: 5) { totalCount } } } }';
    expect(await cacheControlOf(mine, { r: [{ __typename: 'User', id: userId }] }, token)).toBe('no-store');
  });
});
