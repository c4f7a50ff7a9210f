/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AccountCreateInput = {
  email: string;
  name: string;
  /** At least 12 characters, and not one of the 10,000 most common passwords. */
  password: string;
};

export type AccountVerifyInput = {
  /** The token from the verification email. */
  token: string;
};

/** Whether a resource runs on dates or any time. */
export type Availability =
  | 'ANYTIME'
  | 'DATED';

/** The credential a learner can earn. */
export type CertificationType =
  | 'COMPLETION'
  | 'MICROMASTERS'
  | 'NONE'
  | 'PROFESSIONAL';

/** Where learning happens. */
export type Delivery =
  | 'HYBRID'
  | 'IN_PERSON'
  | 'OFFLINE'
  | 'ONLINE';

/** Whether learners meet at set times. */
export type Format =
  | 'ASYNCHRONOUS'
  | 'SYNCHRONOUS';

export type LearningPathCreateInput = {
  /** At most 5,000 characters. */
  description?: string | null | undefined;
  /** The items in order; at most 100. */
  items?: Array<LearningPathItemInput> | null | undefined;
  /** 1 to 200 characters. */
  title: string;
  /** At most 10 topics of at most 50 characters each. */
  topics?: Array<string> | null | undefined;
  /** PRIVATE when left out. */
  visibility?: LearningPathVisibility | null | undefined;
};

export type LearningPathItemAddInput = {
  /** The version you saw; when the path has moved on since, nothing changes and the answer is CONFLICT. */
  expectedVersion?: number | null | undefined;
  /** At most 1,000 characters. */
  note?: string | null | undefined;
  pathId: string | number;
  /** 1-based; at the end when left out or past the end. */
  position?: number | null | undefined;
  /** true when left out. */
  required?: boolean | null | undefined;
  /** A published catalog resource not yet in the path. */
  resourceId: string | number;
};

export type LearningPathItemInput = {
  /** At most 1,000 characters. */
  note?: string | null | undefined;
  /** Required to finish the path; true when left out. */
  required?: boolean | null | undefined;
  /** A published catalog resource, at most once per path. */
  resourceId: string | number;
};

export type LearningPathItemMoveInput = {
  /** The version you saw; when the path has moved on since, nothing changes and the answer is CONFLICT. */
  expectedVersion?: number | null | undefined;
  pathId: string | number;
  /** Its new 1-based position, 1 to the number of items. */
  position: number;
  /** The item to move, by its resource. */
  resourceId: string | number;
};

export type LearningPathItemProgressInput = {
  pathId: string | number;
  /** The item, by its resource. */
  resourceId: string | number;
};

export type LearningPathItemRemoveInput = {
  /** The version you saw; when the path has moved on since, nothing changes and the answer is CONFLICT. */
  expectedVersion?: number | null | undefined;
  pathId: string | number;
  resourceId: string | number;
};

/** Fields left out keep their values. */
export type LearningPathItemUpdateInput = {
  /** The version you saw; when the path has moved on since, nothing changes and the answer is CONFLICT. */
  expectedVersion?: number | null | undefined;
  /** At most 1,000 characters; null or empty text clears it. */
  note?: string | null | undefined;
  pathId: string | number;
  /** Required to finish the path (else optional). */
  required?: boolean | null | undefined;
  /** The item to change, by its resource. */
  resourceId: string | number;
};

export type LearningPathSort =
  | 'MOST_FOLLOWED'
  | 'NEWEST';

/** Fields left out keep their values. */
export type LearningPathUpdateInput = {
  /** Replaces the co-editors (at most 20); only the author changes them. */
  coEditorIds?: Array<string | number> | null | undefined;
  /** null or empty text clears it. */
  description?: string | null | undefined;
  /** The version you saw; when the path has moved on since, nothing changes and the answer is CONFLICT. */
  expectedVersion?: number | null | undefined;
  id: string | number;
  title?: string | null | undefined;
  topics?: Array<string> | null | undefined;
  /** Only the author changes it. */
  visibility?: LearningPathVisibility | null | undefined;
};

/** Who sees a path besides its author and co-editors. */
export type LearningPathVisibility =
  /** Nobody else; the path is not listed or counted anywhere for anyone else. */
  | 'PRIVATE'
  /** Everyone; it is listed and browsable. */
  | 'PUBLIC'
  /** Whoever has its id; it is not listed to others. */
  | 'UNLISTED';

export type LearningResourceFilter = {
  certification?: boolean | null | undefined;
  certificationTypes?: Array<CertificationType> | null | undefined;
  delivery?: Array<Delivery> | null | undefined;
  /** Department ids (MIT department codes), e.g. "18". */
  departments?: Array<string | number> | null | undefined;
  free?: boolean | null | undefined;
  /** ISO 639-1 codes, e.g. "en". */
  languages?: Array<string> | null | undefined;
  levels?: Array<Level> | null | undefined;
  /** Offeror ids (codes), e.g. "mitx". */
  offerors?: Array<string | number> | null | undefined;
  /** Platform ids (codes), e.g. "ocw". */
  platforms?: Array<string | number> | null | undefined;
  professional?: boolean | null | undefined;
  resourceTypeGroups?: Array<ResourceTypeGroup> | null | undefined;
  resourceTypes?: Array<ResourceType> | null | undefined;
  /** Topic ids; a topic includes its sub-topics. */
  topics?: Array<string | number> | null | undefined;
};

export type LearningResourceSort =
  /** Most viewed first. */
  | 'MOST_VIEWED'
  /** Most recently added first. */
  | 'NEWEST'
  /** Most recently changed by the provider first; never-dated ones last. */
  | 'RECENTLY_MODIFIED'
  /** By title, A to Z. */
  | 'TITLE'
  /** Soonest upcoming run first; resources with none last. */
  | 'UPCOMING_START';

/** Academic or difficulty level. */
export type Level =
  | 'ADVANCED'
  | 'GRADUATE'
  | 'HIGH_SCHOOL'
  | 'INTERMEDIATE'
  | 'INTRODUCTORY'
  | 'NONCREDIT'
  | 'UNDERGRADUATE';

/** Who sets the pace. */
export type Pace =
  | 'INSTRUCTOR_PACED'
  | 'SELF_PACED';

/** The fields to change; those left out stay as they are. */
export type ProfileUpdateInput = {
  /** An https URL; null removes the picture. */
  avatarUrl?: string | null | undefined;
  displayName?: string | null | undefined;
  /** Catalog topic ids, at most 50. */
  interests?: Array<string> | null | undefined;
  /** At most 10, each at most 200 characters. */
  learningGoals?: Array<string> | null | undefined;
  /** ISO 639-1 codes, at most 10. */
  preferredLanguages?: Array<string> | null | undefined;
};

/** What kind of learning resource this is. */
export type ResourceType =
  /** A course, possibly with several runs. */
  | 'COURSE'
  /** A document such as lecture notes. */
  | 'DOCUMENT'
  /** A curated path; the path itself lives in the learning-paths subgraph. */
  | 'LEARNING_PATH'
  /** A podcast series. */
  | 'PODCAST'
  /** One episode of a podcast. */
  | 'PODCAST_EPISODE'
  /** A sequence of courses leading to a credential. */
  | 'PROGRAM'
  /** A single video. */
  | 'VIDEO'
  /** An ordered list of videos. */
  | 'VIDEO_PLAYLIST';

/** Courses, programs, or learning material. */
export type ResourceTypeGroup =
  | 'COURSE'
  | 'LEARNING_MATERIAL'
  | 'PROGRAM';

export type SessionCreateInput = {
  email: string;
  password: string;
};

export type SessionDeleteInput = {
  /** The refresh token of the session to end. */
  refreshToken: string;
};

export type SessionRefreshInput = {
  refreshToken: string;
};

export type AccountCreateMutationVariables = Exact<{
  input: AccountCreateInput;
}>;


export type AccountCreateMutation = { accountCreate: { success: boolean, errors: Array<{ code: string, field: string | null }> } };

export type AccountVerifyMutationVariables = Exact<{
  input: AccountVerifyInput;
}>;


export type AccountVerifyMutation = { accountVerify: { success: boolean, record: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string } | null, errors: Array<{ code: string, field: string | null }> } };

export type FavoriteAddMutationVariables = Exact<{
  resourceId: string | number;
}>;


export type FavoriteAddMutation = { favoriteAdd: { success: boolean, record: { id: string } | null, errors: Array<{ code: string, field: string | null }> } };

export type FavoriteRemoveMutationVariables = Exact<{
  resourceId: string | number;
}>;


export type FavoriteRemoveMutation = { favoriteRemove: { success: boolean, record: { id: string } | null, errors: Array<{ code: string, field: string | null }> } };

export type LearningPathCreateMutationVariables = Exact<{
  input: LearningPathCreateInput;
}>;


export type LearningPathCreateMutation = { learningPathCreate: { success: boolean, record: { id: string } | null, errors: Array<{ code: string, field: string | null }> } };

export type LearningPathFollowMutationVariables = Exact<{
  id: string | number;
}>;


export type LearningPathFollowMutation = { learningPathFollow: { success: boolean, record: { id: string } | null, errors: Array<{ code: string, field: string | null }> } };

export type LearningPathItemAddMutationVariables = Exact<{
  input: LearningPathItemAddInput;
}>;


export type LearningPathItemAddMutation = { learningPathItemAdd: { success: boolean, record: { id: string } | null, errors: Array<{ code: string, field: string | null }> } };

export type LearningPathItemCompleteMutationVariables = Exact<{
  input: LearningPathItemProgressInput;
}>;


export type LearningPathItemCompleteMutation = { learningPathItemComplete: { success: boolean, record: { id: string } | null, errors: Array<{ code: string, field: string | null }> } };

export type LearningPathItemMoveMutationVariables = Exact<{
  input: LearningPathItemMoveInput;
}>;


export type LearningPathItemMoveMutation = { learningPathItemMove: { success: boolean, record: { id: string } | null, errors: Array<{ code: string, field: string | null }> } };

export type LearningPathItemRemoveMutationVariables = Exact<{
  input: LearningPathItemRemoveInput;
}>;


export type LearningPathItemRemoveMutation = { learningPathItemRemove: { success: boolean, record: { id: string } | null, errors: Array<{ code: string, field: string | null }> } };

export type LearningPathItemUncompleteMutationVariables = Exact<{
  input: LearningPathItemProgressInput;
}>;


export type LearningPathItemUncompleteMutation = { learningPathItemUncomplete: { success: boolean, record: { id: string } | null, errors: Array<{ code: string, field: string | null }> } };

export type LearningPathItemUpdateMutationVariables = Exact<{
  input: LearningPathItemUpdateInput;
}>;


export type LearningPathItemUpdateMutation = { learningPathItemUpdate: { success: boolean, record: { id: string } | null, errors: Array<{ code: string, field: string | null }> } };

export type LearningPathUnfollowMutationVariables = Exact<{
  id: string | number;
}>;


export type LearningPathUnfollowMutation = { learningPathUnfollow: { success: boolean, record: { id: string } | null, errors: Array<{ code: string, field: string | null }> } };

export type LearningPathUpdateMutationVariables = Exact<{
  input: LearningPathUpdateInput;
}>;


export type LearningPathUpdateMutation = { learningPathUpdate: { success: boolean, record: { id: string } | null, errors: Array<{ code: string, field: string | null }> } };

export type LearningPathQueryVariables = Exact<{
  id: string | number;
}>;


export type LearningPathQuery = { learningPath: { id: string, title: string, description: string | null, visibility: LearningPathVisibility, version: number, followerCount: number, viewerCanEdit: boolean, isFollowing: boolean, author: { name: string, displayName: string | null } | null, progress: { done: number, total: number, percent: number, nextItem: { position: number, resource: { id: string, title: string } } | null } | null, items: Array<{ position: number, note: string | null, required: boolean, available: boolean, done: boolean, resource: { id: string, title: string, resourceType: ResourceType } }> } | null };

export type LearningPathsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  sort: LearningPathSort;
}>;


export type LearningPathsQuery = { learningPaths: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, description: string | null, itemCount: number, followerCount: number, author: { name: string, displayName: string | null } | null } }> } };

export type LearningResourceQueryVariables = Exact<{
  id: string | number;
}>;


export type LearningResourceQuery = { learningResource: { id: string, resourceType: ResourceType, title: string, description: string | null, fullDescription: string | null, url: string | null, certification: boolean, certificationType: CertificationType, professional: boolean, free: boolean, delivery: Array<Delivery>, pace: Array<Pace>, format: Array<Format>, availability: Availability | null, duration: string | null, timeCommitment: string | null, levels: Array<Level>, languages: Array<string>, nextStartDate: string | null, image: { url: string, alt: string | null } | null, offeredBy: { name: string } | null, platform: { name: string }, topics: Array<{ id: string, name: string }>, departments: Array<{ id: string, name: string }>, prices: Array<{ amount: number, currency: string }>, runs: Array<{ runId: string, title: string | null, semester: string | null, year: number | null, startDate: string | null, endDate: string | null, enrollmentEnd: string | null, levels: Array<Level>, instructors: Array<string>, delivery: Array<Delivery>, prices: Array<{ amount: number, currency: string }> }>, members: Array<{ position: number, resource: { id: string, title: string, resourceType: ResourceType } }>, memberOf: Array<{ id: string, title: string, resourceType: ResourceType }> } | null };

export type LearningResourcesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: LearningResourceFilter | null | undefined;
  sort: LearningResourceSort;
}>;


export type LearningResourcesQuery = { learningResources: { totalCount: number, edges: Array<{ node: { id: string, resourceType: ResourceType, title: string, description: string | null, free: boolean, certification: boolean, certificationType: CertificationType, nextStartDate: string | null, image: { url: string, alt: string | null } | null, offeredBy: { name: string } | null, prices: Array<{ amount: number, currency: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MyFavoritesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type MyFavoritesQuery = { me: { favorites: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ addedAt: string, node: { id: string, title: string, resourceType: ResourceType } }> } } | null };

export type MyPathsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPathsQuery = { me: { learningPaths: { totalCount: number, edges: Array<{ node: { id: string, title: string, visibility: LearningPathVisibility, itemCount: number, progress: { percent: number } | null } }> }, followedPaths: { totalCount: number, edges: Array<{ node: { id: string, title: string, visibility: LearningPathVisibility, itemCount: number, progress: { percent: number } | null } }> } } | null };

export type MyPathListFragment = { totalCount: number, edges: Array<{ node: { id: string, title: string, visibility: LearningPathVisibility, itemCount: number, progress: { percent: number } | null } }> };

export type OfferorsQueryVariables = Exact<{ [key: string]: never; }>;


export type OfferorsQuery = { offerors: Array<{ id: string, name: string }> };

export type ProfileUpdateMutationVariables = Exact<{
  input: ProfileUpdateInput;
}>;


export type ProfileUpdateMutation = { profileUpdate: { success: boolean, errors: Array<{ code: string, field: string | null }> } };

export type ResourceCandidatesQueryVariables = Exact<{
  query: string;
}>;


export type ResourceCandidatesQuery = { search: { edges: Array<{ node: { id: string, title: string, resourceType: ResourceType } }> } };

export type ResourceViewerStateQueryVariables = Exact<{
  id: string | number;
}>;


export type ResourceViewerStateQuery = { learningResource: { id: string, isFavorite: boolean } | null, me: { learningPaths: { edges: Array<{ node: { id: string, title: string, viewerCanEdit: boolean } }> } } | null };

export type SessionCreateMutationVariables = Exact<{
  input: SessionCreateInput;
}>;


export type SessionCreateMutation = { sessionCreate: { success: boolean, record: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string } | null, errors: Array<{ code: string, field: string | null }> } };

export type SessionDeleteMutationVariables = Exact<{
  input: SessionDeleteInput;
}>;


export type SessionDeleteMutation = { sessionDelete: { success: boolean } };

export type SessionRefreshMutationVariables = Exact<{
  input: SessionRefreshInput;
}>;


export type SessionRefreshMutation = { sessionRefresh: { success: boolean, record: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string } | null } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { me: { id: string, name: string, displayName: string | null, email: string | null, interests: Array<{ id: string }> } | null, topics: Array<{ id: string, name: string, children: Array<{ id: string, name: string }> }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const MyPathListFragmentDoc = new TypedDocumentString(`
    fragment MyPathList on LearningPathConnection {
  totalCount
  edges {
    node {
      id
      title
      visibility
      itemCount
      progress {
        percent
      }
    }
  }
}
    `, {"fragmentName":"MyPathList"}) as unknown as TypedDocumentString<MyPathListFragment, unknown>;
export const AccountCreateDocument = new TypedDocumentString(`
    mutation AccountCreate($input: AccountCreateInput!) {
  accountCreate(input: $input) {
    success
    errors {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<AccountCreateMutation, AccountCreateMutationVariables>;
export const AccountVerifyDocument = new TypedDocumentString(`
    mutation AccountVerify($input: AccountVerifyInput!) {
  accountVerify(input: $input) {
    success
    record {
      accessToken
      accessTokenExpiresAt
      refreshToken
      refreshTokenExpiresAt
    }
    errors {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<AccountVerifyMutation, AccountVerifyMutationVariables>;
export const FavoriteAddDocument = new TypedDocumentString(`
    mutation FavoriteAdd($resourceId: ID!) {
  favoriteAdd(resourceId: $resourceId) {
    success
    record {
      id
    }
    errors {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<FavoriteAddMutation, FavoriteAddMutationVariables>;
export const FavoriteRemoveDocument = new TypedDocumentString(`
    mutation FavoriteRemove($resourceId: ID!) {
  favoriteRemove(resourceId: $resourceId) {
    success
    record {
      id
    }
    errors {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<FavoriteRemoveMutation, FavoriteRemoveMutationVariables>;
export const LearningPathCreateDocument = new TypedDocumentString(`
    mutation LearningPathCreate($input: LearningPathCreateInput!) {
  learningPathCreate(input: $input) {
    success
    record {
      id
    }
    errors {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<LearningPathCreateMutation, LearningPathCreateMutationVariables>;
export const LearningPathFollowDocument = new TypedDocumentString(`
    mutation LearningPathFollow($id: ID!) {
  learningPathFollow(id: $id) {
    success
    record {
      id
    }
    errors {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<LearningPathFollowMutation, LearningPathFollowMutationVariables>;
export const LearningPathItemAddDocument = new TypedDocumentString(`
    mutation LearningPathItemAdd($input: LearningPathItemAddInput!) {
  learningPathItemAdd(input: $input) {
    success
    record {
      id
    }
    errors {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<LearningPathItemAddMutation, LearningPathItemAddMutationVariables>;
export const LearningPathItemCompleteDocument = new TypedDocumentString(`
    mutation LearningPathItemComplete($input: LearningPathItemProgressInput!) {
  learningPathItemComplete(input: $input) {
    success
    record {
      id
    }
    errors {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<LearningPathItemCompleteMutation, LearningPathItemCompleteMutationVariables>;
export const LearningPathItemMoveDocument = new TypedDocumentString(`
    mutation LearningPathItemMove($input: LearningPathItemMoveInput!) {
  learningPathItemMove(input: $input) {
    success
    record {
      id
    }
    errors {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<LearningPathItemMoveMutation, LearningPathItemMoveMutationVariables>;
export const LearningPathItemRemoveDocument = new TypedDocumentString(`
    mutation LearningPathItemRemove($input: LearningPathItemRemoveInput!) {
  learningPathItemRemove(input: $input) {
    success
    record {
      id
    }
    errors {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<LearningPathItemRemoveMutation, LearningPathItemRemoveMutationVariables>;
export const LearningPathItemUncompleteDocument = new TypedDocumentString(`
    mutation LearningPathItemUncomplete($input: LearningPathItemProgressInput!) {
  learningPathItemUncomplete(input: $input) {
    success
    record {
      id
    }
    errors {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<LearningPathItemUncompleteMutation, LearningPathItemUncompleteMutationVariables>;
export const LearningPathItemUpdateDocument = new TypedDocumentString(`
    mutation LearningPathItemUpdate($input: LearningPathItemUpdateInput!) {
  learningPathItemUpdate(input: $input) {
    success
    record {
      id
    }
    errors {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<LearningPathItemUpdateMutation, LearningPathItemUpdateMutationVariables>;
export const LearningPathUnfollowDocument = new TypedDocumentString(`
    mutation LearningPathUnfollow($id: ID!) {
  learningPathUnfollow(id: $id) {
    success
    record {
      id
    }
    errors {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<LearningPathUnfollowMutation, LearningPathUnfollowMutationVariables>;
export const LearningPathUpdateDocument = new TypedDocumentString(`
    mutation LearningPathUpdate($input: LearningPathUpdateInput!) {
  learningPathUpdate(input: $input) {
    success
    record {
      id
    }
    errors {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<LearningPathUpdateMutation, LearningPathUpdateMutationVariables>;
export const LearningPathDocument = new TypedDocumentString(`
    query LearningPath($id: ID!) {
  learningPath(id: $id) {
    id
    title
    description
    visibility
    version
    followerCount
    viewerCanEdit
    isFollowing
    author {
      name
      displayName
    }
    progress {
      done
      total
      percent
      nextItem {
        position
        resource {
          id
          title
        }
      }
    }
    items {
      position
      note
      required
      available
      done
      resource {
        id
        title
        resourceType
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LearningPathQuery, LearningPathQueryVariables>;
export const LearningPathsDocument = new TypedDocumentString(`
    query LearningPaths($first: Int!, $after: String, $sort: LearningPathSort!) {
  learningPaths(first: $first, after: $after, sort: $sort) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        title
        description
        itemCount
        followerCount
        author {
          name
          displayName
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LearningPathsQuery, LearningPathsQueryVariables>;
export const LearningResourceDocument = new TypedDocumentString(`
    query LearningResource($id: ID!) {
  learningResource(id: $id) {
    id
    resourceType
    title
    description
    fullDescription
    url
    image {
      url
      alt
    }
    offeredBy {
      name
    }
    platform {
      name
    }
    topics {
      id
      name
    }
    departments {
      id
      name
    }
    certification
    certificationType
    professional
    free
    prices {
      amount
      currency
    }
    delivery
    pace
    format
    availability
    duration
    timeCommitment
    levels
    languages
    nextStartDate
    runs {
      runId
      title
      semester
      year
      startDate
      endDate
      enrollmentEnd
      levels
      prices {
        amount
        currency
      }
      instructors
      delivery
    }
    members {
      position
      resource {
        id
        title
        resourceType
      }
    }
    memberOf {
      id
      title
      resourceType
    }
  }
}
    `) as unknown as TypedDocumentString<LearningResourceQuery, LearningResourceQueryVariables>;
export const LearningResourcesDocument = new TypedDocumentString(`
    query LearningResources($first: Int!, $after: String, $filter: LearningResourceFilter, $sort: LearningResourceSort!) {
  learningResources(first: $first, after: $after, filter: $filter, sort: $sort) {
    totalCount
    edges {
      node {
        id
        resourceType
        title
        description
        image {
          url
          alt
        }
        offeredBy {
          name
        }
        free
        prices {
          amount
          currency
        }
        certification
        certificationType
        nextStartDate
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<LearningResourcesQuery, LearningResourcesQueryVariables>;
export const MyFavoritesDocument = new TypedDocumentString(`
    query MyFavorites($first: Int!, $after: String) {
  me {
    favorites(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        addedAt
        node {
          id
          title
          resourceType
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyFavoritesQuery, MyFavoritesQueryVariables>;
export const MyPathsDocument = new TypedDocumentString(`
    query MyPaths {
  me {
    learningPaths(first: 100) {
      ...MyPathList
    }
    followedPaths(first: 100) {
      ...MyPathList
    }
  }
}
    fragment MyPathList on LearningPathConnection {
  totalCount
  edges {
    node {
      id
      title
      visibility
      itemCount
      progress {
        percent
      }
    }
  }
}`) as unknown as TypedDocumentString<MyPathsQuery, MyPathsQueryVariables>;
export const OfferorsDocument = new TypedDocumentString(`
    query Offerors {
  offerors {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<OfferorsQuery, OfferorsQueryVariables>;
export const ProfileUpdateDocument = new TypedDocumentString(`
    mutation ProfileUpdate($input: ProfileUpdateInput!) {
  profileUpdate(input: $input) {
    success
    errors {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<ProfileUpdateMutation, ProfileUpdateMutationVariables>;
export const ResourceCandidatesDocument = new TypedDocumentString(`
    query ResourceCandidates($query: String!) {
  search(first: 10, input: {query: $query}) {
    edges {
      node {
        id
        title
        resourceType
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ResourceCandidatesQuery, ResourceCandidatesQueryVariables>;
export const ResourceViewerStateDocument = new TypedDocumentString(`
    query ResourceViewerState($id: ID!) {
  learningResource(id: $id) {
    id
    isFavorite
  }
  me {
    learningPaths(first: 100) {
      edges {
        node {
          id
          title
          viewerCanEdit
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ResourceViewerStateQuery, ResourceViewerStateQueryVariables>;
export const SessionCreateDocument = new TypedDocumentString(`
    mutation SessionCreate($input: SessionCreateInput!) {
  sessionCreate(input: $input) {
    success
    record {
      accessToken
      accessTokenExpiresAt
      refreshToken
      refreshTokenExpiresAt
    }
    errors {
      code
      field
    }
  }
}
    `) as unknown as TypedDocumentString<SessionCreateMutation, SessionCreateMutationVariables>;
export const SessionDeleteDocument = new TypedDocumentString(`
    mutation SessionDelete($input: SessionDeleteInput!) {
  sessionDelete(input: $input) {
    success
  }
}
    `) as unknown as TypedDocumentString<SessionDeleteMutation, SessionDeleteMutationVariables>;
export const SessionRefreshDocument = new TypedDocumentString(`
    mutation SessionRefresh($input: SessionRefreshInput!) {
  sessionRefresh(input: $input) {
    success
    record {
      accessToken
      accessTokenExpiresAt
      refreshToken
      refreshTokenExpiresAt
    }
  }
}
    `) as unknown as TypedDocumentString<SessionRefreshMutation, SessionRefreshMutationVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  me {
    id
    name
    displayName
    email
    interests {
      id
    }
  }
  topics {
    id
    name
    children {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;