import { type BenchRequest, postGraphQL, type SignedEndpoint } from '@learngraph/service-kit/testing';
import { benchUserId, generatedId } from './prepare-database.js';

/** A path page as a learner sees it: the path, its 50 items with their state, and the learner's progress. */
const pathPage = `query PathPage($id: ID!) { learningPath(id: $id) {
  id title description topics visibility version followerCount isFollowing viewerCanEdit author { id } coEditors { id }
  progress { done total percent nextItem { position resource { id } } }
  items { position note required available done addedAt resource { id } } } }`;

const favorites = `query Favorites($r: [_Any!]!, $after: String) { _entities(representations: $r) { ... on User {
  favorites(first: 20, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor addedAt node { id } } } } } }`;

const resourcePaths = `query ResourcePaths($r: [_Any!]!) { _entities(representations: $r) { ... on LearningResource {
  isFavorite inLearningPaths(first: 5) { totalCount edges { node { id title itemCount } } } } } }`;

/**
 * The measured requests, each as the bench user: the 50-item path page, the first and the 50th page of their
 * favourites among 10,000 paths, and 50 resources' paths and favourite state in one `_entities` batch.
 */
export async function scenarios(endpoint: SignedEndpoint, token: string) {
  // the generated path with 50 items
  const id = generatedId('p', 1);
  const user = [{ __typename: 'User', id: benchUserId }];
  let after: string | null = null;
  for (let page = 1; page < 50; page += 1) {
    const answer: { data?: { _entities: Array<{ favorites: { pageInfo: { endCursor: string } } }> } | null } =
      await postGraphQL(endpoint.url, favorites, { r: user, after }, token, endpoint.routerKey);
    after = answer.data?._entities[0]?.favorites.pageInfo.endCursor ?? null;
  }
  const resources = Array.from({ length: 50 }, (_, index) => ({
    __typename: 'LearningResource',
    id: generatedId('r', index + 1),
  }));
  return {
    'path page, 50 items': (): BenchRequest => ({ shape: 'path', query: pathPage, variables: { id }, token }),
    'User.favorites, first page': (): BenchRequest => ({
      shape: 'favorites',
      query: favorites,
      variables: { r: user },
      token,
    }),
    'User.favorites, 50th page': (): BenchRequest => ({
      shape: 'deep',
      query: favorites,
      variables: { r: user, after },
      token,
    }),
    '_entities ×50 resources, paths and isFavorite': (): BenchRequest => ({
      shape: 'resources',
      query: resourcePaths,
      variables: { r: resources },
      token,
    }),
  };
}
