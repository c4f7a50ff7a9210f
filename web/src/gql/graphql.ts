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

/** Which resources a search may return. Values within one field are alternatives (any of them); fields combine (all of them); an empty list leaves its field open. Every list holds at most 50 values. */
export type SearchFilter = {
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

/** What to search for, among which resources, in which order. */
export type SearchInput = {
  filter?: SearchFilter | null | undefined;
  mode?: SearchMode;
  /** Words to look for, 1 to 200 characters; quotes, `or` and `-word` work as on the web. Left out: every published resource the filter lets through. */
  query?: string | null | undefined;
  sort?: SearchSort;
};

/** How a query is matched. SEMANTIC and HYBRID need a query, sort by relevance and page 1,000 results deep. */
export type SearchMode =
  /** Both, fused by reciprocal rank: each result scores the sum of 1 / (60 + its rank) in each list. */
  | 'HYBRID'
  /** By meaning: resources whose embedding is nearest the query's (cosine similarity). */
  | 'SEMANTIC'
  /** By its words (full-text), title first. */
  | 'TEXT';

/** The order of search results; ties are broken by id, so pages never overlap. */
export type SearchSort =
  /** Most viewed first. */
  | 'MOST_VIEWED'
  /** Most recently added to the catalog first. */
  | 'NEWEST'
  /** Best match first; without a query, most viewed first. */
  | 'RELEVANCE'
  /** Soonest upcoming start first; resources with none ahead last. */
  | 'UPCOMING';

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

export type DepartmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type DepartmentsQuery = { departments: Array<{ id: string, name: string, school: { name: string } | null }> };

export type FavoriteAddMutationVariables = Exact<{
  resourceId: string | number;
}>;


export type FavoriteAddMutation = { favoriteAdd: { success: boolean, record: { id: string } | null, errors: Array<{ code: string, field: string | null }> } };

export type FavoriteRemoveMutationVariables = Exact<{
  resourceId: string | number;
}>;


export type FavoriteRemoveMutation = { favoriteRemove: { success: boolean, record: { id: string } | null, errors: Array<{ code: string, field: string | null }> } };

export type FeaturedLearningPathsQueryVariables = Exact<{
  first: number;
}>;


export type FeaturedLearningPathsQuery = { learningPaths: { edges: Array<{ node: { id: string, title: string, description: string | null, itemCount: number, followerCount: number } }> } };

export type HomeCatalogQueryVariables = Exact<{
  first: number;
}>;


export type HomeCatalogQuery = { newest: { edges: Array<{ node: { id: string, resourceType: ResourceType, title: string, description: string | null, free: boolean, certification: boolean, certificationType: CertificationType, nextStartDate: string | null, image: { url: string, alt: string | null } | null, offeredBy: { id: string, name: string } | null, prices: Array<{ amount: number, currency: string }> } }> }, popular: { edges: Array<{ node: { id: string, resourceType: ResourceType, title: string, description: string | null, free: boolean, certification: boolean, certificationType: CertificationType, nextStartDate: string | null, image: { url: string, alt: string | null } | null, offeredBy: { id: string, name: string } | null, prices: Array<{ amount: number, currency: string }> } }> }, upcoming: { edges: Array<{ node: { id: string, resourceType: ResourceType, title: string, description: string | null, free: boolean, certification: boolean, certificationType: CertificationType, nextStartDate: string | null, image: { url: string, alt: string | null } | null, offeredBy: { id: string, name: string } | null, prices: Array<{ amount: number, currency: string }> } }> }, topics: Array<{ id: string, name: string }> };

export type ResourceRowFragment = { edges: Array<{ node: { id: string, resourceType: ResourceType, title: string, description: string | null, free: boolean, certification: boolean, certificationType: CertificationType, nextStartDate: string | null, image: { url: string, alt: string | null } | null, offeredBy: { id: string, name: string } | null, prices: Array<{ amount: number, currency: string }> } }> };

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

export type LearningResourceViewRecordMutationVariables = Exact<{
  id: string | number;
  visitorKey: string;
}>;


export type LearningResourceViewRecordMutation = { learningResourceViewRecord: { counted: boolean } };

export type LearningResourceQueryVariables = Exact<{
  id: string | number;
}>;


export type LearningResourceQuery = { learningResource: { id: string, resourceType: ResourceType, title: string, description: string | null, fullDescription: string | null, url: string | null, certification: boolean, certificationType: CertificationType, professional: boolean, free: boolean, delivery: Array<Delivery>, pace: Array<Pace>, format: Array<Format>, availability: Availability | null, duration: string | null, timeCommitment: string | null, levels: Array<Level>, languages: Array<string>, nextStartDate: string | null, image: { url: string, alt: string | null } | null, offeredBy: { id: string, name: string } | null, platform: { name: string }, topics: Array<{ id: string, name: string }>, departments: Array<{ id: string, name: string }>, prices: Array<{ amount: number, currency: string }>, runs: Array<{ runId: string, title: string | null, semester: string | null, year: number | null, startDate: string | null, endDate: string | null, enrollmentEnd: string | null, levels: Array<Level>, instructors: Array<string>, delivery: Array<Delivery>, prices: Array<{ amount: number, currency: string }> }>, members: Array<{ position: number, resource: { id: string, title: string, resourceType: ResourceType } }>, memberOf: Array<{ id: string, title: string, resourceType: ResourceType }> } | null };

export type LearningResourcesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: LearningResourceFilter | null | undefined;
  sort: LearningResourceSort;
}>;


export type LearningResourcesQuery = { learningResources: { totalCount: number, edges: Array<{ node: { id: string, resourceType: ResourceType, title: string, description: string | null, free: boolean, certification: boolean, certificationType: CertificationType, nextStartDate: string | null, image: { url: string, alt: string | null } | null, offeredBy: { id: string, name: string } | null, prices: Array<{ amount: number, currency: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MyFavoritesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type MyFavoritesQuery = { me: { favorites: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ addedAt: string, node: { id: string, title: string, resourceType: ResourceType } }> } } | null };

export type MyPathsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPathsQuery = { me: { learningPaths: { totalCount: number, edges: Array<{ node: { id: string, title: string, visibility: LearningPathVisibility, itemCount: number, progress: { percent: number } | null } }> }, followedPaths: { totalCount: number, edges: Array<{ node: { id: string, title: string, visibility: LearningPathVisibility, itemCount: number, progress: { percent: number } | null } }> } } | null };

export type MyPathListFragment = { totalCount: number, edges: Array<{ node: { id: string, title: string, visibility: LearningPathVisibility, itemCount: number, progress: { percent: number } | null } }> };

export type OfferorsQueryVariables = Exact<{ [key: string]: never; }>;


export type OfferorsQuery = { offerors: Array<{ id: string, name: string, description: string | null }> };

export type ProfileUpdateMutationVariables = Exact<{
  input: ProfileUpdateInput;
}>;


export type ProfileUpdateMutation = { profileUpdate: { success: boolean, errors: Array<{ code: string, field: string | null }> } };

export type ResourceCandidatesQueryVariables = Exact<{
  query: string;
}>;


export type ResourceCandidatesQuery = { search: { edges: Array<{ node: { id: string, title: string, resourceType: ResourceType } }> } };

export type ResourceCardFragment = { id: string, resourceType: ResourceType, title: string, description: string | null, free: boolean, certification: boolean, certificationType: CertificationType, nextStartDate: string | null, image: { url: string, alt: string | null } | null, offeredBy: { id: string, name: string } | null, prices: Array<{ amount: number, currency: string }> };

export type ResourceNeighboursQueryVariables = Exact<{
  id: string | number;
}>;


export type ResourceNeighboursQuery = { learningResource: { id: string, similar: Array<{ id: string, resourceType: ResourceType, title: string, description: string | null, free: boolean, certification: boolean, certificationType: CertificationType, nextStartDate: string | null, image: { url: string, alt: string | null } | null, offeredBy: { id: string, name: string } | null, prices: Array<{ amount: number, currency: string }> }>, inLearningPaths: { totalCount: number, edges: Array<{ node: { id: string, title: string, itemCount: number, followerCount: number } }> } } | null };

export type ResourceViewerStateQueryVariables = Exact<{
  id: string | number;
}>;


export type ResourceViewerStateQuery = { learningResource: { id: string, isFavorite: boolean } | null, me: { learningPaths: { edges: Array<{ node: { id: string, title: string, viewerCanEdit: boolean } }> } } | null };

export type SearchSuggestionsQueryVariables = Exact<{
  prefix: string;
  first: number;
}>;


export type SearchSuggestionsQuery = { searchSuggestions: Array<string> };

export type SearchQueryVariables = Exact<{
  input: SearchInput;
  first: number;
  after?: string | null | undefined;
}>;


export type SearchQuery = { search: { totalCount: number, didYouMean: string | null, edges: Array<{ node: { id: string, resourceType: ResourceType, title: string, description: string | null, free: boolean, certification: boolean, certificationType: CertificationType, nextStartDate: string | null, image: { url: string, alt: string | null } | null, offeredBy: { id: string, name: string } | null, prices: Array<{ amount: number, currency: string }> }, highlight: { title: string, description: string | null } | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null }, facets: { resourceTypes: Array<{ value: string, label: string | null, count: number }>, resourceTypeGroups: Array<{ value: string, label: string | null, count: number }>, topics: Array<{ value: string, label: string | null, count: number }>, offerors: Array<{ value: string, label: string | null, count: number }>, platforms: Array<{ value: string, label: string | null, count: number }>, departments: Array<{ value: string, label: string | null, count: number }>, levels: Array<{ value: string, label: string | null, count: number }>, certification: Array<{ value: string, label: string | null, count: number }>, certificationTypes: Array<{ value: string, label: string | null, count: number }>, free: Array<{ value: string, label: string | null, count: number }>, professional: Array<{ value: string, label: string | null, count: number }>, delivery: Array<{ value: string, label: string | null, count: number }>, languages: Array<{ value: string, label: string | null, count: number }> } } };

export type FacetCountFragment = { value: string, label: string | null, count: number };

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

export type SitemapLearningPathsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type SitemapLearningPathsQuery = { learningPaths: { edges: Array<{ node: { id: string, updatedAt: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SitemapResourcesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type SitemapResourcesQuery = { learningResources: { edges: Array<{ node: { id: string, lastModified: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type TopicQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type TopicQuery = { topic: { id: string, name: string, parent: { id: string, name: string } | null, children: Array<{ id: string, name: string }>, resources: { totalCount: number, edges: Array<{ node: { id: string, resourceType: ResourceType, title: string, description: string | null, free: boolean, certification: boolean, certificationType: CertificationType, nextStartDate: string | null, image: { url: string, alt: string | null } | null, offeredBy: { id: string, name: string } | null, prices: Array<{ amount: number, currency: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type TopicsQueryVariables = Exact<{ [key: string]: never; }>;


export type TopicsQuery = { topics: Array<{ id: string, name: string, children: Array<{ id: string, name: string }> }> };

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
export const ResourceCardFragmentDoc = new TypedDocumentString(`
    fragment ResourceCard on LearningResource {
  id
  resourceType
  title
  description
  image {
    url
    alt
  }
  offeredBy {
    id
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
    `, {"fragmentName":"ResourceCard"}) as unknown as TypedDocumentString<ResourceCardFragment, unknown>;
export const ResourceRowFragmentDoc = new TypedDocumentString(`
    fragment ResourceRow on LearningResourceConnection {
  edges {
    node {
      ...ResourceCard
    }
  }
}
    fragment ResourceCard on LearningResource {
  id
  resourceType
  title
  description
  image {
    url
    alt
  }
  offeredBy {
    id
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
}`, {"fragmentName":"ResourceRow"}) as unknown as TypedDocumentString<ResourceRowFragment, unknown>;
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
export const FacetCountFragmentDoc = new TypedDocumentString(`
    fragment FacetCount on SearchFacetValue {
  value
  label
  count
}
    `, {"fragmentName":"FacetCount"}) as unknown as TypedDocumentString<FacetCountFragment, unknown>;
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
    `, {"hash":"sha256:d88293723d2dc439bda31093553017d60a154888eb5b743eec92add0a7d65af1"}) as unknown as TypedDocumentString<AccountCreateMutation, AccountCreateMutationVariables>;
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
    `, {"hash":"sha256:d896f659b80b95577a2abfd339b20a40352e3e5fc89f4ad3486b68de47183714"}) as unknown as TypedDocumentString<AccountVerifyMutation, AccountVerifyMutationVariables>;
export const DepartmentsDocument = new TypedDocumentString(`
    query Departments {
  departments {
    id
    name
    school {
      name
    }
  }
}
    `, {"hash":"sha256:5205694a205cd31eaf0949c13c69937c4f13fa3a3cbcea44773938d331f81d17"}) as unknown as TypedDocumentString<DepartmentsQuery, DepartmentsQueryVariables>;
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
    `, {"hash":"sha256:fedc765031fe5b9800ae01b4b1155186b30a191afcdaa66530a874b59c1702ea"}) as unknown as TypedDocumentString<FavoriteAddMutation, FavoriteAddMutationVariables>;
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
    `, {"hash":"sha256:d4344f7e21e493356c68ec9042e9d26a6077625d69d6cced44348dd21e352742"}) as unknown as TypedDocumentString<FavoriteRemoveMutation, FavoriteRemoveMutationVariables>;
export const FeaturedLearningPathsDocument = new TypedDocumentString(`
    query FeaturedLearningPaths($first: Int!) {
  learningPaths(first: $first, sort: MOST_FOLLOWED) {
    edges {
      node {
        id
        title
        description
        itemCount
        followerCount
      }
    }
  }
}
    `, {"hash":"sha256:8308a1e2eb4b156b7082e2968c242092b7351793e2fa672b9a00ef544efb6c84"}) as unknown as TypedDocumentString<FeaturedLearningPathsQuery, FeaturedLearningPathsQueryVariables>;
export const HomeCatalogDocument = new TypedDocumentString(`
    query HomeCatalog($first: Int!) {
  newest: learningResources(first: $first, sort: NEWEST) {
    ...ResourceRow
  }
  popular: learningResources(first: $first, sort: MOST_VIEWED) {
    ...ResourceRow
  }
  upcoming: learningResources(first: $first, sort: UPCOMING_START) {
    ...ResourceRow
  }
  topics {
    id
    name
  }
}
    fragment ResourceRow on LearningResourceConnection {
  edges {
    node {
      ...ResourceCard
    }
  }
}
fragment ResourceCard on LearningResource {
  id
  resourceType
  title
  description
  image {
    url
    alt
  }
  offeredBy {
    id
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
}`, {"hash":"sha256:669ab8b3e69716b94fd85b9c5b785e52e79150706f9011d556785d81c4177d82"}) as unknown as TypedDocumentString<HomeCatalogQuery, HomeCatalogQueryVariables>;
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
    `, {"hash":"sha256:3a482442bb27e7e3b408ee8c57ae1dcc4102c254d5d74c06e1bc8120b0550595"}) as unknown as TypedDocumentString<LearningPathCreateMutation, LearningPathCreateMutationVariables>;
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
    `, {"hash":"sha256:243f791b54361a44d90fa63d1917769e2227edc2118befa1243575eedc0417ca"}) as unknown as TypedDocumentString<LearningPathFollowMutation, LearningPathFollowMutationVariables>;
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
    `, {"hash":"sha256:c14ff04855354f6c151227dfc6e36efaac0c746dc5010838446228dfd7e1bdf2"}) as unknown as TypedDocumentString<LearningPathItemAddMutation, LearningPathItemAddMutationVariables>;
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
    `, {"hash":"sha256:2771f16f2f65525ea190f6dc3ff45647f59af65d68ce4fd5bc451a57c5352b7c"}) as unknown as TypedDocumentString<LearningPathItemCompleteMutation, LearningPathItemCompleteMutationVariables>;
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
    `, {"hash":"sha256:6b1a7018bfc882b582953f899fd509db09d67e8fa97e5bc7530707275d191e26"}) as unknown as TypedDocumentString<LearningPathItemMoveMutation, LearningPathItemMoveMutationVariables>;
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
    `, {"hash":"sha256:bb1f7f48bef87c11dc76b1fbae36a19d656286e4aa425c25ca0311b5eb191540"}) as unknown as TypedDocumentString<LearningPathItemRemoveMutation, LearningPathItemRemoveMutationVariables>;
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
    `, {"hash":"sha256:a89091ed8f5bd0d294eb58cfbc57b645be00e80339781ce5501977558b6c711d"}) as unknown as TypedDocumentString<LearningPathItemUncompleteMutation, LearningPathItemUncompleteMutationVariables>;
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
    `, {"hash":"sha256:6c816dd9b0837635b34575145adacd55361cc4903fb28bc3fbc4a25e038ff7aa"}) as unknown as TypedDocumentString<LearningPathItemUpdateMutation, LearningPathItemUpdateMutationVariables>;
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
    `, {"hash":"sha256:f9473ba099702e9ef770cc531061523aa43318b75a66a64df78a98509d394402"}) as unknown as TypedDocumentString<LearningPathUnfollowMutation, LearningPathUnfollowMutationVariables>;
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
    `, {"hash":"sha256:19f76e3fc968cd79b8cb11c7bf9ba29be41f31f9811a9e5db9289f177d50d974"}) as unknown as TypedDocumentString<LearningPathUpdateMutation, LearningPathUpdateMutationVariables>;
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
    `, {"hash":"sha256:f55a98b9119c5d51b67ca31bc5dc9044a6fa8780e420db84b1451754423a9da3"}) as unknown as TypedDocumentString<LearningPathQuery, LearningPathQueryVariables>;
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
    `, {"hash":"sha256:c7d3e4844c5c638a90a76cccd09f2d8d594fe9ce48c711f139af14c916a97007"}) as unknown as TypedDocumentString<LearningPathsQuery, LearningPathsQueryVariables>;
export const LearningResourceViewRecordDocument = new TypedDocumentString(`
    mutation LearningResourceViewRecord($id: ID!, $visitorKey: String!) {
  learningResourceViewRecord(id: $id, visitorKey: $visitorKey) {
    counted
  }
}
    `, {"hash":"sha256:d09c25007e02a9b3fd5f01f5045afca11a01b204647793cade6abf47b8dd90b5"}) as unknown as TypedDocumentString<LearningResourceViewRecordMutation, LearningResourceViewRecordMutationVariables>;
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
      id
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
    `, {"hash":"sha256:59f34da55c6fe35c58d387811410c791eb0f720cf2b23617b336b3cdb81056a9"}) as unknown as TypedDocumentString<LearningResourceQuery, LearningResourceQueryVariables>;
export const LearningResourcesDocument = new TypedDocumentString(`
    query LearningResources($first: Int!, $after: String, $filter: LearningResourceFilter, $sort: LearningResourceSort!) {
  learningResources(first: $first, after: $after, filter: $filter, sort: $sort) {
    totalCount
    edges {
      node {
        ...ResourceCard
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment ResourceCard on LearningResource {
  id
  resourceType
  title
  description
  image {
    url
    alt
  }
  offeredBy {
    id
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
}`, {"hash":"sha256:44ae64c01f6f64f1b855184a0e7622eda9b324e01458ebd45e1bbfc39f4c61c0"}) as unknown as TypedDocumentString<LearningResourcesQuery, LearningResourcesQueryVariables>;
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
    `, {"hash":"sha256:acf1799fd01944e5cb5e86f9f4ac8235e84a11d9cd4d74b09a81badfa3b92f60"}) as unknown as TypedDocumentString<MyFavoritesQuery, MyFavoritesQueryVariables>;
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
}`, {"hash":"sha256:59a8a2a2abfe73114112322209bd6e9ae7c9de8156f9800aafdc892562ebfb87"}) as unknown as TypedDocumentString<MyPathsQuery, MyPathsQueryVariables>;
export const OfferorsDocument = new TypedDocumentString(`
    query Offerors {
  offerors {
    id
    name
    description
  }
}
    `, {"hash":"sha256:1dc2e0efa9d602d4bb648bd7c8f42c0d4031622bf2f04a6c9c6db03d2d631ebc"}) as unknown as TypedDocumentString<OfferorsQuery, OfferorsQueryVariables>;
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
    `, {"hash":"sha256:d7c32fcc521522f19e8a973724824da070b7e08e07691df84db9793076abb938"}) as unknown as TypedDocumentString<ProfileUpdateMutation, ProfileUpdateMutationVariables>;
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
    `, {"hash":"sha256:23e617b44ea544cb628d288ed975fc25e7d27f61168efc00c12035354f275667"}) as unknown as TypedDocumentString<ResourceCandidatesQuery, ResourceCandidatesQueryVariables>;
export const ResourceNeighboursDocument = new TypedDocumentString(`
    query ResourceNeighbours($id: ID!) {
  learningResource(id: $id) {
    id
    similar(first: 6) {
      ...ResourceCard
    }
    inLearningPaths(first: 10) {
      totalCount
      edges {
        node {
          id
          title
          itemCount
          followerCount
        }
      }
    }
  }
}
    fragment ResourceCard on LearningResource {
  id
  resourceType
  title
  description
  image {
    url
    alt
  }
  offeredBy {
    id
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
}`, {"hash":"sha256:756478d6a2a18129e3818b73a5145f30bf1583e39485565ec5a49d7c90ea329e"}) as unknown as TypedDocumentString<ResourceNeighboursQuery, ResourceNeighboursQueryVariables>;
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
    `, {"hash":"sha256:ca9fb22486a28def0a01799b2235b4a9ed4d9de1ee1c454fa531e562e028d81f"}) as unknown as TypedDocumentString<ResourceViewerStateQuery, ResourceViewerStateQueryVariables>;
export const SearchSuggestionsDocument = new TypedDocumentString(`
    query SearchSuggestions($prefix: String!, $first: Int!) {
  searchSuggestions(prefix: $prefix, first: $first)
}
    `, {"hash":"sha256:0fc3ec5298a61d37e9ea91f7cda0c4ae9a2a8805edb003ddcbd3c505093b65c4"}) as unknown as TypedDocumentString<SearchSuggestionsQuery, SearchSuggestionsQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($input: SearchInput!, $first: Int!, $after: String) {
  search(input: $input, first: $first, after: $after) {
    totalCount
    didYouMean
    edges {
      node {
        ...ResourceCard
      }
      highlight {
        title
        description
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
    facets {
      resourceTypes {
        ...FacetCount
      }
      resourceTypeGroups {
        ...FacetCount
      }
      topics {
        ...FacetCount
      }
      offerors {
        ...FacetCount
      }
      platforms {
        ...FacetCount
      }
      departments {
        ...FacetCount
      }
      levels {
        ...FacetCount
      }
      certification {
        ...FacetCount
      }
      certificationTypes {
        ...FacetCount
      }
      free {
        ...FacetCount
      }
      professional {
        ...FacetCount
      }
      delivery {
        ...FacetCount
      }
      languages {
        ...FacetCount
      }
    }
  }
}
    fragment ResourceCard on LearningResource {
  id
  resourceType
  title
  description
  image {
    url
    alt
  }
  offeredBy {
    id
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
fragment FacetCount on SearchFacetValue {
  value
  label
  count
}`, {"hash":"sha256:69667485778995a8316dea62510544d5459a201bb4e8527dab01179723a6cd7a"}) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
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
    `, {"hash":"sha256:e5023b4810d2a8b25d0fafacab54803d440db022bb2c592eea65078b2a25c62f"}) as unknown as TypedDocumentString<SessionCreateMutation, SessionCreateMutationVariables>;
export const SessionDeleteDocument = new TypedDocumentString(`
    mutation SessionDelete($input: SessionDeleteInput!) {
  sessionDelete(input: $input) {
    success
  }
}
    `, {"hash":"sha256:b5c29be68574b9bf18d6b3c87b24898479e0d36bcdf4a81ea57d094c230d7d41"}) as unknown as TypedDocumentString<SessionDeleteMutation, SessionDeleteMutationVariables>;
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
    `, {"hash":"sha256:65d4a1b8566fc8009631061e7b7f2f8f04a07ac6449f5f93fa24a854ccf80a54"}) as unknown as TypedDocumentString<SessionRefreshMutation, SessionRefreshMutationVariables>;
export const SitemapLearningPathsDocument = new TypedDocumentString(`
    query SitemapLearningPaths($first: Int!, $after: String) {
  learningPaths(first: $first, after: $after, sort: NEWEST) {
    edges {
      node {
        id
        updatedAt
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `, {"hash":"sha256:675f04b6c9dc4e68f8f03539964b4b1e08643209df8897a09458c01e2148cdab"}) as unknown as TypedDocumentString<SitemapLearningPathsQuery, SitemapLearningPathsQueryVariables>;
export const SitemapResourcesDocument = new TypedDocumentString(`
    query SitemapResources($first: Int!, $after: String) {
  learningResources(first: $first, after: $after, sort: NEWEST) {
    edges {
      node {
        id
        lastModified
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `, {"hash":"sha256:ae7e24bb9abc8676163776dab82361929ac37f703a2c65498d6465d942b5093d"}) as unknown as TypedDocumentString<SitemapResourcesQuery, SitemapResourcesQueryVariables>;
export const TopicDocument = new TypedDocumentString(`
    query Topic($id: ID!, $first: Int!, $after: String) {
  topic(id: $id) {
    id
    name
    parent {
      id
      name
    }
    children {
      id
      name
    }
    resources(first: $first, after: $after) {
      totalCount
      edges {
        node {
          ...ResourceCard
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    fragment ResourceCard on LearningResource {
  id
  resourceType
  title
  description
  image {
    url
    alt
  }
  offeredBy {
    id
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
}`, {"hash":"sha256:559aac548b80ee99e1529733e3f7837c7ec0260c26c6db1208e945483f7f5162"}) as unknown as TypedDocumentString<TopicQuery, TopicQueryVariables>;
export const TopicsDocument = new TypedDocumentString(`
    query Topics {
  topics {
    id
    name
    children {
      id
      name
    }
  }
}
    `, {"hash":"sha256:b5345ed5a28fc42b4c19f8a7131145b76893e5e32eaa494970dc652caefa334e"}) as unknown as TypedDocumentString<TopicsQuery, TopicsQueryVariables>;
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
    `, {"hash":"sha256:75393d2e0a8e5f66f29ad4c45173e284d8f937dea09f8ae71a63f17af9c357c6"}) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;