import {
  FavoriteAddDocument,
  FavoriteRemoveDocument,
  LearningPathCreateDocument,
  type LearningPathCreateInput,
  LearningPathFollowDocument,
  LearningPathItemAddDocument,
  type LearningPathItemAddInput,
  LearningPathItemCompleteDocument,
  LearningPathItemMoveDocument,
  type LearningPathItemMoveInput,
  LearningPathItemRemoveDocument,
  type LearningPathItemRemoveInput,
  LearningPathItemUncompleteDocument,
  LearningPathItemUpdateDocument,
  type LearningPathItemUpdateInput,
  LearningPathUnfollowDocument,
  LearningPathUpdateDocument,
  type LearningPathUpdateInput,
} from '@/gql/graphql';
import { type Change, settle } from './change';
import { executeGraphQL } from './execute-graphql';

/** The id of the path or resource a change answered with. */
type Changed = Change<string>;

const recordId = <A extends { record?: { id: string } | null }>(answer: A) => answer.record?.id;

/**
 * Creates a path of the signed-in person: its id.
 * @example const change = await createPath(accessToken, { title: 'Foundations', visibility: 'PUBLIC' });
 */
export async function createPath(accessToken: string, input: LearningPathCreateInput): Promise<Changed> {
  const result = await executeGraphQL(LearningPathCreateDocument, { input }, { accessToken });
  return settle(result, (data) => data.learningPathCreate, recordId);
}

/** Changes a path's title, description or visibility. */
export async function updatePath(accessToken: string, input: LearningPathUpdateInput): Promise<Changed> {
  const result = await executeGraphQL(LearningPathUpdateDocument, { input }, { accessToken });
  return settle(result, (data) => data.learningPathUpdate, recordId);
}

/** Adds a resource to a path, at the end unless a position is given. */
export async function addPathItem(accessToken: string, input: LearningPathItemAddInput): Promise<Changed> {
  const result = await executeGraphQL(LearningPathItemAddDocument, { input }, { accessToken });
  return settle(result, (data) => data.learningPathItemAdd, recordId);
}

/** Moves an item (by its resource) to a 1-based position. */
export async function movePathItem(accessToken: string, input: LearningPathItemMoveInput): Promise<Changed> {
  const result = await executeGraphQL(LearningPathItemMoveDocument, { input }, { accessToken });
  return settle(result, (data) => data.learningPathItemMove, recordId);
}

/** Changes an item's note (null clears it) without moving it. */
export async function updatePathItem(accessToken: string, input: LearningPathItemUpdateInput): Promise<Changed> {
  const result = await executeGraphQL(LearningPathItemUpdateDocument, { input }, { accessToken });
  return settle(result, (data) => data.learningPathItemUpdate, recordId);
}

/** Removes an item (by its resource) from a path. */
export async function removePathItem(accessToken: string, input: LearningPathItemRemoveInput): Promise<Changed> {
  const result = await executeGraphQL(LearningPathItemRemoveDocument, { input }, { accessToken });
  return settle(result, (data) => data.learningPathItemRemove, recordId);
}

/**
 * Follows a path or stops following it.
 * @example await setFollowing(accessToken, pathId, true);
 */
export async function setFollowing(accessToken: string, id: string, follow: boolean): Promise<Changed> {
  if (follow) {
    const result = await executeGraphQL(LearningPathFollowDocument, { id }, { accessToken });
    return settle(result, (data) => data.learningPathFollow, recordId);
  }
  const result = await executeGraphQL(LearningPathUnfollowDocument, { id }, { accessToken });
  return settle(result, (data) => data.learningPathUnfollow, recordId);
}

/**
 * Marks an item of a path done or not done for the signed-in learner.
 * @example await setItemDone(accessToken, { pathId, resourceId }, true);
 */
export async function setItemDone(
  accessToken: string,
  input: { pathId: string; resourceId: string },
  done: boolean,
): Promise<Changed> {
  if (done) {
    const result = await executeGraphQL(LearningPathItemCompleteDocument, { input }, { accessToken });
    return settle(result, (data) => data.learningPathItemComplete, recordId);
  }
  const result = await executeGraphQL(LearningPathItemUncompleteDocument, { input }, { accessToken });
  return settle(result, (data) => data.learningPathItemUncomplete, recordId);
}

/**
 * Adds a resource to the signed-in person's favourites or removes it.
 * @example await setFavorite(accessToken, resourceId, true);
 */
export async function setFavorite(accessToken: string, resourceId: string, favorite: boolean): Promise<Changed> {
  if (favorite) {
    const result = await executeGraphQL(FavoriteAddDocument, { resourceId }, { accessToken });
    return settle(result, (data) => data.favoriteAdd, recordId);
  }
  const result = await executeGraphQL(FavoriteRemoveDocument, { resourceId }, { accessToken });
  return settle(result, (data) => data.favoriteRemove, recordId);
}
