import { cache } from 'react';
import {
  LearningPathDocument,
  type LearningPathQuery,
  type LearningPathSort,
  LearningPathsDocument,
  type LearningPathsQuery,
  type LearningPathVisibility,
  MyFavoritesDocument,
  type MyFavoritesQuery,
  MyPathsDocument,
  type MyPathsQuery,
  ResourceCandidatesDocument,
  type ResourceCandidatesQuery,
  ResourceViewerStateDocument,
  type ResourceViewerStateQuery,
} from '@/gql/graphql';
import { executeGraphQL } from './execute-graphql';
import { fail, type Result } from './result';

/** How many paths or favourites one page lists. */
export const PATH_PAGE_SIZE = 24;

export type PathPage = LearningPathsQuery['learningPaths'];
export type PathDetail = NonNullable<LearningPathQuery['learningPath']>;
export type PathItem = PathDetail['items'][number];
export type MyPaths = NonNullable<MyPathsQuery['me']>;
export type FavoritePage = NonNullable<MyFavoritesQuery['me']>['favorites'];
export type ResourceCandidate = ResourceCandidatesQuery['search']['edges'][number]['node'];
export type ResourceViewerState = { isFavorite: boolean; paths: Array<{ id: string; title: string }> };

/** The visibilities a path can have, in the order the editor offers them, with what each means to a reader. */
export const visibilities: ReadonlyArray<{ value: LearningPathVisibility; label: string }> = [
  { value: 'PRIVATE', label: 'Private: only you and your co-editors' },
  { value: 'UNLISTED', label: 'Unlisted: anyone with the link' },
  { value: 'PUBLIC', label: 'Public: listed for everyone' },
];

/**
 * One page of public paths, newest or most followed first.
 * @example const result = await listPublicPaths('NEWEST', undefined);
 */
export async function listPublicPaths(sort: LearningPathSort, after: string | undefined): Promise<Result<PathPage>> {
  const result = await executeGraphQL(LearningPathsDocument, { first: PATH_PAGE_SIZE, after, sort });
  return result.ok ? { ok: true, data: result.data.learningPaths } : result;
}

/**
 * One path as the caller may see it (signed in or not); `not-found` for one they may not, or a malformed id.
 * Cached per request, so the page and its metadata share one fetch.
 * @example const result = await getPath('7b0c…', accessToken);
 */
export const getPath = cache(async (id: string, accessToken: string | undefined): Promise<Result<PathDetail>> => {
  const result = await executeGraphQL(LearningPathDocument, { id }, { accessToken });
  if (!result.ok) return result.error.kind === 'rejected' ? fail('not-found') : result;
  return result.data.learningPath ? { ok: true, data: result.data.learningPath } : fail('not-found');
});

/**
 * The signed-in person's own paths and those they follow.
 * @example const result = await getMyPaths(accessToken);
 */
export async function getMyPaths(accessToken: string): Promise<Result<MyPaths>> {
  const result = await executeGraphQL(MyPathsDocument, {}, { accessToken });
  if (!result.ok) return result;
  return result.data.me ? { ok: true, data: result.data.me } : fail('unauthenticated');
}

/**
 * One page of the signed-in person's favourites, newest first.
 * @example const result = await getMyFavorites(accessToken, undefined);
 */
export async function getMyFavorites(accessToken: string, after: string | undefined): Promise<Result<FavoritePage>> {
  const result = await executeGraphQL(MyFavoritesDocument, { first: PATH_PAGE_SIZE, after }, { accessToken });
  if (!result.ok) return result;
  return result.data.me ? { ok: true, data: result.data.me.favorites } : fail('unauthenticated');
}

/**
 * Whether a resource is the signed-in person's favourite, and the paths of theirs it can be added to.
 * @example const result = await getResourceViewerState('42', accessToken);
 */
export async function getResourceViewerState(id: string, accessToken: string): Promise<Result<ResourceViewerState>> {
  const result = await executeGraphQL(ResourceViewerStateDocument, { id }, { accessToken });
  if (!result.ok) return result;
  return { ok: true, data: viewerState(result.data) };
}

/**
 * Resources whose words match, to add to a path.
 * @example const result = await findCandidates('linear algebra');
 */
export async function findCandidates(query: string): Promise<Result<ResourceCandidate[]>> {
  const result = await executeGraphQL(ResourceCandidatesDocument, { query });
  return result.ok ? { ok: true, data: result.data.search.edges.map((edge) => edge.node) } : result;
}

function viewerState(data: ResourceViewerStateQuery): ResourceViewerState {
  const paths = data.me?.learningPaths.edges.map((edge) => edge.node) ?? [];
  return {
    isFavorite: data.learningResource?.isFavorite ?? false,
    paths: paths.filter((path) => path.viewerCanEdit).map(({ id, title }) => ({ id, title })),
  };
}
