import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LearningPathsUnderTest, startLearningPaths } from './support/learning-paths-under-test.js';
import { publishResources } from './support/path-operations.js';

type Favorites = {
  _entities: Array<{
    favorites: {
      totalCount: number;
      edges: Array<{ addedAt: string; node: { id: string } }>;
      pageInfo: { hasNextPage: boolean; endCursor: string };
    };
  }>;
};

describe('favourites', () => {
  let paths: LearningPathsUnderTest;
  let resources: string[];
  const user = randomUUID();
  let token: string;

  beforeAll(async () => {
    paths = await startLearningPaths();
    resources = await publishResources(paths, 5);
    token = await paths.tokenFor(user);
  });
  afterAll(() => paths.close());

  const change = async (field: 'favoriteAdd' | 'favoriteRemove', resourceId: string | undefined, as = token) => {
    const { data, errors } = await paths.query<
      Record<string, { success: boolean; record: { id: string } | null; errors: unknown[] }>
    >(
      `mutation ($id: ID!) { ${field}(resourceId: $id) { success record { id } errors { code field message } } }`,
      { id: resourceId },
      as,
    );
    return { response: data?.[field], errors };
  };
  const favorites = (first: number, after: string | null = null, as = token) =>
    paths.query<Favorites>(
      `query ($r: [_Any!]!, $first: Int!, $after: String) { _entities(representations: $r) { ... on User {
        favorites(first: $first, after: $after) { totalCount edges { addedAt node { id } } pageInfo { hasNextPage endCursor } } } } }`,
      { r: [{ __typename: 'User', id: user }], first, after },
      as,
    );

  it('adds and removes idempotently, and lists the newest first, page by page', async () => {
    for (const id of resources.slice(0, 4)) await change('favoriteAdd', id);
    expect((await change('favoriteAdd', resources[1])).response).toMatchObject({ success: true, errors: [] });
    await change('favoriteRemove', resources[2]);
    expect((await change('favoriteRemove', resources[2])).response).toMatchObject({ success: true });
    const first = await favorites(2);
    expect(first.data?._entities[0]?.favorites.totalCount).toBe(3);
    const next = await favorites(2, first.data?._entities[0]?.favorites.pageInfo.endCursor ?? null);
    const ids = [
      ...(first.data?._entities[0]?.favorites.edges ?? []),
      ...(next.data?._entities[0]?.favorites.edges ?? []),
    ];
    expect(ids.map((edge) => edge.node.id)).toEqual([resources[3], resources[1], resources[0]]);
    expect(next.data?._entities[0]?.favorites.pageInfo.hasNextPage).toBe(false);
  });

  it('says whether each resource is a favourite of the signed-in user, in one query for many', async () => {
    const query = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on LearningResource { id isFavorite } } }`;
    const representations = resources.map((id) => ({ __typename: 'LearningResource', id }));
    paths.sql.length = 0;
    const { data } = await paths.query<{ _entities: Array<{ isFavorite: boolean }> }>(
      query,
      { r: representations },
      token,
    );
    expect(data?._entities.map((resource) => resource.isFavorite)).toEqual([true, true, false, true, false]);
    expect(paths.sql).toHaveLength(1);
    const anonymous = await paths.query<{ _entities: Array<{ isFavorite: boolean }> }>(query, { r: representations });
    expect(anonymous.data?._entities.every((resource) => !resource.isFavorite)).toBe(true);
  });

  it("keeps a user's favourites to themselves, and refuses unknown resources", async () => {
    const other = await favorites(5, null, await paths.tokenFor(randomUUID()));
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await favorites(5, null, '');
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const unknown = await change('favoriteAdd', randomUUID());
    expect(unknown.response?.errors).toEqual([
      { code: 'BAD_USER_INPUT', field: 'resourceId', message: 'no published learning resource has this id' },
    ]);
    const malformed = await change('favoriteAdd', 'nope');
    expect(malformed.response?.errors).toMatchObject([{ code: 'BAD_USER_INPUT', field: 'resourceId' }]);
  });

  it("answers many users' favourites in a constant number of queries: the caller's own, the others refused", async () => {
    const users = [user, ...Array.from({ length: 9 }, () => randomUUID())];
    paths.sql.length = 0;
    const { data, errors } = await paths.query<Favorites>(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on User { favorites(first: 5) { totalCount } } } }`,
      { r: users.map((id) => ({ __typename: 'User', id })) },
      token,
    );
    expect(data?._entities[0]?.favorites.totalCount).toBe(3);
    expect(errors?.map((error) => error.extensions?.code)).toEqual(Array.from({ length: 9 }, () => 'FORBIDDEN'));
    // one page and one count, for the caller alone
    expect(paths.sql).toHaveLength(2);
  });
});
